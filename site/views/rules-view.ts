// The rules pages as view models: /rules/ (rule sets and dates), /rules/<id>/ (the steps in order,
// each with its source and any guidance difference beside it), the per-course eligibility tables,
// /rules/changes/ and /rules/compare/. All computed from the rules module; templates only format.
import { COURSES, formatDate, OUTCOMES, RULE_SETS, ruleSetById, ruleSetInForce, type Branch, type RuleSet, type Source } from "../../rules/index.ts";
import type { RuleSetChangesView } from "./rules-changes.ts";
import { compareIndexView, comparisonView, orderedPairs, type CompareIndexView, type ComparisonView } from "./rules-compare.ts";
import { courseTable, eligibilityTables, FUNDED_PATH_ASSUMPTIONS, fundingByWorkSetting, type CourseTableView, type SettingSummary } from "./rules-tables.ts";
import { outcomeWords, parameterValueText, WORK_SETTING_LABELS, type OutcomeWords } from "../../rules/words.ts";
import { mapUrl } from "../rule-map/map-urls.ts";

export const rulesUrl = (id: string) => `/rules/${id}/`;
export const tableUrl = (id: string, courseId: string) => `/rules/${id}/${courseId}/`;

const govukDate = formatDate;

export interface BranchView {
  answer: "Yes" | "No";
  text: string;
  outcome: OutcomeWords | null;
  href: string | null;
  /** For a branch that cannot decide: the error code, for the technical reader. */
  error: string | null;
}

export interface StepView {
  id: string;
  number: number;
  question: string;
  rule: string;
  source: Source;
  branches: BranchView[];
  reads: string[];
  /** Each note: what differs, the guidance's statements (section and words), and the service's code (the step's source). */
  differences: { text: string; guidance: { source: Source; quote: string }[]; service: Source }[];
}

export interface RuleSetSummaryView {
  id: string;
  title: string;
  summary: string;
  validFrom: string;
  validTo: string | null;
  dates: string;
  /** "in force from 1 June 2026" / "in force 2 April 2025 to 20 August 2025", for use mid-sentence. */
  inForce: string;
  hash: string;
  url: string;
  latest: boolean;
}

export interface RuleSetPageView extends RuleSetSummaryView {
  steps: StepView[];
  outcomes: { status: string; words: OutcomeWords; message: string; source: Source }[];
  /** value: in words (rules/words.ts parameterValueText); codes: as the rules and downloads have them. */
  parameters: { id: string; description: string; from: string; value: string; codes: string; source: Source }[];
  courses: { courseId: string; label: string; url: string; rows: number; records: number }[];
  downloads: { json: string; csv: string };
  differenceCount: number;
  /** The rule set's decision map (site/rule-map/). */
  mapUrl: string;
}

function datesOf(r: RuleSet): string {
  return r.validTo ? `${govukDate(r.validFrom)} to ${govukDate(r.validTo)}` : `From ${govukDate(r.validFrom)}`;
}

export function ruleSetSummary(r: RuleSet): RuleSetSummaryView {
  return {
    id: r.id,
    title: r.title,
    summary: r.summary,
    validFrom: r.validFrom,
    validTo: r.validTo,
    dates: datesOf(r),
    inForce: r.validTo ? `in force ${govukDate(r.validFrom)} to ${govukDate(r.validTo)}` : `in force from ${govukDate(r.validFrom)}`,
    hash: r.hash,
    url: rulesUrl(r.id),
    latest: r === RULE_SETS[RULE_SETS.length - 1],
  };
}

function branchView(r: RuleSet, index: number, branch: Branch, answer: "Yes" | "No"): BranchView {
  if (branch === "next") {
    const next = r.steps[index + 1]!;
    return { answer, text: `Go on to step ${next.number}`, outcome: null, href: `#step-${next.id}`, error: null };
  }
  if ("goTo" in branch) {
    const target = r.steps.find((s) => s.id === branch.goTo)!;
    return { answer, text: `Go to step ${target.number}`, outcome: null, href: `#step-${target.id}`, error: null };
  }
  if ("outcome" in branch) {
    const words = outcomeWords(branch.outcome);
    return { answer, text: words.text, outcome: words, href: null, error: null };
  }
  return { answer, text: `Cannot be decided: the decision needs ${branch.needs}`, outcome: null, href: null, error: branch.error };
}

export function ruleSetPage(r: RuleSet): RuleSetPageView {
  return {
    ...ruleSetSummary(r),
    steps: r.steps.map((s, i) => ({
      id: s.id,
      number: s.number,
      question: s.question,
      rule: s.rule,
      source: s.source,
      branches: [branchView(r, i, s.yes, "Yes"), branchView(r, i, s.no, "No")],
      reads: [...s.reads.fields, ...s.reads.parameters.map((p) => `parameter ${p}`)],
      differences: r.differences
        .filter((d) => d.step === s.id)
        .map((d) => ({ text: d.text, guidance: d.guidance.map((g) => ({ source: g.source, quote: g.quote })), service: s.source })),
    })),
    outcomes: r.outcomes.map((status) => {
      const o = OUTCOMES[status as keyof typeof OUTCOMES]!;
      return { status, words: outcomeWords(status), message: o.message.replaceAll("{course}", "[course name]"), source: o.source };
    }),
    parameters: r.parameters.map((p) => ({ id: p.id, description: p.description, from: p.from, value: parameterValueText(p.vocabulary, p.value), codes: p.value.join(", "), source: p.source })),
    courses: eligibilityTables(r).map((t) => ({ courseId: t.courseId, label: t.label, url: tableUrl(r.id, t.courseId), rows: t.rows.length, records: t.recordCount })),
    downloads: { json: `/rules/${r.id}/eligibility.json`, csv: `/rules/${r.id}/eligibility.csv` },
    differenceCount: r.differences.length,
    mapUrl: mapUrl(r.id),
  };
}

export interface MatrixView {
  settings: { id: string; label: string }[];
  courses: { courseId: string; label: string; url: string; cells: SettingSummary[] }[];
}

/** Courses by work setting: funded, not funded, subject to review, or what it depends on. */
export function fundingMatrix(r: RuleSet): MatrixView {
  return {
    settings: Object.entries(WORK_SETTING_LABELS).map(([id, label]) => ({ id, label })),
    courses: COURSES.map((c) => ({ courseId: c.id, label: `${c.name} (${c.code})`, url: tableUrl(r.id, c.id), cells: fundingByWorkSetting(r, c.id) })),
  };
}

export interface RulesTableParams {
  /** A date (ISO string or Date): the rule set in force that day. */
  date?: string | Date;
  /** A rule set id, instead of a date. */
  ruleSet?: string;
  /** A course id: that course's full table; without it, the courses-by-setting summary. */
  course?: string;
}

export interface RulesTableView {
  ruleSet: RuleSetSummaryView;
  /** What chose the rule set, e.g. "The rules in force on 10 September 2025"; null when named by id. */
  chosenBy: string | null;
  /** Whom the summary's outcomes are for (rules-tables.ts FUNDED_PATH_ASSUMPTIONS). */
  assumptions: string;
  course: CourseTableView | null;
  matrix: MatrixView | null;
  tableUrl: string | null;
}

/** The view behind the appRulesTable macro. Errors name the parameter, the value and what would be right. */
export function rulesTableView(params: RulesTableParams): RulesTableView {
  let r: RuleSet;
  let chosenBy: string | null;
  if (params.ruleSet !== undefined) {
    const found = ruleSetById(params.ruleSet);
    if (!found) throw new Error(`appRulesTable: ruleSet "${params.ruleSet}" is not a rule set; expected one of ${RULE_SETS.map((x) => x.id).join(", ")}`);
    r = found;
    chosenBy = null;
  } else if (params.date !== undefined) {
    const iso = params.date instanceof Date ? params.date.toISOString().slice(0, 10) : String(params.date);
    try {
      r = ruleSetInForce(iso);
    } catch (error) {
      throw new Error(`appRulesTable: date ${JSON.stringify(iso)}: ${(error as Error).message}`);
    }
    chosenBy = `The rules in force on ${govukDate(iso)}`;
  } else {
    throw new Error('appRulesTable: give a date (e.g. { date: page.date }) or a ruleSet (e.g. { ruleSet: "2026-06-01" })');
  }
  if (params.course !== undefined && !COURSES.some((c) => c.id === params.course)) {
    throw new Error(`appRulesTable: course "${params.course}" is not a course; expected one of ${COURSES.map((c) => c.id).join(", ")}`);
  }
  return {
    ruleSet: ruleSetSummary(r),
    chosenBy,
    assumptions: FUNDED_PATH_ASSUMPTIONS,
    course: params.course ? courseTable(r, params.course) : null,
    matrix: params.course ? null : fundingMatrix(r),
    tableUrl: params.course ? tableUrl(r.id, params.course) : null,
  };
}

export interface RulesSiteView {
  ruleSets: RuleSetPageView[];
  latest: RuleSetSummaryView;
  tablePages: { ruleSet: RuleSetSummaryView; courseId: string; label: string; url: string }[];
  downloads: { ruleSetId: string; json: string; csv: string }[];
  changes: RuleSetChangesView[];
  /** One page per pair of rule sets, in date order, and course: its changed cells (/rules/compare/<older>/<newer>/<course>/). */
  coursePages: { pair: ComparisonView; course: RuleSetChangesView["courses"][number] }[];
  /** /rules/compare/ */
  compare: CompareIndexView;
  /** One page per ordered pair of rule sets: /rules/compare/<from>/<to>/. */
  comparisons: ComparisonView[];
}

export function rulesSiteView(): RulesSiteView {
  const comparisons = orderedPairs(RULE_SETS).map(([from, to]) => comparisonView(from, to, RULE_SETS, ruleSetSummary));
  const changes = RULE_SETS.slice(1).map((r, i) => comparisons.find((c) => c.from.id === RULE_SETS[i]!.id && c.to.id === r.id)!.changes);
  return {
    ruleSets: RULE_SETS.map(ruleSetPage),
    latest: ruleSetSummary(RULE_SETS[RULE_SETS.length - 1]!),
    tablePages: RULE_SETS.flatMap((r) => COURSES.map((c) => ({ ruleSet: ruleSetSummary(r), courseId: c.id, label: `${c.name} (${c.code})`, url: tableUrl(r.id, c.id) }))),
    downloads: RULE_SETS.map((r) => ({ ruleSetId: r.id, json: `/rules/${r.id}/eligibility.json`, csv: `/rules/${r.id}/eligibility.csv` })),
    changes,
    coursePages: comparisons.filter((c) => c.direction === "forward").flatMap((pair) => pair.changes.courses.map((course) => ({ pair, course }))),
    compare: compareIndexView(RULE_SETS, ruleSetSummary),
    comparisons,
  };
}
