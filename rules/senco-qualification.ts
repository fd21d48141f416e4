// The SENCO qualification requirement. Seed 001: the NASENCo is mandatory for new SENCOs in
// maintained schools, academies and free schools, completed within three years of appointment, for a
// qualified teacher (QTS or QTLS). Seed 002 "SENCO NPQ": the NPQ for SENCOs has been the mandatory
// qualification since 1 September 2024. Which qualification satisfies the requirement depends on dates.

import { addMonths, isIsoDate } from "./dates.ts";
import { RulesError } from "./errors.ts";
import { defineFlow, flowOutcomes, runFlow, type FlowOutcomeWords, type FlowTraceEntry } from "./flow.ts";
import { parameterValueAt, type Parameter } from "./parameters.ts";
import { seedSection } from "./sources.ts";

export const SENCO_QUALIFICATIONS = ["nasenco", "npq-senco"] as const;
export type SencoQualificationKind = (typeof SENCO_QUALIFICATIONS)[number];

export const SENCO_SETTINGS = ["maintained_school", "academy", "free_school", "other"] as const;
export type SencoSetting = (typeof SENCO_SETTINGS)[number];

const seed001 = seedSection("seed-001", "Key Aspects of NASENCo");
const seed002 = seedSection("seed-002", "SENCO NPQ");

/** The mandatory SENCO qualification, by date. */
export const MANDATORY_SENCO_QUALIFICATION: Parameter = {
  id: "mandatory-senco-qualification",
  description: "The qualification a new SENCO must complete",
  vocabulary: "senco-qualification",
  values: {
    // The NASENCo requirement dates from the SENCO regulations of 1 September 2009; seed 001 states
    // the requirement but not its start, so this date is an assumption (see the report).
    "2009-09-01": { value: ["nasenco"], source: seed001 },
    "2024-09-01": { value: ["npq-senco"], source: seed002 },
  },
};

/**
 * Whether each date of MANDATORY_SENCO_QUALIFICATION is stated by its source or assumed: seed 001 gives
 * no start for the NASENCo requirement (see above); seed 002 dates the NPQ for SENCOs.
 */
export const MANDATORY_SENCO_QUALIFICATION_DATED_BY: Readonly<Record<string, "source" | "assumed">> = {
  "2009-09-01": "assumed",
  "2024-09-01": "source",
};

/** The qualifications in words. */
export const SENCO_QUALIFICATION_WORDS: Readonly<Record<SencoQualificationKind, string>> = {
  nasenco: "the National Award for SEN Co-ordination (NASENCo)",
  "npq-senco": "the NPQ for SENCOs",
};

/** The settings in words. */
export const SENCO_SETTING_WORDS: Readonly<Record<SencoSetting, string>> = {
  maintained_school: "a maintained school",
  academy: "an academy",
  free_school: "a free school",
  other: "another setting",
};

export const SENCO_RULES = {
  /** Seed 001: "completion within three years of appointment". */
  monthsToComplete: 36,
  settings: ["maintained_school", "academy", "free_school"] as readonly SencoSetting[],
} as const;

export interface SencoQualificationInput {
  /** When the applicant was appointed SENCO. */
  readonly appointedOn: string;
  /** First appointment as a SENCO (the requirement is for new SENCOs). */
  readonly newToRole: boolean;
  readonly setting: SencoSetting;
  readonly qualifiedTeacher: "qts" | "qtls" | "none";
  readonly qualifications: readonly { readonly kind: SencoQualificationKind; readonly completedOn: string }[];
  /** The date the requirement is judged on. */
  readonly asOf: string;
}

export type SencoOutcome =
  | "not_required_setting"
  | "not_a_qualified_teacher"
  | "not_required_existing_senco"
  | "qualified"
  | "qualified_late"
  | "due"
  | "overdue";

/** What each outcome means, in a policy reader's words. */
export const SENCO_OUTCOME_WORDS: Readonly<Record<SencoOutcome, FlowOutcomeWords>> = {
  not_required_setting: { label: "Not required in this setting", meaning: "The mandatory qualification applies only to SENCOs in maintained schools, academies and free schools." },
  not_a_qualified_teacher: { label: "Not a qualified teacher", meaning: "A SENCO must be a qualified teacher, with QTS or QTLS." },
  not_required_existing_senco: { label: "Not required: not a new SENCO", meaning: "The qualification is mandatory for new SENCOs; this is not the applicant's first appointment as a SENCO." },
  qualified: { label: "Qualified", meaning: "Completed the mandatory qualification within three years of appointment." },
  qualified_late: { label: "Qualified late", meaning: "Completed the mandatory qualification, but more than three years after appointment." },
  due: { label: "Due", meaning: "Not completed yet, and still within three years of appointment." },
  overdue: { label: "Overdue", meaning: "Not completed, and more than three years have passed since appointment." },
};

/** A qualification satisfies the requirement if mandatory on the appointment date or on the day it was completed. */
export function satisfies(kind: SencoQualificationKind, completedOn: string, appointedOn: string): boolean {
  const onDate = (d: string) => {
    try {
      return parameterValueAt(MANDATORY_SENCO_QUALIFICATION, d).value.includes(kind);
    } catch {
      return false;
    }
  };
  return onDate(appointedOn) || onDate(completedOn);
}

const deadlineOf = (i: SencoQualificationInput) => addMonths(i.appointedOn, SENCO_RULES.monthsToComplete);
const satisfying = (i: SencoQualificationInput) =>
  i.qualifications.filter((q) => q.completedOn <= i.asOf && satisfies(q.kind, q.completedOn, i.appointedOn));

export const SENCO_STEPS = defineFlow<SencoQualificationInput, SencoOutcome>("SENCO qualification", [
  {
    id: "senco-setting",
    question: "Is the SENCO in a maintained school, an academy or a free school?",
    rule: "The mandatory qualification applies to SENCOs in maintained schools, academies and free schools.",
    source: seed001,
    test: (i) => SENCO_RULES.settings.includes(i.setting),
    yes: "next",
    no: { outcome: "not_required_setting" },
  },
  {
    id: "qualified-teacher",
    question: "Is the SENCO a qualified teacher (QTS or QTLS)?",
    rule: "A SENCO must be a qualified teacher with QTS or QTLS.",
    source: seed001,
    test: (i) => i.qualifiedTeacher !== "none",
    yes: "next",
    no: { outcome: "not_a_qualified_teacher" },
  },
  {
    id: "new-senco",
    question: "Is this the applicant's first appointment as a SENCO?",
    rule: "The qualification is mandatory for new SENCOs.",
    source: seed001,
    test: (i) => i.newToRole,
    yes: "next",
    no: { outcome: "not_required_existing_senco" },
  },
  {
    id: "holds-qualification",
    question: "Has the SENCO completed the mandatory qualification (the NASENCo before 1 September 2024, the NPQ for SENCOs from then)?",
    rule: "The qualification mandatory on the appointment date satisfies the requirement, and so does the one mandatory when it was completed.",
    source: seed002,
    test: (i) => satisfying(i).length > 0,
    yes: "next",
    no: { goTo: "within-three-years" },
  },
  {
    id: "completed-in-time",
    question: "Was it completed within three years of appointment?",
    rule: "The qualification must be completed within three years of appointment.",
    source: seed001,
    test: (i) => satisfying(i).some((q) => q.completedOn <= deadlineOf(i)),
    yes: { outcome: "qualified" },
    no: { outcome: "qualified_late" },
  },
  {
    id: "within-three-years",
    question: "Is it still within three years of appointment?",
    rule: "A new SENCO has three years from appointment to complete the qualification.",
    source: seed001,
    test: (i) => i.asOf <= deadlineOf(i),
    yes: { outcome: "due" },
    no: { outcome: "overdue" },
  },
]);

export const SENCO_OUTCOMES: readonly SencoOutcome[] = flowOutcomes(SENCO_STEPS);

export interface SencoQualificationResult {
  readonly outcome: SencoOutcome;
  /** The qualification mandatory on the appointment date. */
  readonly requiredQualification: SencoQualificationKind;
  /** Last day to complete it. */
  readonly deadline: string;
  readonly trace: readonly FlowTraceEntry[];
}

export function sencoQualification(input: SencoQualificationInput): SencoQualificationResult {
  for (const [field, value] of [["appointedOn", input.appointedOn], ["asOf", input.asOf]] as const) {
    if (!isIsoDate(value)) throw new RulesError("invalid_input", `${field} ${JSON.stringify(value)} is not a date; expected YYYY-MM-DD`);
  }
  input.qualifications.forEach((q, n) => {
    if (!isIsoDate(q.completedOn)) throw new RulesError("invalid_input", `qualifications[${n}].completedOn ${JSON.stringify(q.completedOn)} is not a date; expected YYYY-MM-DD`);
  });
  // Throws no_parameter_value for an appointment before the requirement existed.
  const required = parameterValueAt(MANDATORY_SENCO_QUALIFICATION, input.appointedOn).value[0] as SencoQualificationKind;
  const { outcome, trace } = runFlow(SENCO_STEPS, input);
  return { outcome, requiredQualification: required, deadline: deadlineOf(input), trace };
}
