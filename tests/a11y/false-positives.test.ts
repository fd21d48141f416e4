// Each known false positive the accessibility check sets aside is proven false in the browser, and
// set aside only on the element it names: the same rule anywhere else still fails the run.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KNOWN_FALSE_POSITIVES, matchFalsePositive, type AccessibilityIssue } from "../../tools/checks/accessibility.ts";
import { launchChromium, servedSite } from "../helpers/browser.ts";

// axe is run through the DevTools protocol (page.evaluate), which the site's Content Security Policy
// does not govern: a <script> tag added to the page, as addScriptTag does, is refused by it.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const CROWN_CODE = "WCAG2AA.Principle1.Guideline1_3.1_3_1.F92,ARIA4";
const CROWN = "svg.govuk-footer__crown";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const issue = (runner: "axe" | "htmlcs", code: string, context: string): AccessibilityIssue => ({ pageUrl: "/", runner, code, message: "", selector: "", context });

describe("the known false positives", () => {
  it("are only the footer crown's presentation role (HTML_CodeSniffer F92,ARIA4)", () => {
    expect(KNOWN_FALSE_POSITIVES.map((k) => [k.runner, k.code])).toEqual([["htmlcs", CROWN_CODE]]);
  });

  it("set aside F92,ARIA4 on the crown only, never on another element or for another rule", () => {
    const crown = '<svg focusable="false" role="presentation" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 60" height="30" width="32" fill="currentcolor" class="govuk-footer__crown"> <g>...</svg>';
    const cases: [AccessibilityIssue, boolean][] = [
      [issue("htmlcs", CROWN_CODE, crown), true],
      [issue("htmlcs", CROWN_CODE, '<table role="presentation"><tr><th>Course</th></tr></table>'), false],
      [issue("htmlcs", CROWN_CODE, '<svg role="presentation" class="app-icon"><title>Warning</title></svg>'), false],
      [issue("axe", CROWN_CODE, crown), false],
      [issue("htmlcs", "WCAG2AA.Principle1.Guideline1_1.1_1_1.H37", crown), false],
    ];
    for (const [reported, setAside] of cases) expect(matchFalsePositive(reported, KNOWN_FALSE_POSITIVES) !== undefined, reported.context).toBe(setAside);
  });

  it("is a false positive: the crown and its shapes expose nothing in Chromium's accessibility tree", async () => {
    const page = await browser.newPage();
    await page.goto(servedSite().urlFor("/"));
    expect(await page.locator(CROWN).count()).toBe(1);
    const cdp = await page.context().newCDPSession(page);
    const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
    const { nodeIds } = await cdp.send("DOM.querySelectorAll", { nodeId: root.nodeId, selector: `${CROWN}, ${CROWN} *` });
    expect(nodeIds.length).toBeGreaterThan(5); // the svg, its <g>, circles and path
    const backendIds = new Set<number>();
    for (const nodeId of nodeIds) backendIds.add((await cdp.send("DOM.describeNode", { nodeId })).node.backendNodeId);
    const { nodes } = await cdp.send("Accessibility.getFullAXTree");
    const exposed = nodes.filter((n) => n.backendDOMNodeId !== undefined && backendIds.has(n.backendDOMNodeId) && !n.ignored);
    expect(exposed.map((n) => `${n.role?.value} "${n.name?.value ?? ""}"`)).toEqual([]);
    await page.close();
  });

  it("is a false positive: axe finds nothing wrong with the crown", async () => {
    const page = await browser.newPage();
    await page.goto(servedSite().urlFor("/"));
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async (selector) => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string }[] }> } }).axe;
      const result = await axe.run({ include: [selector] }, { resultTypes: ["violations"] });
      return result.violations.map((v) => v.id);
    }, CROWN);
    expect(violations).toEqual([]);
    await page.close();
  });
});
