// The compare pages: /rules/compare/ (a form choosing two rule sets, and every ordered pair as a link),
// /rules/compare/<from>/<to>/ for every ordered pair (the steps and parameters that differ, and the
// changed cells counted by course), and /rules/compare/<older>/<newer>/<course>/, one course's changed
// cells, listed once for both directions, from the older rule set to the newer (the changes page
// links them too). All from the same comparison (rules-changes.ts ruleSetChanges). Either order reads
// honestly: from an older rule set to a newer one is forward in time, from a newer to an older goes
// back, and the page says so.
import type { RuleSet } from "../../rules/index.ts";
import { ruleSetChanges, type RuleSetChangesView, type StepChange } from "./rules-changes.ts";
import type { RuleSetSummaryView } from "./rules-view.ts";

export const COMPARE_URL = "/rules/compare/";
export const compareUrl = (fromId: string, toId: string) => `${COMPARE_URL}${fromId}/${toId}/`;
/** A course's changed cells between two rule sets, given in date order. */
export const compareCourseUrl = (olderId: string, newerId: string, courseId: string) => `${compareUrl(olderId, newerId)}${courseId}/`;

export interface ComparisonView {
  url: string;
  title: string;
  from: RuleSetSummaryView;
  to: RuleSetSummaryView;
  /** "forward": `to` came into force after `from`; "back": before it. */
  direction: "forward" | "back";
  /** The rule sets in force between the two (by date), each of which replaced the one before it. */
  between: RuleSetSummaryView[];
  /** The same two rule sets compared the other way round. */
  reverseUrl: string;
  /** The changed cells' pages (changes.courses[].url) list them in this page's order: true when forward. */
  cellsInThisOrder: boolean;
  changes: RuleSetChangesView;
  /** The step changes by kind, in the order each rule set prints its steps. */
  steps: { added: StepChange[]; removed: StepChange[]; changed: StepChange[]; renumbered: StepChange[] };
  /** Steps that differ other than in number alone. */
  stepCount: number;
}

export interface CompareIndexView {
  url: string;
  ruleSets: RuleSetSummaryView[];
  /** Chosen when the page opens: the latest rule set and the one before it. */
  defaultFrom: string;
  defaultTo: string;
  pairs: { from: RuleSetSummaryView; to: RuleSetSummaryView; url: string; direction: "forward" | "back" }[];
}

/** Every ordered pair of rule sets, oldest first: each "from" with every other rule set as "to". */
export function orderedPairs<T>(ruleSets: readonly T[]): [T, T][] {
  return ruleSets.flatMap((from) => ruleSets.filter((to) => to !== from).map((to) => [from, to] as [T, T]));
}

/** `ruleSets` in date order, as RULE_SETS has them; `summary` is rules-view.ts ruleSetSummary. */
export function comparisonView(from: RuleSet, to: RuleSet, ruleSets: readonly RuleSet[], summary: (r: RuleSet) => RuleSetSummaryView): ComparisonView {
  const i = ruleSets.indexOf(from);
  const j = ruleSets.indexOf(to);
  if (i < 0 || j < 0 || i === j) throw new Error(`rules-compare: cannot compare "${from.id}" with "${to.id}"; expected two different rule sets of ${ruleSets.map((r) => r.id).join(", ")}`);
  const direction = j > i ? "forward" : "back";
  const [older, newer] = direction === "forward" ? [from, to] : [to, from];
  const changes = ruleSetChanges(from, to, (courseId) => compareCourseUrl(older.id, newer.id, courseId));
  const changed = changes.steps.filter((s) => s.kind === "changed");
  const steps = {
    added: changes.steps.filter((s) => s.kind === "added"),
    removed: changes.steps.filter((s) => s.kind === "removed"),
    changed: changed.filter((s) => !s.renumberedOnly),
    renumbered: changed.filter((s) => s.renumberedOnly),
  };
  return {
    url: compareUrl(from.id, to.id),
    title: direction === "forward" ? `From rule set ${from.id} to rule set ${to.id}` : `From rule set ${from.id} back to rule set ${to.id}`,
    from: summary(from),
    to: summary(to),
    direction,
    between: ruleSets.slice(Math.min(i, j) + 1, Math.max(i, j)).map(summary),
    reverseUrl: compareUrl(to.id, from.id),
    cellsInThisOrder: direction === "forward",
    changes,
    steps,
    stepCount: steps.added.length + steps.removed.length + steps.changed.length,
  };
}

export function compareIndexView(ruleSets: readonly RuleSet[], summary: (r: RuleSet) => RuleSetSummaryView): CompareIndexView {
  const summaries = ruleSets.map(summary);
  return {
    url: COMPARE_URL,
    ruleSets: summaries,
    defaultFrom: summaries[Math.max(0, summaries.length - 2)]!.id,
    defaultTo: summaries[summaries.length - 1]!.id,
    pairs: orderedPairs(summaries).map(([from, to]) => ({
      from,
      to,
      url: compareUrl(from.id, to.id),
      direction: summaries.indexOf(to) > summaries.indexOf(from) ? "forward" : "back",
    })),
  };
}
