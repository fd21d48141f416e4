// What changed between two consecutive rule sets, computed by comparing their eligibility tables.
// A table row is a rule: a course, a work setting and the step answers of one path. Every example
// application of either table is looked up in both tables (the row whose step answers it meets);
// a pair of rows whose outcomes differ is a changed cell. The rule steps are compared as data.
import type { Application, RuleSet, Step } from "../../rules/index.ts";
import { meetsPath } from "./rules-facts.ts";
import { GENERAL_PASSING_FACTS, pathKey, settingsText, tableRecords, type TableRecord } from "./rules-tables.ts";
import { courseLabel, outcomeWords, parameterValueText, WORK_SETTING_LABELS, type OutcomeWords } from "../../rules/words.ts";

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

/** The cells whose outcome differs between two tables: one per (course, work setting, row before, row after). */
export function changedCells(before: RuleSet, after: RuleSet): ChangedCell[] {
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

export interface StepChange {
  kind: "added" | "removed" | "changed";
  id: string;
  before: Step | null;
  after: Step | null;
  what: string[];
}

export interface ParameterChange {
  id: string;
  description: string;
  before: string;
  after: string;
}

export interface RuleSetChangesView {
  before: { id: string; title: string };
  after: { id: string; title: string; validFrom: string };
  anchor: string;
  cellCount: number;
  courses: {
    courseId: string;
    label: string;
    anchor: string;
    url: string;
    cells: ChangedCellView[];
    cellCount: number;
    nowFunded: number;
    noLongerFunded: number;
  }[];
  steps: StepChange[];
  parameters: ParameterChange[];
}

const shownFacts = (r: TableRecord) =>
  r.facts.filter((f) => f.shown && !GENERAL_PASSING_FACTS.has(f.text)).map((f) => f.text).join("; ") || "Nothing beyond the course and setting";

const SETTINGS = [...Object.keys(WORK_SETTING_LABELS), null];

export function stepChanges(before: RuleSet, after: RuleSet): StepChange[] {
  const changes: StepChange[] = [];
  const afterIds = new Set(after.steps.map((s) => s.id));
  const beforeById = new Map(before.steps.map((s) => [s.id, s]));
  for (const s of after.steps) {
    const old = beforeById.get(s.id);
    if (!old) {
      changes.push({ kind: "added", id: s.id, before: null, after: s, what: [] });
      continue;
    }
    const what: string[] = [];
    if (old.question !== s.question) what.push("question");
    if (old.rule !== s.rule) what.push("rule");
    if (JSON.stringify(old.test) !== JSON.stringify(s.test)) what.push("test");
    if (JSON.stringify([old.yes, old.no]) !== JSON.stringify([s.yes, s.no])) what.push("what the answers lead to");
    const paramsOf = (r: RuleSet, step: Step) => step.reads.parameters.map((p) => JSON.stringify(r.parameters.find((v) => v.id === p)?.value ?? null)).join("|");
    if (paramsOf(before, old) !== paramsOf(after, s)) what.push("parameter values");
    if (old.number !== s.number) what.push(`position (step ${old.number} → ${s.number})`);
    if (what.length) changes.push({ kind: "changed", id: s.id, before: old, after: s, what });
  }
  for (const s of before.steps) if (!afterIds.has(s.id)) changes.push({ kind: "removed", id: s.id, before: s, after: null, what: [] });
  return changes;
}

export function parameterChanges(before: RuleSet, after: RuleSet): ParameterChange[] {
  const ids = [...new Set([...before.parameters, ...after.parameters].map((p) => p.id))];
  const out: ParameterChange[] = [];
  for (const id of ids) {
    const b = before.parameters.find((p) => p.id === id);
    const a = after.parameters.find((p) => p.id === id);
    const text = (p: typeof b) => (p ? parameterValueText(p.vocabulary, p.value) : "Not read by this rule set");
    if (text(b) !== text(a)) out.push({ id, description: (a ?? b)!.description, before: text(b), after: text(a) });
  }
  return out;
}

export const changesUrl = (beforeId: string, afterId: string, courseId: string) => `/rules/changes/${beforeId}-to-${afterId}/${courseId}/`;

export function ruleSetChanges(before: RuleSet, after: RuleSet): RuleSetChangesView {
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
  return {
    before: { id: before.id, title: before.title },
    after: { id: after.id, title: after.title, validFrom: after.validFrom },
    anchor: `from-${before.id}-to-${after.id}`,
    cellCount: cells.length,
    courses: [...courses.entries()].map(([courseId, views]) => {
      const mine = cells.filter((c) => c.course === courseId);
      const funded = (r: TableRecord) => r.status !== null && outcomeWords(r.status).verdict === "funded";
      return {
        courseId,
        label: courseLabel(courseId),
        anchor: `${after.id}-${courseId}`,
        url: changesUrl(before.id, after.id, courseId),
        cells: views.sort((x, y) => SETTINGS.indexOf(x.settings[0]!) - SETTINGS.indexOf(y.settings[0]!)),
        cellCount: mine.length,
        nowFunded: mine.filter((c) => !funded(c.before) && funded(c.after)).length,
        noLongerFunded: mine.filter((c) => funded(c.before) && !funded(c.after)).length,
      };
    }),
    steps: stepChanges(before, after),
    parameters: parameterChanges(before, after),
  };
}
