// Eligibility tables: the rows of rules/eligibility-rows.ts (every distinct path through a rule set,
// per course and work setting), grouped for reading, described in words, and serialised for download.
// Everything here is computed from the rules module; the templates only format it.
import { createHash } from "node:crypto";
import {
  COURSES,
  eligibilityRows,
  missingInstitutionRows,
  type Application,
  type RuleSet,
  type Status,
} from "../../rules/index.ts";
import { factsRead, type ReadFact } from "./rules-facts.ts";
import { courseLabel, lowerFirst, outcomeWords, orList, workSettingLabel, WORK_SETTING_LABELS, type OutcomeWords, type Verdict, VERDICT_WORDS, VERDICT_TAG } from "../../rules/words.ts";

/** Facts every funded path reads with these values; tables leave them out and say so once. */
export const GENERAL_PASSING_FACTS: ReadonlySet<string> = new Set([
  "Cohort has scholarship funding (full or capped)",
  "Works in England",
  "Not funded for this NPQ before",
]);

/** The same, in a sentence for pages that summarise outcomes under them. */
export const FUNDED_PATH_ASSUMPTIONS = "in a cohort with scholarship funding, working in England and not funded for this NPQ before";

export type PathStep = { readonly step: string; readonly answer: "yes" | "no" };

/** One row of a table, as the rules module produced it, with its facts in words. */
export interface TableRecord {
  application: Application;
  course: string;
  workSetting: string | null;
  path: readonly PathStep[];
  /** null when the path ends in an error (missing_mandatory_institution). */
  status: Status | null;
  /** For an undecided path: the error the decision ends in, and what it needs. */
  error: string | null;
  needs: string | null;
  facts: ReadFact[];
}

/** One printed row: a path for a course, with the work settings that take it. */
export interface TableRowView {
  settings: (string | null)[];
  settingsText: string;
  facts: string[];
  factsText: string;
  outcome: OutcomeWords | null;
  /** For an undecided path: what the decision needs. */
  needs: string | null;
  /** Steps taken, as numbers, e.g. "1, 2, 3, 6". */
  stepNumbers: string;
  /** The same steps, each with its link on the rule set's page and its question (for the link's title). */
  steps: { number: number; href: string; question: string }[];
  /**
   * The row's permalink id: its path through the steps (step ids and answers) and the facts it shows,
   * hashed, so it stays the same across builds while that path's steps keep their identity.
   */
  id: string;
}

export interface CourseTableView {
  courseId: string;
  code: string;
  name: string;
  label: string;
  anchor: string;
  rows: TableRowView[];
  /** How many JSON rows (course × work setting × path) this table prints. */
  recordCount: number;
  undecidedCount: number;
}

const SETTING_ORDER = [...Object.keys(WORK_SETTING_LABELS), null];
const VERDICT_ORDER: readonly Verdict[] = ["funded", "review", "not-funded"];
const settingIndex = (s: string | null) => SETTING_ORDER.indexOf(s);

function needsOf(ruleSet: RuleSet, path: readonly PathStep[]): string {
  const last = path[path.length - 1]!;
  const step = ruleSet.steps.find((s) => s.id === last.step)!;
  const branch = last.answer === "yes" ? step.yes : step.no;
  return typeof branch === "object" && "needs" in branch ? branch.needs : "more information";
}

const recordCache = new WeakMap<RuleSet, TableRecord[]>();

/** Every row of a rule set's table (decided and undecided), in the rules module's order. */
export function tableRecords(ruleSet: RuleSet): TableRecord[] {
  const cached = recordCache.get(ruleSet);
  if (cached) return cached;
  const records: TableRecord[] = [];
  for (const row of eligibilityRows(ruleSet)) {
    records.push({
      application: row.application,
      course: row.application.course,
      workSetting: row.application.workSetting,
      path: row.path,
      status: row.status,
      error: null,
      needs: null,
      facts: factsRead(ruleSet, row.path, row.application),
    });
  }
  for (const row of missingInstitutionRows(ruleSet)) {
    records.push({
      application: row.application,
      course: row.application.course,
      workSetting: row.application.workSetting,
      path: row.path,
      status: null,
      error: row.error,
      needs: needsOf(ruleSet, row.path),
      facts: factsRead(ruleSet, row.path, row.application),
    });
  }
  recordCache.set(ruleSet, records);
  return records;
}

export const pathKey = (path: readonly PathStep[]) => path.map((p) => `${p.step}:${p.answer}`).join(",");

export function settingsText(settings: readonly (string | null)[]): string {
  const named = settings.filter((s) => s !== null);
  if (named.length === Object.keys(WORK_SETTING_LABELS).length) return "Any work setting, or none given";
  const words = settings.map((s, i) => {
    const label = workSettingLabel(s);
    return i === 0 ? label : lowerFirst(label);
  });
  return orList(words);
}

/** A course's table: rows that share a path and the same facts are one row listing their work settings. */
export function courseTable(ruleSet: RuleSet, courseId: string): CourseTableView {
  const course = COURSES.find((c) => c.id === courseId);
  if (!course) throw new Error(`rules-tables: unknown course "${courseId}"; expected one of ${COURSES.map((c) => c.id).join(", ")}`);
  const records = tableRecords(ruleSet).filter((r) => r.course === courseId);
  const groups = new Map<string, { first: number; records: TableRecord[] }>();
  records.forEach((r, i) => {
    const shown = r.facts.filter((f) => f.shown && !GENERAL_PASSING_FACTS.has(f.text)).map((f) => f.text);
    const key = `${pathKey(r.path)}|${shown.join(";")}`;
    const g = groups.get(key);
    if (g) g.records.push(r);
    else groups.set(key, { first: i, records: [r] });
  });
  const stepsById = new Map(ruleSet.steps.map((s) => [s.id, s]));
  const everySetting = SETTING_ORDER.length;
  const rows = [...groups.entries()]
    .map(([key, g]) => {
      const r = g.records[0]!;
      const settings = g.records.map((x) => x.workSetting).sort((a, b) => settingIndex(a) - settingIndex(b));
      const facts = r.facts.filter((f) => f.shown && !GENERAL_PASSING_FACTS.has(f.text)).map((f) => f.text);
      const outcome = r.status === null ? null : outcomeWords(r.status);
      const steps = r.path.map((p) => stepsById.get(p.step)!);
      return {
        // By work setting (a row for every setting first), then outcome (funded, review, not funded,
        // undecided; then the outcome's words), then the rules' own order.
        sortKey: [settings.length === everySetting ? -1 : settingIndex(settings[0]!), outcome ? VERDICT_ORDER.indexOf(outcome.verdict) : VERDICT_ORDER.length, outcome?.detail ?? "", g.first] as const,
        view: {
          settings,
          settingsText: settingsText(settings),
          facts,
          factsText: facts.length ? facts.join("; ") : "Nothing beyond the course and setting",
          outcome,
          needs: r.needs,
          stepNumbers: steps.map((s) => s.number).join(", "),
          steps: steps.map((s) => ({ number: s.number, href: `/rules/${ruleSet.id}/#step-${s.id}`, question: s.question })),
          id: `row-${createHash("sha256").update(key).digest("hex").slice(0, 10)}`,
        } satisfies TableRowView,
      };
    })
    .sort((a, b) => a.sortKey[0] - b.sortKey[0] || a.sortKey[1] - b.sortKey[1] || a.sortKey[2].localeCompare(b.sortKey[2]) || a.sortKey[3] - b.sortKey[3])
    .map((x) => x.view);
  return {
    courseId,
    code: course.code,
    name: course.name,
    label: courseLabel(courseId),
    anchor: courseId,
    rows,
    recordCount: records.filter((r) => r.status !== null).length,
    undecidedCount: records.filter((r) => r.status === null).length,
  };
}

export function eligibilityTables(ruleSet: RuleSet): CourseTableView[] {
  return COURSES.map((c) => courseTable(ruleSet, c.id));
}

/** Outcomes that apply whatever the setting: left out of a setting's summary. */
const GENERAL_STATUSES: readonly string[] = ["unfunded_cohort", "not_in_england", "previously_funded"];

export interface SettingSummary {
  setting: string;
  settingLabel: string;
  verdict: Verdict | "depends";
  verdictWords: string;
  tagClass: string;
  /**
   * Beside the tag: the reasons for one verdict ("Workplace is not an eligible type or lead mentors
   * are funded for NPQLTD only."), what several depend on ("Funded or not funded, depending on the
   * RISE schools list and the establishment type."), or nothing.
   */
  text: string;
  outcomes: string[];
}

/**
 * For one course, what each work setting leads to for someone in a funded cohort, working in England
 * and not funded for this NPQ before: funded, not funded, subject to review, or depends on named facts.
 */
export function fundingByWorkSetting(ruleSet: RuleSet, courseId: string): SettingSummary[] {
  const records = tableRecords(ruleSet).filter((r) => r.course === courseId);
  return Object.keys(WORK_SETTING_LABELS).map((setting) => {
    const here = records.filter((r) => r.workSetting === setting && r.status !== null && !GENERAL_STATUSES.includes(r.status));
    const verdicts = [...new Set(here.map((r) => outcomeWords(r.status!).verdict))];
    const outcomes = [...new Set(here.map((r) => r.status!))];
    const base = { setting, settingLabel: workSettingLabel(setting), outcomes };
    if (verdicts.length === 1) {
      const v = verdicts[0]!;
      // The tag says the verdict; the text gives the reasons, without saying the verdict again. A detail
      // that only continues the verdict ("by DfE") adds nothing beside the tag.
      const details = [...new Set(here.map((r) => outcomeWords(r.status!).detail))].filter((d) => d && !/^[a-z]/.test(d));
      const reasons = details.map((d, i) => (i === 0 ? d : lowerFirst(d)));
      return { ...base, verdict: v, verdictWords: VERDICT_WORDS[v], tagClass: VERDICT_TAG[v], text: reasons.length ? `${orList(reasons)}.` : "" };
    }
    const topics: string[] = [];
    for (const r of here) for (const f of r.facts) if (f.shown && !GENERAL_FACT_KEYS.some((k) => f.key.startsWith(k)) && f.key !== "hasInstitution" && !topics.includes(f.topic)) topics.push(f.topic);
    const order: Verdict[] = ["funded", "review", "not-funded"];
    const possible = order.filter((v) => verdicts.includes(v)).map((v, i) => (i === 0 ? VERDICT_WORDS[v] : VERDICT_WORDS[v].toLowerCase()));
    return {
      ...base,
      verdict: "depends" as const,
      verdictWords: "Depends",
      tagClass: "govuk-tag--blue",
      text: `${orList(possible)}, depending on ${orList(topics).replace(/ or ([^,]*)$/, " and $1")}.`,
    };
  });
}

const GENERAL_FACT_KEYS = ["fundingModelIn:", "flag:worksInEngland", "flag:previouslyFunded"];

/** The JSON download: each row is { application, status, funded, subjectToReview } (decision-io.md). */
export function eligibilityJson(ruleSet: RuleSet): string {
  const rows = eligibilityRows(ruleSet).map((r) => JSON.stringify({ application: r.application, status: r.status, funded: r.funded, subjectToReview: r.subjectToReview }));
  const undecided = missingInstitutionRows(ruleSet).map((r) => JSON.stringify({ application: r.application, error: r.error }));
  return [
    "{",
    `"ruleSet": ${JSON.stringify(ruleSet.id)},`,
    `"ruleSetHash": ${JSON.stringify(ruleSet.hash)},`,
    `"validFrom": ${JSON.stringify(ruleSet.validFrom)},`,
    `"validTo": ${JSON.stringify(ruleSet.validTo)},`,
    `"rows": [\n${rows.join(",\n")}\n],`,
    `"undecided": [\n${undecided.join(",\n")}\n]`,
    "}",
    "",
  ].join("\n");
}

const CSV_COLUMNS = [
  "course", "course_code", "work_setting", "facts_that_matter", "status", "error", "outcome", "funded", "subject_to_review",
  "cohort_funding", "works_in_england", "previously_funded", "kind_of_nursery", "institution_kind",
  "establishment_type_code", "institution_lists", "employment_type", "approved_itt_provider",
  "referred_by_return_to_teaching_adviser", "new_headteacher", "application_json",
] as const;

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The CSV download: one line per JSON row, the application flattened, plus the facts in words; then,
 * as the JSON's "undecided" list, the paths the rules cannot decide, marked by an empty status and
 * the error (`missing_mandatory_institution`) in its own column.
 */
export function eligibilityCsv(ruleSet: RuleSet): string {
  const lines = [CSV_COLUMNS.join(",")];
  const records = tableRecords(ruleSet);
  for (const r of [...records.filter((x) => x.status !== null), ...records.filter((x) => x.status === null)]) {
    const a = r.application;
    const o = r.status === null ? null : outcomeWords(r.status);
    const cells = [
      a.course, courseLabel(a.course).replace(/^.*\(|\)$/g, ""), a.workSetting ?? "", r.facts.filter((f) => f.shown).map((f) => f.text).join("; "),
      r.status ?? "", r.error ?? "", o ? o.text : `Cannot be decided: needs ${r.needs}`,
      o ? o.verdict === "funded" : "", o ? o.verdict === "review" : "",
      a.cohort.funding, a.worksInEngland, a.previouslyFunded, a.kindOfNursery ?? "", a.institution?.kind ?? "",
      a.institution?.establishmentTypeCode ?? "", a.institution?.lists.join(" ") ?? "", a.employmentType ?? "", a.approvedIttProvider,
      a.referredByReturnToTeachingAdviser, a.newHeadteacher, JSON.stringify(a),
    ];
    lines.push(cells.map(csvCell).join(","));
  }
  return lines.join("\r\n") + "\r\n";
}
