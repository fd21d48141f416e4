// The HTML report: standalone, in the GOV.UK style, with proper tables, each disagreement's trace as
// an ordered list with the deciding step said in words, the rule set hashes, and no accessibility
// issues for axe or HTML_CodeSniffer at WCAG 2 AA in Debian's Chromium.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, type HTMLElement } from "node-html-parser";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../../tools/checks/chromium.ts";
import { RULE_SETS } from "../../../rules/index.ts";
import { ROOT, runAuditCli, tempFolder } from "./run-audit-cli.ts";

const require = createRequire(import.meta.url);
const tmp = tempFolder();
let html: string;
let page: HTMLElement;

beforeAll(async () => {
  const r = await runAuditCli([`${ROOT}/examples/recorded-decisions.jsonl`, "--quiet", "--out", tmp.path("report.html"), "--csv", tmp.path("d.csv")]);
  expect(r.status).toBe(0);
  html = readFileSync(tmp.path("report.html"), "utf8");
  page = parse(html);
}, 60_000);
afterAll(() => tmp.dispose());

describe("the audit report", () => {
  it("is standalone: styles inline, no font, image, script or stylesheet requests", () => {
    expect(page.querySelectorAll("link[rel=stylesheet], script, img")).toHaveLength(0);
    expect(html).not.toMatch(/url\([^)]*\/assets\//);
    expect(html).not.toMatch(/@font-face/);
    expect(page.querySelector("style")!.text).toMatch(/\.govuk-table/);
  });

  it("gives every table a caption and scoped header cells", () => {
    const tables = page.querySelectorAll("table");
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const table of tables) {
      expect(table.querySelector("caption")!.text.trim()).not.toBe("");
      for (const th of table.querySelectorAll("th")) expect(["col", "row"]).toContain(th.getAttribute("scope"));
    }
  });

  it("tabulates recorded status by replayed status", () => {
    const matrix = page.querySelector("table.app-matrix")!;
    const row = matrix.querySelectorAll("tbody tr").find((tr) => tr.querySelector("th")!.text.includes("funded") && !tr.querySelector("th")!.text.includes("_"))!;
    const headers = matrix.querySelectorAll("thead th").map((th) => th.text.replace("Replayed: ", "").trim());
    const cells = row.querySelectorAll("td").map((td) => td.text.replace("(agree)", "").trim());
    expect(cells[headers.indexOf("funded") - 1]).toBe("5");
    expect(cells[headers.indexOf("ineligible_establishment_not_a_pp50") - 1]).toBe("1");
  });

  it("shows each disagreement with both statuses, the rule set hash and the trace, deciding step in words", () => {
    const sections = page.querySelectorAll(".app-disagreement");
    expect(sections.map((s) => s.querySelector("h3")!.text)).toEqual(["Line 2: rec-002", "Line 4: rec-004"]);
    const first = sections[0]!;
    expect(first.text).toMatch(/Recorded\s+funded/);
    expect(first.text).toMatch(/Replayed\s+ineligible_establishment_not_a_pp50/);
    expect(first.text).toContain(RULE_SETS.find((r) => r.id === "2025-08-21")!.hash);
    const steps = first.querySelectorAll("ol > li");
    expect(steps.length).toBeGreaterThan(5);
    expect(steps.at(-1)!.text).toMatch(/^Step \d+\. Deciding step: .*: no, so the replay gave ineligible_establishment_not_a_pp50\./);
    for (const li of steps.slice(0, -1)) expect(li.text).not.toMatch(/Deciding step/);
    expect(first.text).toMatch(/Where they part\s+At step \d+ \(Is the workplace on the PP50 list/);
  });

  it("numbers the trace as the rule set's page does, so the step 'Where they part' names is the one of that number beside it", () => {
    for (const section of page.querySelectorAll(".app-disagreement")) {
      const parting = section.text.match(/Where they part\s+At step (\d+) \(([^)]*)\)/);
      expect(parting, `no "At step N (question)" in ${section.querySelector("h3")!.text}`).not.toBeNull();
      const [, number, question] = parting!;
      const ruleSet = RULE_SETS.find((r) => section.text.includes(r.hash))!;
      const items = section.querySelectorAll("ol > li");
      for (const li of items) {
        const step = ruleSet.steps.find((s) => li.text.includes(`(${s.id})`))!;
        expect(li.getAttribute("value"), li.text).toBe(String(step.number));
        expect(li.text.trim().startsWith(`Step ${step.number}.`), li.text).toBe(true);
      }
      const named = items.find((li) => li.text.includes(question!));
      expect(named, `the trace beside has no step "${question}"`).toBeDefined();
      expect(named!.getAttribute("value"), `"Where they part" says step ${number}, the trace numbers "${question}" ${named!.getAttribute("value")}`).toBe(number);
    }
  });

  it("lists the records that could not be replayed, by line", () => {
    const table = page.querySelector("#errors")!.nextElementSibling!;
    const lines = table.querySelectorAll("tbody tr").map((tr) => tr.querySelector("th")!.text.trim());
    expect(lines).toEqual(["8", "9", "10"]);
  });

  it("passes pa11y-ci (axe and HTML_CodeSniffer, WCAG2AA) in Debian's Chromium", async () => {
    const pa11yCi = require("pa11y-ci");
    const quiet = { debug() {}, error() {}, info() {} };
    const report = await pa11yCi([pathToFileURL(tmp.path("report.html")).href], {
      concurrency: 1,
      log: quiet,
      // The "defaults" of a pa11y-ci config file, passed directly when pa11y-ci is called as a function.
      chromeLaunchConfig: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
      runners: ["axe", "htmlcs"],
      standard: "WCAG2AA",
      timeout: 120_000,
    });
    const issues = Object.values(report.results).flat();
    expect(issues, JSON.stringify(issues, null, 2)).toEqual([]);
    expect(report.passes).toBe(1);
  }, 180_000);
});
