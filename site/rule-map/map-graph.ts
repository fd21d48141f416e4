// A rule set's decision map as a graph, before any layout: one box per step (its number, its question,
// whether it differs from the published guidance or changed since the rule set before), one labelled
// end per answer that ends the decision (an outcome, or an error when something the decision needs is
// missing), and a Yes and a No arrow from every step. Made from the rule set's own steps, the ones the
// decisions walk, so the map cannot show a path the rules do not take.
import type { Branch, RuleSet } from "../../rules/index.ts";
import { outcomeWords, type Verdict } from "../../rules/words.ts";
import { stepChanges, type StepChange } from "../views/rules-changes.ts";
import { rulesUrl } from "../views/rules-view.ts";

export const stepAnchor = (stepId: string) => `step-${stepId}`;
export const stepHref = (ruleSetId: string, stepId: string) => `${rulesUrl(ruleSetId)}#${stepAnchor(stepId)}`;

export type Answer = "Yes" | "No";

export interface MapStep {
  id: string;
  number: number;
  question: string;
  /** The step on the rule set's page. */
  href: string;
  /** The published guidance says something else here (the rule set's differences). */
  differsFromGuidance: boolean;
  /**
   * On a map of changes: the step is new, or what changed in it (its words, test, branches or the
   * parameter values it reads), or it only moved; null when unchanged or not compared.
   */
  change: StepChangeMark | null;
}

export type StepChangeMark = { kind: "added" } | { kind: "changed"; what: string[]; was: number } | { kind: "moved"; was: number };

/** A step of the earlier rule set that the later one no longer has. */
export interface RemovedStep {
  id: string;
  number: number;
  question: string;
  /** The step on the earlier rule set's page. */
  href: string;
}

export interface MapEnd {
  /** `<step id>-yes` or `<step id>-no`: one end per answer that ends the decision. */
  id: string;
  step: string;
  answer: Answer;
  verdict: Verdict | "undecided";
  /** "Funded", "Not funded", "Subject to review" or "Cannot be decided". */
  heading: string;
  /** What the outcome is, e.g. "Does not work in England"; null when the heading says it all. */
  detail: string | null;
  /** The outcome's status code, or null for an error. */
  status: string | null;
}

export interface MapArrow {
  from: string;
  /** A step id or an end id. */
  to: string;
  answer: Answer;
}

export interface MapGraph {
  ruleSetId: string;
  /** On a map of changes, the rule set compared with; otherwise null. */
  comparedWith: string | null;
  steps: MapStep[];
  ends: MapEnd[];
  arrows: MapArrow[];
  /** On a map of changes, the earlier rule set's steps that are gone. */
  removed: RemovedStep[];
}

/**
 * What the changes page says of each step of `after` (site/views/rules-changes.ts stepChanges). A
 * step that only moved, because steps were added or removed before it, is not marked as changed.
 */
function changesById(changes: readonly StepChange[]): Map<string, StepChangeMark> {
  const out = new Map<string, StepChangeMark>();
  for (const c of changes) {
    if (c.kind === "added") out.set(c.id, { kind: "added" });
    if (c.kind !== "changed") continue;
    const what = c.what.filter((w) => !w.startsWith("position"));
    out.set(c.id, what.length ? { kind: "changed", what, was: c.before!.number } : { kind: "moved", was: c.before!.number });
  }
  return out;
}

/** The map of `ruleSet`; with `comparedWith`, its steps that are new or changed since that rule set are marked. */
export function mapGraph(ruleSet: RuleSet, comparedWith?: RuleSet): MapGraph {
  const changeList = comparedWith ? stepChanges(comparedWith, ruleSet) : [];
  const changes = comparedWith ? changesById(changeList) : null;
  const differing = new Set(ruleSet.differences.map((d) => d.step));
  const steps: MapStep[] = ruleSet.steps.map((s) => ({
    id: s.id,
    number: s.number,
    question: s.question,
    href: stepHref(ruleSet.id, s.id),
    differsFromGuidance: differing.has(s.id),
    change: changes?.get(s.id) ?? null,
  }));
  const ends: MapEnd[] = [];
  const arrows: MapArrow[] = [];
  ruleSet.steps.forEach((s, i) => {
    const follow = (branch: Branch, answer: Answer) => {
      if (branch === "next") return arrows.push({ from: s.id, to: ruleSet.steps[i + 1]!.id, answer });
      if ("goTo" in branch) return arrows.push({ from: s.id, to: branch.goTo, answer });
      const id = `${s.id}-${answer.toLowerCase()}`;
      if ("outcome" in branch) {
        const words = outcomeWords(branch.outcome);
        ends.push({ id, step: s.id, answer, verdict: words.verdict, heading: words.verdictWords, detail: words.detail || null, status: branch.outcome });
      } else {
        ends.push({ id, step: s.id, answer, verdict: "undecided", heading: "Cannot be decided", detail: `Needs ${branch.needs}`, status: null });
      }
      return arrows.push({ from: s.id, to: id, answer });
    };
    follow(s.yes, "Yes");
    follow(s.no, "No");
  });
  const removed = changeList
    .filter((c) => c.kind === "removed")
    .map((c) => ({ id: c.id, number: c.before!.number, question: c.before!.question, href: stepHref(comparedWith!.id, c.id) }));
  return { ruleSetId: ruleSet.id, comparedWith: comparedWith?.id ?? null, steps, ends, arrows, removed };
}
