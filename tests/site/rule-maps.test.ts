// The decision maps, read from a real build: each rule set's map has one box per step, linked to that
// step on the rule set page, and one labelled end per answer that ends the decision; the steps that
// differ from the guidance, and on a map of changes the new and changed steps, are marked in words;
// the list below the map says the same; no box is cut between two sheets (print breaks pages there).
// Every expectation is computed here from the rule sets' data, not from the map's own code.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HTMLElement } from "node-html-parser";
import { OUTCOMES, RULE_SETS, type Branch, type RuleSet, type Step } from "../../rules/index.ts";
import { outcomeWords } from "../../rules/words.ts";
import { buildRealSite, type BuiltSite } from "../helpers/built-site.ts";

let site: BuiltSite;
beforeAll(() => {
  site = buildRealSite();
});
afterAll(() => site?.dispose());

const text = (el: { text: string } | null | undefined) => (el?.text ?? "").replace(/\s+/g, " ").trim();
/** An SVG text's lines, as one string: the build wraps words onto lines at spaces. */
const lines = (el: HTMLElement) => el.querySelectorAll("tspan").map(text).join(" ");

/** What a reader is told an answer ends in: the verdict, then what the outcome adds to it, said once. */
function endWords(branch: Branch): string | null {
  if (branch === "next" || "goTo" in branch) return null;
  if ("error" in branch) return `Cannot be decided Needs ${branch.needs}`;
  const o = OUTCOMES[branch.outcome];
  const verdict = o.funded ? "Funded" : o.subjectToReview ? "Subject to review" : "Not funded";
  return `${verdict} ${outcomeWords(branch.outcome).detail}`.trim();
}

/** Where an answer leads, as the list says it: "go to step 7", or the end's words. */
function leadsTo(r: RuleSet, step: Step, branch: Branch): string {
  if (branch === "next") return `go to step ${step.number + 1}`;
  if ("goTo" in branch) return `go to step ${r.steps.find((s) => s.id === branch.goTo)!.number}`;
  return endWords(branch)!;
}

const stepsOf = (page: HTMLElement) => page.querySelectorAll("a.app-rule-map__step");
const endsOf = (page: HTMLElement) => page.querySelectorAll("g.app-rule-map__end");
const markers = (box: HTMLElement) => box.querySelectorAll(".app-rule-map__band").length;

describe.each(RULE_SETS.map((r) => [r.id, r] as const))("the decision map of rule set %s", (id, r) => {
  let page: HTMLElement;
  beforeAll(() => {
    page = site.page(`/rules/${id}/map/`);
  });

  it("has one box per step, in order, each linked to the step on the rule set page", () => {
    const boxes = stepsOf(page);
    expect(boxes.map((b) => b.getAttribute("href"))).toEqual(r.steps.map((s) => `/rules/${id}/#step-${s.id}`));
    const ruleSetPage = site.page(`/rules/${id}/`);
    boxes.forEach((box, i) => {
      const step = r.steps[i]!;
      expect(lines(box.querySelector("text")!)).toMatch(new RegExp(`^Step ${step.number} .*${escape(step.question)}$`));
      expect(text(box.querySelector("title"))).toContain(`Step ${step.number}: ${step.question}`);
      // The step the link names is on the rule set page, with the same question.
      expect(text(ruleSetPage.querySelector(`#step-${step.id} .app-step__question`))).toBe(`Step ${step.number}. ${step.question}`);
    });
  });

  it("has one labelled end for each answer that ends the decision, saying its outcome", () => {
    const expected = r.steps.flatMap((s) => [s.yes, s.no].map(endWords).filter((w): w is string => w !== null));
    const shown = endsOf(page).map((e) => lines(e.querySelector("text")!));
    expect(shown.sort()).toEqual(expected.sort());
    for (const end of endsOf(page)) {
      expect(end.getAttribute("role")).toBe("img");
      expect(text(end.querySelector("title"))).toContain(lines(end.querySelector("text")!).split(" ")[0]!);
    }
    // Every outcome the rule set can return is among its ends.
    const labels = new Set(shown);
    for (const status of r.outcomes) expect([...labels].some((l) => l.endsWith(outcomeWords(status).text.replace(/^.*?: /, ""))), status).toBe(true);
    // Each says its verdict once ("Subject to review by DfE", not "Subject to review Subject to review by DfE").
    for (const l of labels) expect(l, l).not.toMatch(/^(Funded|Not funded|Subject to review)\b.*\b\1\b/i);
  });

  it("draws a yes and a no arrow from every step", () => {
    // An arrow crossing from one sheet to the next is drawn in both, at the same place.
    const routes = new Set(page.querySelectorAll("path.app-rule-map__arrow").map((p) => p.getAttribute("d")));
    expect(routes.size).toBe(2 * r.steps.length);
    const answers = page.querySelectorAll(".app-rule-map__answer").map(text);
    expect(new Set(answers)).toEqual(new Set(["Yes", "No"]));
  });

  it("marks, in words, the steps that differ from the guidance", () => {
    const differing = new Set(r.differences.map((d) => d.step));
    for (const [i, box] of stepsOf(page).entries()) {
      const step = r.steps[i]!;
      expect(lines(box.querySelector("text")!).includes("Differs from guidance"), step.id).toBe(differing.has(step.id));
      expect(box.classList.contains("app-rule-map__step--differs"), step.id).toBe(differing.has(step.id));
      expect(markers(box), step.id).toBe(differing.has(step.id) ? 1 : 0);
    }
  });

  it("cuts the map into sheets only between boxes, so that print never splits one", () => {
    const sheets = page.querySelectorAll("svg.app-rule-map__sheet");
    expect(sheets.length).toBeGreaterThan(0);
    let top = 0;
    for (const sheet of sheets) {
      const [, y, , height] = sheet.getAttribute("viewBox")!.split(" ").map(Number);
      expect(y).toBe(top);
      top = y! + height!;
      for (const shape of sheet.querySelectorAll(".app-rule-map__box, .app-rule-map__end-shape")) {
        const [boxTop, boxHeight] = [Number(shape.getAttribute("y")), Number(shape.getAttribute("height"))];
        expect(boxTop, sheet.getAttribute("viewBox")!).toBeGreaterThanOrEqual(y!);
        expect(boxTop + boxHeight, sheet.getAttribute("viewBox")!).toBeLessThanOrEqual(y! + height!);
      }
    }
  });

  it("sits in a focusable, labelled region that can scroll sideways", () => {
    const region = page.querySelector(".app-rule-map")!;
    expect([region.getAttribute("role"), region.getAttribute("tabindex")]).toEqual(["region", "0"]);
    expect(region.getAttribute("aria-label")).toContain(`rule set ${id}`);
  });

  it("says the same steps as a list: each step's question, and where its yes and no lead", () => {
    const items = page.querySelectorAll(".app-rule-map-list__step");
    expect(items).toHaveLength(r.steps.length);
    items.forEach((item, i) => {
      const step = r.steps[i]!;
      expect(item.querySelector("a")!.getAttribute("href")).toBe(`/rules/${id}/#step-${step.id}`);
      expect(text(item.querySelector("a"))).toBe(`Step ${step.number}: ${step.question}`);
      expect(item.querySelectorAll("ul li").map(text)).toEqual([`Yes: ${leadsTo(r, step, step.yes)}`, `No: ${leadsTo(r, step, step.no)}`]);
      expect(text(item).includes("Differs from guidance")).toBe(r.differences.some((d) => d.step === step.id));
    });
    // A "go to step" link lands on that step's item.
    // (Only the links within the page: the glossary links a term of art's first mention to /glossary/.)
    for (const link of page.querySelectorAll('.app-rule-map-list__step ul a[href^="#"]')) {
      const target = page.querySelector(link.getAttribute("href")!)!;
      expect(text(target.querySelector("a"))).toBe(`${text(link).replace("go to step", "Step")}: ${r.steps[Number(text(link).split(" ").pop()) - 1]!.question}`);
    }
  });

  it("is linked from the rule set page and from the list of rule sets", () => {
    expect(site.page(`/rules/${id}/`).querySelectorAll("a").map((a) => a.getAttribute("href"))).toContain(`/rules/${id}/map/`);
    expect(site.page("/rules/").querySelectorAll("a").map((a) => a.getAttribute("href"))).toContain(`/rules/${id}/map/`);
  });
});

/** What a step decides and reads, for comparing one rule set's step with another's. */
/** The parameters a step's test names ({ param: ... }): a step on a list reads that list, not the others the rule set consults. */
const named = (c: unknown): string[] =>
  Array.isArray(c) ? c.flatMap(named) : c && typeof c === "object" ? ("param" in c ? [String((c as { param: string }).param)] : Object.values(c).flatMap(named)) : [];

function content(r: RuleSet, s: Step): string {
  // Read as sets, as the rules read them: an order changed is not a value changed.
  const values = named(s.test).map((p) => [...(r.parameters.find((v) => v.id === p)?.value ?? [])].sort());
  // "next" is where the answer leads: the following step, which steps added or removed before it change.
  const leads = (b: Step["yes"]) => (b === "next" ? { goTo: r.steps[r.steps.indexOf(s) + 1]!.id } : b);
  return JSON.stringify({ question: s.question, rule: s.rule, test: s.test, yes: leads(s.yes), no: leads(s.no), values });
}

describe.each(RULE_SETS.slice(1).map((r, i) => [RULE_SETS[i]!.id, r.id, RULE_SETS[i]!, r] as const))("the map of the changes from %s to %s", (beforeId, afterId, before, after) => {
  let page: HTMLElement;
  beforeAll(() => {
    page = site.page(`/rules/changes/${beforeId}-to-${afterId}/map/`);
  });

  it("marks the new steps and the changed steps of the later rule set, in words", () => {
    const old = new Map(before.steps.map((s) => [s.id, s]));
    const boxes = stepsOf(page);
    expect(boxes.map((b) => b.getAttribute("href"))).toEqual(after.steps.map((s) => `/rules/${afterId}/#step-${s.id}`));
    boxes.forEach((box, i) => {
      const step = after.steps[i]!;
      const was = old.get(step.id);
      const words = lines(box.querySelector("text")!);
      expect(words.includes("New step"), step.id).toBe(!was);
      expect(words.includes("Changed:"), step.id).toBe(Boolean(was) && content(before, was!) !== content(after, step));
      expect(box.classList.contains("app-rule-map__step--added") || box.classList.contains("app-rule-map__step--changed"), step.id).toBe(!was || content(before, was) !== content(after, step));
    });
    const marked = boxes.filter((b) => /New step|Changed:/.test(lines(b.querySelector("text")!))).length;
    expect(marked).toBeGreaterThan(0);
  });

  it("lists the steps that are gone, linked to the earlier rule set", () => {
    const gone = before.steps.filter((s) => !after.steps.some((a) => a.id === s.id));
    const shown = page.querySelectorAll("#map-removed + ul a").map((a) => a.getAttribute("href"));
    expect(shown).toEqual(gone.map((s) => `/rules/${beforeId}/#step-${s.id}`));
  });

  it("is linked from the changes page's section on the pair", () => {
    const section = site.page("/rules/changes/").querySelector(`#from-${beforeId}-to-${afterId}`)!;
    expect(section.querySelectorAll("a").map((a) => a.getAttribute("href"))).toContain(`/rules/changes/${beforeId}-to-${afterId}/map/`);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
