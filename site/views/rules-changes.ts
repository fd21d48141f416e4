// What differs between two rule sets, in either order: /rules/changes/ reads it for each consecutive
// pair, /rules/compare/<from>/<to>/ for every ordered pair. The eligibility tables are compared cell
// by cell: a table row is a rule (a course, a work setting and the step answers of one path); every
// example application of either table is looked up in both tables (the row whose step answers it
// meets), and a pair of rows whose outcomes differ is a changed cell. The steps and parameters are
// compared as data, and what differs is said in words.
import { COURSES, type Application, type Branch, type Condition, type ParameterValue, type RuleSet, type Step } from "../../rules/index.ts";
import { describeLeaf, meetsPath } from "./rules-facts.ts";
import { GENERAL_PASSING_FACTS, pathKey, settingsText, tableRecords, type TableRecord } from "./rules-tables.ts";
import { courseLabel, orList, outcomeWords, parameterValueText, parameterValueWords, workSettingLabel, WORK_SETTING_LABELS, type OutcomeWords } from "../../rules/words.ts";
import { changesMapUrl } from "../rule-map/map-urls.ts";
import { plural } from "../../common/plural.ts";

export interface ChangedCell {
  course: string;
  workSetting: string | null;
  before: TableRecord;
  after: TableRecord;
  /** An application in both cells, to replay with `npm run decide`. */
  example: Application;
}


/** Strip what the rule set and cohort name add, so the same applicant from either table is one witness. */
function witnessKey(a: Application): string {
  const { ruleSet: _r, asOf: _a, id: _i, cohort, ...rest } = a;
  return JSON.stringify({ ...rest, funding: cohort.funding });
}

function lookUp(ruleSet: RuleSet, records: readonly TableRecord[], a: Application): TableRecord {
  const found = records.filter((r) => r.course === a.course && r.workSetting === a.workSetting && meetsPath(ruleSet, r.path, a));
  if (found.length !== 1) {
    throw new Error(`rules-changes: ${found.length} rows of "${ruleSet.id}" match ${JSON.stringify(a)}; a table must have exactly one`);
  }
  return found[0]!;
}

const outcomeKey = (r: TableRecord) => r.status ?? `error:${r.needs}`;

const cellsCache = new WeakMap<RuleSet, Map<RuleSet, ChangedCell[]>>();

/**
 * The cells whose outcome differs between two tables: one per (course, work setting, row before, row
 * after). The comparison is symmetric, so the reverse order is the same cells with before and after
 * swapped: each unordered pair of rule sets is compared once per process.
 */
export function changedCells(before: RuleSet, after: RuleSet): ChangedCell[] {
  const known = cellsCache.get(before)?.get(after);
  if (known) return known;
  const reverse = cellsCache.get(after)?.get(before);
  const cells = reverse ? reverse.map((c) => ({ ...c, before: c.after, after: c.before })) : compareTables(before, after);
  (cellsCache.get(before) ?? cellsCache.set(before, new Map()).get(before)!).set(after, cells);
  return cells;
}

function compareTables(before: RuleSet, after: RuleSet): ChangedCell[] {
  const beforeRecords = tableRecords(before);
  const afterRecords = tableRecords(after);
  const byCourse = (records: readonly TableRecord[]) => {
    const m = new Map<string, TableRecord[]>();
    for (const r of records) {
      const k = `${r.course}|${r.workSetting}`;
      (m.get(k) ?? m.set(k, []).get(k)!).push(r);
    }
    return m;
  };
  const beforeBy = byCourse(beforeRecords);
  const afterBy = byCourse(afterRecords);
  const witnesses = new Map<string, Application>();
  for (const r of [...beforeRecords, ...afterRecords]) {
    const k = witnessKey(r.application);
    if (!witnesses.has(k)) witnesses.set(k, r.application);
  }
  const cells = new Map<string, ChangedCell>();
  for (const a of witnesses.values()) {
    const k = `${a.course}|${a.workSetting}`;
    const b = lookUp(before, beforeBy.get(k) ?? [], a);
    const c = lookUp(after, afterBy.get(k) ?? [], a);
    if (outcomeKey(b) === outcomeKey(c)) continue;
    const cellKey = `${k}|${pathKey(b.path)}|${pathKey(c.path)}`;
    if (!cells.has(cellKey)) cells.set(cellKey, { course: a.course, workSetting: a.workSetting, before: b, after: c, example: { ...a, ruleSet: undefined } as Application });
  }
  return [...cells.values()];
}

/** A path as step numbers and answers, e.g. "1y2y3n4n": short enough to print on the page for tests. */
export function compactPath(ruleSet: RuleSet, path: readonly { step: string; answer: "yes" | "no" }[]): string {
  return path.map((p) => `${ruleSet.steps.find((s) => s.id === p.step)!.number}${p.answer[0]}`).join("");
}

export interface ChangedCellView {
  settings: (string | null)[];
  settingsText: string;
  beforeFacts: string;
  before: OutcomeWords | null;
  beforeNeeds: string | null;
  afterFacts: string;
  after: OutcomeWords | null;
  afterNeeds: string | null;
  /** For the test that replays the comparison: "setting|before path|after path" (compactPath) per setting. */
  cellKeys: string[];
}

/** What can differ between a step and the step with the same id in another rule set. */
export type StepAspect = "question" | "rule" | "test" | "answers" | "parameters" | "number";

/** One aspect of a step that differs, in words, as each rule set has it. */
export interface StepDifference {
  aspect: StepAspect;
  /** What differs, e.g. "The question" or "If the answer is yes". */
  label: string;
  before: string;
  after: string;
}

export interface StepChange {
  kind: "added" | "removed" | "changed";
  id: string;
  before: Step | null;
  after: Step | null;
  /** For a changed step: the aspects that differ, in the order of StepAspect. */
  aspects: StepAspect[];
  /** The same in a few words each, e.g. "question" or "position (step 5 → 2)". */
  what: string[];
  /** The same in full: each aspect as each rule set has it. */
  differences: StepDifference[];
  /** A changed step whose only difference is its number (steps were added or removed before it). */
  renumberedOnly: boolean;
}

export interface ParameterChange {
  id: string;
  description: string;
  /** The whole value under each rule set, in words ("Not read by this rule set" when it has none). */
  before: string;
  after: string;
  /** Which rule sets read it. */
  readBy: "both" | "before" | "after";
  /** The values only one of the two has, in words (rules/words.ts parameterValueWords). */
  beforeOnly: string[];
  afterOnly: string[];
}

export interface RuleSetChangesView {
  before: { id: string; title: string; validFrom: string };
  after: { id: string; title: string; validFrom: string };
  anchor: string;
  /** The later rule set's decision map, its new and changed steps marked. */
  mapUrl: string;
  cellCount: number;
  /** How many of the changed cells are funded under one rule set and not the other. */
  nowFunded: number;
  noLongerFunded: number;
  courses: {
    courseId: string;
    label: string;
    anchor: string;
    /** The page that lists the course's changed cells (rules-compare.ts compareCourseUrl). */
    url: string;
    cells: ChangedCellView[];
    cellCount: number;
    nowFunded: number;
    noLongerFunded: number;
  }[];
  /** Every step added, removed or changed, renumbered-only ones included (renumberedOnly). */
  steps: StepChange[];
  parameters: ParameterChange[];
  /** "3 steps and 1 parameter changed; 2 steps only renumbered", for a summary line. */
  stepSummary: string;
}

const shownFacts = (r: TableRecord) =>
  r.facts.filter((f) => f.shown && !GENERAL_PASSING_FACTS.has(f.text)).map((f) => f.text).join("; ") || "Nothing beyond the course and setting";

const SETTINGS = [...Object.keys(WORK_SETTING_LABELS), null];

/** Where an answer leads, as an identity to compare across rule sets (a step by id, an outcome, an error) and in words. */
function branchTarget(ruleSet: RuleSet, index: number, branch: Branch): { key: string; words: string } {
  if (branch === "next" || "goTo" in branch) {
    const target = branch === "next" ? ruleSet.steps[index + 1]! : ruleSet.steps.find((s) => s.id === branch.goTo)!;
    return { key: `step:${target.id}`, words: `Go on to step ${target.number}: ${target.question}` };
  }
  if ("outcome" in branch) {
    const w = outcomeWords(branch.outcome);
    return { key: `outcome:${branch.outcome}`, words: w.text };
  }
  return { key: `error:${branch.error}:${branch.needs}`, words: `Cannot be decided: the decision needs ${branch.needs}` };
}

/** A step's test in words: each fact as the eligibility tables word it, joined by "and", "or" and "not". */
export function conditionWords(condition: Condition, ruleSet: RuleSet, negated = false): string {
  const part = (c: Condition) => ("all" in c || "any" in c ? `(${conditionWords(c, ruleSet)})` : conditionWords(c, ruleSet));
  if ("all" in condition || "any" in condition) {
    const words = ("all" in condition ? condition.all : condition.any).map(part).join("all" in condition ? " and " : " or ");
    return negated ? `Not so: ${words}` : words;
  }
  if ("not" in condition) return conditionWords(condition.not, ruleSet, !negated);
  const values = (v: readonly string[] | { param: string }) => ("param" in v ? ruleSet.parameters.find((p) => p.id === v.param)!.value : v);
  // Course and work setting are columns of the tables, so describeLeaf leaves them as codes.
  if ("courseIn" in condition) return `Course is ${negated ? "not " : ""}${orList(values(condition.courseIn).map(courseLabel))}`;
  if ("workSettingIn" in condition) return `${negated ? "Does not work" : "Works"} in ${orList(values(condition.workSettingIn).map((w) => workSettingLabel(w).toLowerCase()))}`;
  const leaf = describeLeaf(condition as Parameters<typeof describeLeaf>[0], ruleSet);
  return negated ? leaf.no : leaf.yes;
}

/**
 * The parameters whose values a step's answer depends on: those its conditions compare with. (A list
 * condition also reads "eligibility-lists", but only to check at load that the list is one the rule set
 * consults: its answer is the same whatever else the parameter holds, so that is not a difference.)
 */
function parametersComparedWith(condition: Condition): string[] {
  if ("all" in condition) return condition.all.flatMap(parametersComparedWith);
  if ("any" in condition) return condition.any.flatMap(parametersComparedWith);
  if ("not" in condition) return parametersComparedWith(condition.not);
  return Object.values(condition).flatMap((v) => (v && typeof v === "object" && "param" in v ? [String((v as { param: string }).param)] : []));
}

/** A parameter's value as a set: the rules read every parameter as a set, so order is not a difference. */
const valueSet = (p: ParameterValue | undefined) => (p ? JSON.stringify([...p.value].sort()) : null);

/** The steps added, removed and changed from one rule set to the other, matched by step id. */
export function stepChanges(before: RuleSet, after: RuleSet): StepChange[] {
  const changes: StepChange[] = [];
  const afterIds = new Set(after.steps.map((s) => s.id));
  const beforeIndex = new Map(before.steps.map((s, i) => [s.id, i]));
  const none = { aspects: [], what: [], differences: [], renumberedOnly: false };
  after.steps.forEach((s, i) => {
    const oldIndex = beforeIndex.get(s.id);
    if (oldIndex === undefined) {
      changes.push({ kind: "added", id: s.id, before: null, after: s, ...none });
      return;
    }
    const old = before.steps[oldIndex]!;
    const differences: StepDifference[] = [];
    const what: string[] = [];
    const differ = (aspect: StepAspect, short: string, label: string, b: string, a: string) => {
      differences.push({ aspect, label, before: b, after: a });
      if (!what.includes(short)) what.push(short);
    };
    if (old.question !== s.question) differ("question", "question", "The question", old.question, s.question);
    if (old.rule !== s.rule) differ("rule", "rule", "What it decides", old.rule, s.rule);
    if (JSON.stringify(old.test) !== JSON.stringify(s.test)) differ("test", "test", "The conditions it checks", conditionWords(old.test, before), conditionWords(s.test, after));
    for (const [answer, label] of [["yes", "If the answer is yes"], ["no", "If the answer is no"]] as const) {
      const b = branchTarget(before, oldIndex, old[answer]);
      const a = branchTarget(after, i, s[answer]);
      if (b.key !== a.key) differ("answers", "what the answers lead to", label, b.words, a.words);
    }
    const read = [...new Set([...parametersComparedWith(old.test), ...parametersComparedWith(s.test)])];
    for (const id of read) {
      const b = before.parameters.find((p) => p.id === id);
      const a = after.parameters.find((p) => p.id === id);
      if (valueSet(b) !== valueSet(a)) {
        const description = (a ?? b)!.description;
        differ("parameters", "parameter values", `The values it reads: ${description}`, b ? parameterValueText(b.vocabulary, b.value) : "Not read", a ? parameterValueText(a.vocabulary, a.value) : "Not read");
      }
    }
    if (old.number !== s.number) differ("number", `position (step ${old.number} → ${s.number})`, "Its number", `Step ${old.number}`, `Step ${s.number}`);
    if (differences.length === 0) return;
    const aspects = [...new Set(differences.map((d) => d.aspect))];
    changes.push({ kind: "changed", id: s.id, before: old, after: s, aspects, what, differences, renumberedOnly: aspects.length === 1 && aspects[0] === "number" });
  });
  for (const s of before.steps) if (!afterIds.has(s.id)) changes.push({ kind: "removed", id: s.id, before: s, after: null, ...none });
  return changes;
}

/** The parameters whose values differ (as sets), or that only one of the two rule sets reads. */
export function parameterChanges(before: RuleSet, after: RuleSet): ParameterChange[] {
  const ids = [...new Set([...before.parameters, ...after.parameters].map((p) => p.id))];
  const out: ParameterChange[] = [];
  for (const id of ids) {
    const b = before.parameters.find((p) => p.id === id);
    const a = after.parameters.find((p) => p.id === id);
    if (valueSet(b) === valueSet(a)) continue;
    const either = (a ?? b)!;
    const text = (p: typeof b) => (p ? parameterValueText(p.vocabulary, p.value) : "Not read by this rule set");
    const only = (x: typeof b, y: typeof b) => parameterValueWords(either.vocabulary, (x?.value ?? []).filter((v) => !y?.value.includes(v)));
    out.push({
      id,
      description: either.description,
      before: text(b),
      after: text(a),
      readBy: a && b ? "both" : b ? "before" : "after",
      beforeOnly: only(b, a),
      afterOnly: only(a, b),
    });
  }
  return out;
}

/** The section of /rules/changes/ on one pair of rule sets. */
export const changesAnchor = (beforeId: string, afterId: string) => `from-${beforeId}-to-${afterId}`;

const funded = (r: TableRecord) => r.status !== null && outcomeWords(r.status).verdict === "funded";

/**
 * Everything that differs from one rule set to another (in either order of their dates). `courseUrl`
 * is where a course's changed cells are listed.
 */
export function ruleSetChanges(before: RuleSet, after: RuleSet, courseUrl: (courseId: string) => string): RuleSetChangesView {
  const steps = stepChanges(before, after);
  const parameters = parameterChanges(before, after);
  const meaning = steps.filter((c) => !c.renumberedOnly).length;
  const cells = changedCells(before, after);
  const groups = new Map<string, { course: string; cells: ChangedCell[] }>();
  for (const c of cells) {
    const k = `${c.course}|${pathKey(c.before.path)}|${shownFacts(c.before)}|${pathKey(c.after.path)}|${shownFacts(c.after)}`;
    (groups.get(k) ?? groups.set(k, { course: c.course, cells: [] }).get(k)!).cells.push(c);
  }
  const courses = new Map<string, ChangedCellView[]>();
  for (const g of groups.values()) {
    const first = g.cells[0]!;
    const settings = g.cells.map((c) => c.workSetting).sort((x, y) => SETTINGS.indexOf(x) - SETTINGS.indexOf(y));
    const view: ChangedCellView = {
      settings,
      settingsText: settingsText(settings),
      beforeFacts: shownFacts(first.before),
      before: first.before.status ? outcomeWords(first.before.status) : null,
      beforeNeeds: first.before.needs,
      afterFacts: shownFacts(first.after),
      after: first.after.status ? outcomeWords(first.after.status) : null,
      afterNeeds: first.after.needs,
      cellKeys: g.cells.map((c) => `${c.workSetting ?? "none"}|${compactPath(before, c.before.path)}|${compactPath(after, c.after.path)}`),
    };
    (courses.get(g.course) ?? courses.set(g.course, []).get(g.course)!).push(view);
  }
  const courseOrder = (id: string) => COURSES.findIndex((c) => c.id === id);
  return {
    before: { id: before.id, title: before.title, validFrom: before.validFrom },
    after: { id: after.id, title: after.title, validFrom: after.validFrom },
    anchor: changesAnchor(before.id, after.id),
    mapUrl: changesMapUrl(before.id, after.id),
    cellCount: cells.length,
    nowFunded: cells.filter((c) => !funded(c.before) && funded(c.after)).length,
    noLongerFunded: cells.filter((c) => funded(c.before) && !funded(c.after)).length,
    courses: [...courses.entries()]
      .sort(([x], [y]) => courseOrder(x) - courseOrder(y))
      .map(([courseId, views]) => {
        const mine = cells.filter((c) => c.course === courseId);
        return {
          courseId,
          label: courseLabel(courseId),
          anchor: `${after.id}-${courseId}`,
          url: courseUrl(courseId),
          cells: views.sort((x, y) => SETTINGS.indexOf(x.settings[0]!) - SETTINGS.indexOf(y.settings[0]!)),
          cellCount: mine.length,
          nowFunded: mine.filter((c) => !funded(c.before) && funded(c.after)).length,
          noLongerFunded: mine.filter((c) => funded(c.before) && !funded(c.after)).length,
        };
      }),
    steps,
    parameters,
    stepSummary: `${plural(meaning, "step")} and ${plural(parameters.length, "parameter")} changed${steps.length > meaning ? `; ${plural(steps.length - meaning, "step")} only renumbered` : ""}`,
  };
}
