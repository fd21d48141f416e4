// The compare pages, read from a real build: for every ordered pair of rule sets, /rules/compare/<from>/<to>/
// lists exactly the steps, parameters and eligibility table cells (counted by course, each course's
// on a page it links) that differ as tests/rules/compare-oracle.ts computes them from the two rule sets, says what differs in words (no internal codes outside <code>),
// links each step to its place on the rule set pages, and reads honestly in either direction. The
// index lists every pair and holds the form that chooses one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HTMLElement } from "node-html-parser";
import { COURSE_IDS, PARAMETERS, RULE_SETS, STATUSES, WORK_SETTINGS, type RuleSet } from "../../rules/index.ts";
import { outcomeWords, parameterValueWords } from "../../rules/words.ts";
import { plural } from "../../common/plural.ts";
import { buildRealSite, type BuiltSite } from "../helpers/built-site.ts";
import { expectedDifferences, type Aspect, type ExpectedDifferences } from "../rules/compare-oracle.ts";

let site: BuiltSite;
beforeAll(() => {
  site = buildRealSite();
});
afterAll(() => site?.dispose());

const text = (el: { text: string } | null | undefined) => (el?.text ?? "").replace(/\s+/g, " ").trim();
const PAIRS = RULE_SETS.flatMap((from) => RULE_SETS.filter((to) => to !== from).map((to) => [from.id, to.id, from, to] as const));
const pageOf = (from: RuleSet, to: RuleSet) => site.page(`/rules/compare/${from.id}/${to.id}/`);

/**
 * What a pair's page lists, read from its data attributes: its steps and parameters, and the cells on
 * the course pages its cells table links to. A course page lists the cells from the older rule set to
 * the newer (data-before, data-after), so on a page going back in time they are read the other way.
 */
function shownDifferences(page: HTMLElement, from: RuleSet): ExpectedDifferences & { courseCounts: Map<string, number> } {
  const steps: ExpectedDifferences["steps"] = new Map();
  for (const el of page.querySelectorAll("[data-step]")) {
    const id = el.getAttribute("data-step")!;
    expect(steps.has(id), `step ${id} listed twice`).toBe(false);
    const aspects = (el.getAttribute("data-aspects") ?? "").split(" ").filter(Boolean) as Aspect[];
    steps.set(id, { kind: el.getAttribute("data-kind") as "added" | "removed" | "changed", aspects });
  }
  const parameters = new Set(page.querySelectorAll("[data-parameter]").map((el) => el.getAttribute("data-parameter")!));
  const cells: ExpectedDifferences["cells"] = new Map();
  const courseCounts = new Map<string, number>();
  for (const row of page.querySelectorAll('[data-category="cells"] table.app-changes-overview tbody tr')) {
    courseCounts.set(row.getAttribute("data-course")!, Number(text(row.querySelectorAll("td")[0])));
    const coursePage = site.page(row.querySelector("a")!.getAttribute("href")!);
    const reversed = coursePage.querySelector(".app-changes")!.getAttribute("data-before") !== from.id;
    const table = coursePage.querySelector("table.app-changes-table")!;
    const course = table.getAttribute("data-course")!;
    for (const tr of table.querySelectorAll("tbody tr")) {
      const [before, after] = [tr.getAttribute("data-before")!, tr.getAttribute("data-after")!];
      for (const key of tr.getAttribute("data-cells")!.split(" ")) {
        const [setting, older, newer] = key.split("|");
        if (reversed) cells.set(`${course}|${setting}|${newer}|${older}`, { from: after, to: before });
        else cells.set(`${course}|${key}`, { from: before, to: after });
      }
    }
  }
  return { steps, parameters, cells, courseCounts };
}

const sorted = <V>(m: Map<string, V>) => Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)));

describe("each pair's compare page", () => {
  it.each(PAIRS)("from %s to %s lists exactly the steps, parameters and cells that differ (the cells on its course pages)", (_f, _t, from, to) => {
    const expected = expectedDifferences(from, to);
    const shown = shownDifferences(pageOf(from, to), from);
    expect(sorted(shown.steps)).toEqual(sorted(expected.steps));
    expect([...shown.parameters].sort()).toEqual([...expected.parameters].sort());
    expect(sorted(shown.cells)).toEqual(sorted(expected.cells));
    const byCourse = new Map<string, number>();
    for (const key of expected.cells.keys()) byCourse.set(key.split("|")[0]!, (byCourse.get(key.split("|")[0]!) ?? 0) + 1);
    expect(sorted(shown.courseCounts)).toEqual(sorted(byCourse));
  });

  it.each(PAIRS)("from %s to %s counts them in words, with the right plural", (_f, _t, from, to) => {
    const expected = expectedDifferences(from, to);
    const contents = text(pageOf(from, to).querySelector(".app-contents"));
    expect(contents).toContain(`${plural(expected.parameters.size, "parameter")} with different values`);
    expect(contents).toContain(`${plural(expected.cells.size, "cell")} with a different outcome`);
    const funded = (s: string) => s !== "undecided" && outcomeWords(s as never).verdict === "funded";
    const fundedOnlyUnderTo = [...expected.cells.values()].filter((c) => !funded(c.from) && funded(c.to)).length;
    const cellsSection = text(pageOf(from, to).querySelector('[data-category="cells"]'));
    expect(cellsSection).toContain(`${plural(expected.cells.size, "cell")} ${expected.cells.size === 1 ? "has" : "have"} a different outcome`);
    expect(cellsSection).toContain(`Of those, ${fundedOnlyUnderTo} ${fundedOnlyUnderTo === 1 ? "is" : "are"} funded only under rule set ${to.id}`);
  });

  it.each(PAIRS)("from %s to %s says so where a kind of difference has none", (_f, _t, from, to) => {
    const expected = expectedDifferences(from, to);
    const page = pageOf(from, to);
    const kinds = [...expected.steps.values()];
    const counts: Record<string, number> = {
      "steps-added": kinds.filter((s) => s.kind === "added").length,
      "steps-removed": kinds.filter((s) => s.kind === "removed").length,
      "steps-changed": kinds.filter((s) => s.kind === "changed" && !(s.aspects.length === 1 && s.aspects[0] === "number")).length,
      parameters: expected.parameters.size,
      cells: expected.cells.size,
    };
    for (const [category, count] of Object.entries(counts)) {
      const section = page.querySelector(`[data-category="${category}"]`);
      expect(section, category).not.toBeNull();
      expect(section!.querySelector(".app-compare-none") !== null, `${category}: ${count} differences`).toBe(count === 0);
    }
  });

  it.each(PAIRS)("from %s to %s links each step to where its rule set prints it, and says what changed in words", (_f, _t, from, to) => {
    const page = pageOf(from, to);
    for (const el of page.querySelectorAll("[data-step]")) {
      const id = el.getAttribute("data-step")!;
      const kind = el.getAttribute("data-kind");
      const hrefs = el.querySelectorAll("a").map((a) => a.getAttribute("href"));
      if (kind !== "added") expect(hrefs, id).toContain(`/rules/${from.id}/#step-${id}`);
      if (kind !== "removed") expect(hrefs, id).toContain(`/rules/${to.id}/#step-${id}`);
      for (const href of hrefs) expect(site.page(href!.split("#")[0]!).querySelector(`#${href!.split("#")[1]}`), href!).not.toBeNull();
      if (kind !== "changed") continue;
      const a = from.steps.find((s) => s.id === id)!;
      const b = to.steps.find((s) => s.id === id)!;
      const row = (aspect: string) => el.querySelector(`tr[data-aspect="${aspect}"]`);
      for (const aspect of el.getAttribute("data-aspects")!.split(" ")) {
        if (el.tagName === "LI") {
          // Renumbered only: the two step numbers are the words.
          expect(aspect).toBe("number");
          expect(text(el)).toContain(`step ${b.number} of rule set ${to.id}`);
          expect(text(el)).toContain(`Step ${a.number} of rule set ${from.id}`);
          continue;
        }
        expect(row(aspect), `${id}: ${aspect}`).not.toBeNull();
      }
      if (row("question")) expect(text(row("question"))).toBe(`The question ${a.question} ${b.question}`);
      if (row("rule")) expect(text(row("rule"))).toBe(`What it decides ${a.rule} ${b.rule}`);
      if (row("number")) expect(text(row("number"))).toBe(`Its number Step ${a.number} Step ${b.number}`);
    }
  });

  // Codes shaped like codes (with - or _): step, course, parameter and outcome ids, work settings and list values.
  const CODES = [...new Set([...RULE_SETS.flatMap((r) => r.steps.map((s) => s.id)), ...COURSE_IDS, ...PARAMETERS.map((p) => p.id), ...STATUSES, ...WORK_SETTINGS, ...PARAMETERS.flatMap((p) => Object.values(p.values).flatMap((v) => [...v.value]))])].filter((c) => /[-_]/.test(c));
  const codePattern = new RegExp(`(?<![\\w-])(${CODES.map((c) => c.replace(/[-]/g, "\\-")).join("|")})(?![\\w-])`);

  it.each(PAIRS)("from %s to %s names parameter values in words, and no code outside <code>", (_f, _t, from, to) => {
    const page = pageOf(from, to);
    for (const row of page.querySelectorAll("[data-parameter]")) {
      const id = row.getAttribute("data-parameter")!;
      const a = from.parameters.find((p) => p.id === id);
      const b = to.parameters.find((p) => p.id === id);
      const [, fromCell, toCell] = row.querySelectorAll("th, td").map(text);
      const only = (x: typeof a, y: typeof a) => parameterValueWords((a ?? b)!.vocabulary, (x?.value ?? []).filter((v) => !y?.value.includes(v)));
      const expectCell = (cell: string | undefined, own: typeof a, words: string[]) =>
        expect(cell, id).toBe(!own ? "Not read by this rule set" : words.length ? words.join("; ") : "Nothing");
      expectCell(fromCell, a, only(a, b));
      expectCell(toCell, b, only(b, a));
    }
    const body = page.querySelector(".app-compare")!.clone() as HTMLElement;
    body.querySelectorAll("code").forEach((n) => n.remove());
    expect(text(body)).not.toMatch(codePattern);
  });

  it.each(PAIRS)("from %s to %s says which way in time it reads", (_f, _t, from, to) => {
    const page = pageOf(from, to);
    const back = to.validFrom < from.validFrom;
    expect(text(page.querySelector("h1"))).toBe(back ? `From rule set ${from.id} back to rule set ${to.id}` : `From rule set ${from.id} to rule set ${to.id}`);
    expect(text(page.querySelector(".app-compare .govuk-body-l"))).toContain(back ? "This page goes back in time" : "This page goes forward in time");
    const other = page.querySelectorAll(".govuk-summary-list a").map((a) => a.getAttribute("href"));
    expect(other).toContain(`/rules/compare/${to.id}/${from.id}/`);
  });
});

describe("the compare index", () => {
  it("lists every ordered pair of rule sets as a link to its page", () => {
    const page = site.page("/rules/compare/");
    const links = page.querySelectorAll(".app-compare-pairs a").map((a) => [a.getAttribute("data-compare-from"), a.getAttribute("data-compare-to"), a.getAttribute("href"), text(a)]);
    expect(links).toEqual(PAIRS.map(([f, t, from, to]) => [f, t, `/rules/compare/${f}/${t}/`, `From rule set ${f} ${to.validFrom < from.validFrom ? "back " : ""}to rule set ${t}`]));
    for (const [, , href] of links) expect(site.page(href!).querySelector("h1")).not.toBeNull();
  });

  it("has a GET form with a choice of every rule set, from and to, and the script that opens the pair", () => {
    const page = site.page("/rules/compare/");
    const form = page.querySelector("form[data-compare-form]")!;
    expect(form.getAttribute("method")).toBe("get");
    expect(form.getAttribute("action")).toBe("/rules/compare/#every-comparison");
    for (const name of ["from", "to"]) {
      const options = form.querySelectorAll(`select[name=${name}] option`).map((o) => o.getAttribute("value"));
      expect(options, name).toEqual(RULE_SETS.map((r) => r.id));
      expect(text(form.querySelector(`label[for=${form.querySelector(`select[name=${name}]`)!.getAttribute("id")}]`)), name).toBe(`${name === "from" ? "From" : "To"} rule set`);
    }
    expect(page.querySelector('script[src="/assets/compare.js"]')).not.toBeNull();
    expect(site.file("/assets/compare.js").toString("utf8")).toContain("data-compare-from");
  });

  it("is linked from the rules index and the changes page, which links each consecutive pair's compare page", () => {
    expect(site.page("/rules/").querySelectorAll("a").map((a) => a.getAttribute("href"))).toContain("/rules/compare/");
    const changes = site.page("/rules/changes/").querySelectorAll("a").map((a) => a.getAttribute("href"));
    expect(changes).toContain("/rules/compare/");
    for (let i = 1; i < RULE_SETS.length; i++) expect(changes).toContain(`/rules/compare/${RULE_SETS[i - 1]!.id}/${RULE_SETS[i]!.id}/`);
  });
});
