// The rows of a rule set's eligibility table: every distinct path through the rule set for every
// course and work setting, found by deciding over the inputs that tell outcomes apart. The site
// prints these; they are computed from the rules, never typed.

import type { Application, Institution } from "./application.ts";
import { COURSE_IDS } from "./courses.ts";
import { walk } from "./decide.ts";
import type { Status } from "./outcomes.ts";
import type { RuleSet, TraceEntry } from "./rule-set.ts";
import { EMPLOYMENT_TYPES, KINDS_OF_NURSERY, WORK_SETTINGS, type EligibilityList, type WorkSetting } from "./vocabulary.ts";

export interface EligibilityRow {
  /** A valid decision-io application (with ruleSet) that takes this path. */
  readonly application: Application;
  readonly status: Status;
  readonly funded: boolean;
  readonly subjectToReview: boolean;
  readonly path: readonly { readonly step: string; readonly answer: "yes" | "no" }[];
}

/** Applications that end in missing_mandatory_institution: listed apart, they are not outcomes. */
export interface UndecidedRow {
  readonly application: Application;
  readonly error: "missing_mandatory_institution";
  readonly path: readonly { readonly step: string; readonly answer: "yes" | "no" }[];
}

const school = (establishmentTypeCode: string | null, lists: readonly EligibilityList[]): Institution => ({
  kind: "school",
  urn: "100000",
  ukprn: null,
  establishmentTypeCode,
  lists,
});

/** Institutions that differ in every fact a rule set reads: kind, type (eligible, 15, ineligible, unknown) and each list. */
export const SAMPLE_INSTITUTIONS: readonly (Institution | null)[] = [
  school("1", []),
  school("1", ["pp50-schools"]),
  school("18", ["pp50-further-education"]),
  school("1", ["rise"]),
  school("11", ["rise"]),
  school("15", []),
  school("15", ["la-disadvantaged-nurseries"]),
  school("11", []),
  school("11", ["pp50-schools"]),
  school("1", ["disadvantaged-early-years"]),
  school(null, []),
  null,
  { kind: "private_childcare_provider", urn: "EY100000", ukprn: null, establishmentTypeCode: null, lists: [] },
  { kind: "private_childcare_provider", urn: "EY100000", ukprn: null, establishmentTypeCode: null, lists: ["early-years-register"] },
  { kind: "private_childcare_provider", urn: "EY100000", ukprn: null, establishmentTypeCode: null, lists: ["disadvantaged-early-years"] },
  { kind: "private_childcare_provider", urn: "EY100000", ukprn: null, establishmentTypeCode: null, lists: ["disadvantaged-early-years", "early-years-register"] },
  { kind: "private_childcare_provider", urn: "EY100000", ukprn: null, establishmentTypeCode: null, lists: ["childminders"] },
  { kind: "private_childcare_provider", urn: "EY100000", ukprn: null, establishmentTypeCode: null, lists: ["childminders", "early-years-register"] },
  { kind: "local_authority", urn: null, ukprn: null, establishmentTypeCode: null, lists: [] },
];

const COHORT_BY_RULE_SET: Readonly<Record<string, string>> = { "2025-04-02": "2025b", "2025-08-21": "2025b", "2026-06-01": "2026b" };

/**
 * Call `visit` with every application the table considers for one rule set, most typical first within
 * each path. The same object is passed each time with its fields changed (about 100,000 candidates per
 * rule set, almost all of them on a path already seen): `visit` copies the ones it keeps.
 */
function forEachCandidate(ruleSet: RuleSet, visit: (application: Application) => void): void {
  const cohortId = COHORT_BY_RULE_SET[ruleSet.id] ?? ruleSet.validFrom.slice(0, 4) + "b";
  const settings: readonly (WorkSetting | null)[] = [...WORK_SETTINGS, null];
  const a: { -readonly [K in keyof Application]: Application[K] } = {
    ruleSet: ruleSet.id,
    course: COURSE_IDS[0]!,
    cohort: { id: cohortId, funding: "full" },
    worksInEngland: true,
    previouslyFunded: false,
    workSetting: null,
    kindOfNursery: null,
    institution: null,
    employmentType: null,
    approvedIttProvider: false,
    referredByReturnToTeachingAdviser: false,
    newHeadteacher: false,
  };
  const cohorts = (["full", "zero"] as const).map((funding) => ({ id: cohortId, funding }));
  for (const course of COURSE_IDS) {
    a.course = course;
    for (const workSetting of settings) {
      a.workSetting = workSetting;
      // Kinds of nursery go with early years, employment types with another setting (funding-rules.md).
      const nurseries = workSetting === "early_years_or_childcare" ? [null, ...KINDS_OF_NURSERY] : [null];
      const employments = workSetting === "another_setting" ? [null, ...EMPLOYMENT_TYPES] : [null];
      for (const cohort of cohorts) {
        a.cohort = cohort;
        for (const worksInEngland of [true, false]) {
          a.worksInEngland = worksInEngland;
          for (const previouslyFunded of [false, true]) {
            a.previouslyFunded = previouslyFunded;
            for (const institution of SAMPLE_INSTITUTIONS) {
              a.institution = institution;
              for (const kindOfNursery of nurseries) {
                a.kindOfNursery = kindOfNursery;
                for (const employmentType of employments) {
                  a.employmentType = employmentType;
                  // The service sets approvedIttProvider only for lead mentors (funding-rules-2024.md).
                  const itt = employmentType === "lead_mentor_for_accredited_itt_provider" ? [true, false] : [false];
                  for (const approvedIttProvider of itt) {
                    a.approvedIttProvider = approvedIttProvider;
                    for (const referredByReturnToTeachingAdviser of [false, true]) {
                      a.referredByReturnToTeachingAdviser = referredByReturnToTeachingAdviser;
                      for (const newHeadteacher of [false, true]) {
                        a.newHeadteacher = newHeadteacher;
                        visit(a);
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

function pathOf(trace: readonly TraceEntry[]) {
  return trace.map((t) => ({ step: t.step, answer: t.answer }));
}

function enumerate(ruleSet: RuleSet): { rows: EligibilityRow[]; undecided: UndecidedRow[] } {
  const rows: EligibilityRow[] = [];
  const undecided: UndecidedRow[] = [];
  const seen = new Set<string>();
  // A path is the sequence of (step, answer) entries walked; each entry is one shared object, so its
  // position in the engine's entry table names it in the key without building strings per step.
  const entryIndex = new Map<TraceEntry, number>(ruleSet.engine.entries.map((e, i) => [e, i]));
  const trace: TraceEntry[] = [];
  forEachCandidate(ruleSet, (candidate) => {
    trace.length = 0;
    const branch = walk(ruleSet, candidate, trace);
    let key = `${candidate.course}|${candidate.workSetting}|`;
    for (const t of trace) key += `${entryIndex.get(t)},`;
    if (seen.has(key)) return;
    seen.add(key);
    const application: Application = { ...candidate, cohort: { ...candidate.cohort } };
    if (branch.kind === 2) {
      undecided.push({ application, error: "missing_mandatory_institution", path: pathOf(trace) });
      return;
    }
    rows.push({
      application,
      status: branch.status!,
      funded: branch.outcome!.funded,
      subjectToReview: branch.outcome!.subjectToReview,
      path: pathOf(trace),
    });
  });
  return { rows, undecided };
}

const cache = new Map<RuleSet, ReturnType<typeof enumerate>>();

function cached(ruleSet: RuleSet) {
  let e = cache.get(ruleSet);
  if (!e) {
    e = enumerate(ruleSet);
    cache.set(ruleSet, e);
  }
  return e;
}

/** Every distinct path per course and work setting, with one application that takes it. */
export function eligibilityRows(ruleSet: RuleSet): readonly EligibilityRow[] {
  return cached(ruleSet).rows;
}

/** The paths that end in missing_mandatory_institution (an error, so not in eligibilityRows). */
export function missingInstitutionRows(ruleSet: RuleSet): readonly UndecidedRow[] {
  return cached(ruleSet).undecided;
}
