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
  it("are only the footer crown's presentation role (HTML_CodeSniffer F92,ARIA4) and the contrast of the decision maps' SVG text (axe)", () => {
    expect(KNOWN_FALSE_POSITIVES.map((k) => [k.runner, k.code])).toEqual([["htmlcs", CROWN_CODE], ["axe", "color-contrast"]]);
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

  it("set aside axe's color-contrast on the decision maps' words only, never on other text or for another rule", () => {
    const line = '<tspan class="app-rule-map__line" x="258" y="3781">in PP50 settings (NPQLL,</tspan>';
    const answer = '<text class="app-rule-map__answer" x="474" y="159">Yes</text>';
    const cases: [AccessibilityIssue, boolean][] = [
      [issue("axe", "color-contrast", line), true],
      [issue("axe", "color-contrast", '<tspan class="app-rule-map__line app-rule-map__bold app-rule-map__number" x="1" y="2">Step 7</tspan>'), true],
      [issue("axe", "color-contrast", answer), true],
      [issue("axe", "color-contrast", '<p class="govuk-body">Each box is a step</p>'), false],
      [issue("axe", "color-contrast", '<tspan class="app-chart__label">12</tspan>'), false],
      [issue("axe", "color-contrast", '<a class="govuk-link" href="/rules/">Funding rules</a>'), false],
      [issue("axe", "link-name", line), false],
      [issue("htmlcs", "color-contrast", answer), false],
    ];
    for (const [reported, setAside] of cases) expect(matchFalsePositive(reported, KNOWN_FALSE_POSITIVES) !== undefined, reported.context).toBe(setAside);
  });

  const maps = servedSite().pagePaths.filter((p) => /\/map\/$/.test(p));

  it("finds the decision maps to check", () => {
    expect(maps.length).toBeGreaterThanOrEqual(3);
  });

  it.each(maps)("is a false positive on %s: every line of the map's words has at least 4.5:1 against the shape behind it, and no arrow crosses one", async (urlPath) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1024 } });
    await page.goto(servedSite().urlFor(urlPath));
    const lines = await page.evaluate(() => {
      const rgb = (colour: string) => colour.match(/[\d.]+/g)!.slice(0, 3).map(Number);
      const pageBackground = getComputedStyle(document.body).backgroundColor;
      const out: { text: string; fill: number[]; background: number[]; crossedBy: number }[] = [];
      for (const sheet of Array.from(document.querySelectorAll<SVGSVGElement>("svg.app-rule-map__sheet"))) {
        // Every arrow's straight runs, from its path ("M x y L x y ...").
        const runs = Array.from(sheet.querySelectorAll("path.app-rule-map__arrow")).flatMap((path) => {
          const points = Array.from(path.getAttribute("d")!.matchAll(/[ML]([\d.-]+) ([\d.-]+)/g), (m) => [Number(m[1]), Number(m[2])] as const);
          return points.slice(1).map((p, i) => [points[i]!, p] as const);
        });
        for (const text of Array.from(sheet.querySelectorAll<SVGGraphicsElement>(".app-rule-map__line, .app-rule-map__answer"))) {
          const box = text.getBBox();
          const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
          // What is painted behind the words: the last shape of their box or end that holds them (a
          // marker's band over the box), or for a Yes or No, which stands on its own, the page.
          const shapes = text.classList.contains("app-rule-map__answer") ? [] : Array.from(text.closest("a, g")!.querySelectorAll<SVGRectElement>("rect"));
          const behind = shapes.filter((r) => {
            const b = r.getBBox();
            return cx >= b.x && cx <= b.x + b.width && cy >= b.y && cy <= b.y + b.height;
          }).pop();
          const crossedBy = runs.filter(([[x1, y1], [x2, y2]]) => Math.max(x1, x2) > box.x + 1 && Math.min(x1, x2) < box.x + box.width - 1 && Math.max(y1, y2) > box.y + 1 && Math.min(y1, y2) < box.y + box.height - 1).length;
          out.push({ text: text.textContent!, fill: rgb(getComputedStyle(text).fill), background: rgb(behind ? getComputedStyle(behind).fill : pageBackground), crossedBy });
        }
      }
      return out;
    });
    await page.close();
    expect(lines.length).toBeGreaterThan(100);
    const luminance = ([r, g, b]: number[]) => {
      const [R, G, B] = [r!, g!, b!].map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
      return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
    };
    const contrast = (a: number[], b: number[]) => {
      const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (l1! + 0.05) / (l2! + 0.05);
    };
    const poor = lines.filter((l) => contrast(l.fill, l.background) < 4.5 || l.crossedBy > 0).map((l) => `"${l.text}": ${contrast(l.fill, l.background).toFixed(2)}:1, crossed by ${l.crossedBy} arrow(s)`);
    expect(poor).toEqual([]);
  });

  it.each(maps)("is a false positive on %s: axe finds no contrast failure, and asks for review only of the map's SVG words, because they are in an SVG", async (urlPath) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1024 } });
    await page.goto(servedSite().urlFor(urlPath));
    await page.evaluate(AXE_SOURCE);
    const result = await page.evaluate(async () => {
      type Node = { html: string; any: { data: { messageKey?: string } | null }[] };
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { nodes: Node[] }[]; incomplete: { nodes: Node[] }[] }> } }).axe;
      const run = await axe.run(document, { runOnly: ["color-contrast"], resultTypes: ["violations", "incomplete"] });
      return {
        violations: run.violations.flatMap((v) => v.nodes.map((n) => n.html)),
        review: run.incomplete.flatMap((v) => v.nodes.map((n) => ({ html: n.html, reason: n.any[0]?.data?.messageKey ?? "" }))),
      };
    });
    await page.close();
    expect(result.violations).toEqual([]);
    expect(result.review.length).toBeGreaterThan(100);
    const other = result.review.filter((r) => !(["imgNode", "bgOverlap"].includes(r.reason) && matchFalsePositive(issue("axe", "color-contrast", r.html), KNOWN_FALSE_POSITIVES)));
    expect(other).toEqual([]);
  });
});
