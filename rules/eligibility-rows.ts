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

/** Every application the table considers for one rule set, most typical first within each path. */
function* candidates(ruleSet: RuleSet): Generator<Application> {
  const cohortId = COHORT_BY_RULE_SET[ruleSet.id] ?? ruleSet.validFrom.slice(0, 4) + "b";
  const settings: readonly (WorkSetting | null)[] = [...WORK_SETTINGS, null];
  for (const course of COURSE_IDS) {
    for (const workSetting of settings) {
      // Kinds of nursery go with early years, employment types with another setting (funding-rules.md).
      const nurseries = workSetting === "early_years_or_childcare" ? [null, ...KINDS_OF_NURSERY] : [null];
      const employments = workSetting === "another_setting" ? [null, ...EMPLOYMENT_TYPES] : [null];
      for (const funding of ["full", "zero"] as const) {
        for (const worksInEngland of [true, false]) {
          for (const previouslyFunded of [false, true]) {
            for (const institution of SAMPLE_INSTITUTIONS) {
              for (const kindOfNursery of nurseries) {
                for (const employmentType of employments) {
                  // The service sets approvedIttProvider only for lead mentors (funding-rules-2024.md).
                  const itt = employmentType === "lead_mentor_for_accredited_itt_provider" ? [true, false] : [false];
                  for (const approvedIttProvider of itt) {
                    for (const referredByReturnToTeachingAdviser of [false, true]) {
                      for (const newHeadteacher of [false, true]) {
                        yield {
                          ruleSet: ruleSet.id,
                          course,
                          cohort: { id: cohortId, funding },
                          worksInEngland,
                          previouslyFunded,
                          workSetting,
                          kindOfNursery,
                          institution,
                          employmentType,
                          approvedIttProvider,
                          referredByReturnToTeachingAdviser,
                          newHeadteacher,
                        };
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
  for (const application of candidates(ruleSet)) {
    const trace: TraceEntry[] = [];
    const branch = walk(ruleSet, application, trace);
    const key = `${application.course}|${application.workSetting}|${trace.map((t) => `${t.step}:${t.answer}`).join(",")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (branch.kind === 2) {
      undecided.push({ application, error: "missing_mandatory_institution", path: pathOf(trace) });
      continue;
    }
    rows.push({
      application,
      status: branch.status!,
      funded: branch.outcome!.funded,
      subjectToReview: branch.outcome!.subjectToReview,
      path: pathOf(trace),
    });
  }
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
