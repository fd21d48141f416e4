// The catalogue as the site shows it: every field of every qualification as lines of text, each with
// its citation, or "not stated in the sources". Computed here so the templates only format.
import {
  describeComponent,
  describeFigure,
  describeLength,
  describeStatus,
  factsOf,
  isStated,
  NOT_STATED,
  qualificationById,
  qualificationsByGroup,
  QUALIFICATIONS,
  scopeLabel,
  type Fact,
  type Field,
  type Qualification,
  type QualificationId,
} from "../../catalogue/index.ts";
import { alsoCiting, formatDate, RULE_SETS, serviceCommitsCitedBy, serviceFile } from "../../rules/index.ts";
import type { Source } from "../../rules/sources.ts";
import { lowerFirst } from "../../rules/words.ts";
import { FUNDED_PATH_ASSUMPTIONS, fundingByWorkSetting, type SettingSummary } from "./rules-tables.ts";

export interface CitedLine {
  text: string;
  source: Source;
  /** Whose programme or figures these are, when a source speaks for one provider. */
  scope?: string;
  /** The short phrase of the source the fact rests on. */
  evidence: string;
}

export interface FieldView {
  id: string;
  heading: string;
  notStated: boolean;
  lines: CitedLine[];
  /** The course sequence, when the field is one. */
  sequences?: { source: Source; scope?: string; evidence: string; courses: { position: number; title: string; strand?: string }[] }[];
}

/** Funding by work setting under the latest rule set: the last in RULE_SETS, never the build's clock. */
export interface FundingView {
  ruleSetId: string;
  ruleSetUrl: string;
  inForce: string;
  /** Whom the outcomes are for (rules-tables.ts FUNDED_PATH_ASSUMPTIONS). */
  assumptions: string;
  tableUrl: string | null;
  settings: SettingSummary[];
  /** Set when the qualification has no course in the funding rules; then nothing of the rules is cited. */
  noCourse: string | null;
  /** The service's code the rule set rests on: its file at each commit the rule set's steps cite. */
  serviceSources: Source[];
}

export interface QualificationView {
  id: string;
  code: string;
  name: string;
  slug: string;
  kind: string;
  courseId: string | null;
  summary: string;
  fields: FieldView[];
  funding: FundingView;
}

const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/**
 * A qualification named mid-sentence: by what it is called where it has such a name ("the NPQ for
 * SENCOs", never its holder's role), else "the special educational needs co-ordinator NPQ (NPQSENCO)",
 * "the NASENCo".
 */
const nameOf = (id: string) => {
  const q = qualificationById(id as QualificationId);
  if (!q) return id;
  if (q.called) return q.called;
  return q.kind.startsWith("npq-") ? `${lowerFirst(q.name)} NPQ (${q.code})` : q.name;
};

/** A fact's citation as shown: its section, then any other section its wording joins. */
const citedSource = (f: Fact<unknown>): Source => (f.alsoCites?.length ? alsoCiting(f.source, ...f.alsoCites.map((c) => c.source)) : f.source);

function lines<T>(field: Field<T>, describe: (value: T) => string): CitedLine[] {
  return factsOf(field).map((f: Fact<T>) => {
    const scope = scopeLabel(f);
    return { text: sentenceCase(describe(f.value)), source: citedSource(f), evidence: f.evidence, ...(scope ? { scope } : {}) };
  });
}

function fieldView<T>(id: string, heading: string, field: Field<T>, describe: (value: T) => string): FieldView {
  return { id, heading, notStated: !isStated(field), lines: lines(field, describe) };
}


export function fundingView(courseId: string | null): FundingView {
  const latest = RULE_SETS[RULE_SETS.length - 1]!;
  const base = {
    ruleSetId: latest.id,
    ruleSetUrl: `/rules/${latest.id}/`,
    inForce: `in force from ${formatDate(latest.validFrom)}`,
    assumptions: FUNDED_PATH_ASSUMPTIONS,
  };
  if (courseId === null) {
    // Neither the funding rules nor the seeds say anything about funding this qualification, so the
    // page cites nothing of the rules for it.
    return { ...base, tableUrl: null, settings: [], noCourse: `Not a course in the funding rules: its funding is ${NOT_STATED}.`, serviceSources: [] };
  }
  return {
    ...base,
    tableUrl: `/rules/${latest.id}/${courseId}/`,
    settings: fundingByWorkSetting(latest, courseId),
    noCourse: null,
    serviceSources: serviceCommitsCitedBy(latest).map(serviceFile),
  };
}

export function qualificationView(q: Qualification): QualificationView {
  const sequence: FieldView = {
    id: "course-sequence",
    heading: "Course sequence",
    notStated: !isStated(q.courseSequence),
    lines: [],
    sequences: factsOf(q.courseSequence).map((f) => {
      const scope = scopeLabel(f);
      return { source: citedSource(f), evidence: f.evidence, courses: f.value.map((c) => ({ ...c })), ...(scope ? { scope } : {}) };
    }),
  };
  return {
    id: q.id,
    code: q.code,
    name: q.name,
    slug: q.slug,
    kind: q.kind,
    courseId: q.courseId,
    summary: factsOf(q.summary)[0]?.value ?? NOT_STATED,
    fields: [
      fieldView("what-it-is", "What it is", q.summary, (v) => v),
      fieldView("who-it-is-for", "Who it is for", q.audience, (v) => v),
      fieldView("length", "How long it lasts", q.length, describeLength),
      fieldView("components", "Programme components", q.components, describeComponent),
      sequence,
      fieldView("provider-figures", "One provider's figures", q.providerFigures, describeFigure),
      fieldView("status", "Status and dates", q.status, (s) => describeStatus(s, nameOf)),
    ],
    funding: fundingView(q.courseId),
  };
}

export function catalogueView() {
  return {
    notStated: NOT_STATED,
    qualifications: QUALIFICATIONS.map(qualificationView),
    groups: qualificationsByGroup().map((g) => ({ kind: g.kind, heading: g.heading, qualifications: g.qualifications.map(qualificationView) })),
  };
}
