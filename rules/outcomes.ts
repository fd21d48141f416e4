// Every status a funding decision can end in, with what it means for the applicant.
// Source: funding-rules.md "Outcomes" and funding-rules-2024.md "Outcomes only this rule set has";
// the messages are the service's own words, cited at the commit where the status is first used.

import type { Source } from "./sources.ts";
import { service2025April, service2025August, serviceUnfundedCohort } from "./service-commits.ts";

export interface Outcome {
  readonly status: string;
  readonly funded: boolean;
  readonly subjectToReview: boolean;
  /** Shown to the applicant; "{course}" is replaced by the course name. */
  readonly message: string;
  /** A short plain-English label for tables. */
  readonly label: string;
  readonly source: Source;
}

const NOT_ELIGIBLE_SETTING =
  "You're not eligible for scholarship funding as you do not work in one of the eligible settings, such as state-funded schools.";
const SUBJECT_TO_REVIEW =
  "You may be eligible for scholarship funding, subject to review of your application by DfE.";

const statusMessage = (status: string) => `funding status "${status}" and its message`;

export const OUTCOMES = {
  funded: {
    status: "funded",
    funded: true,
    subjectToReview: false,
    message: "You're eligible for scholarship funding.",
    label: "Funded",
    source: service2025April(statusMessage("funded")),
  },
  subject_to_review: {
    status: "subject_to_review",
    funded: false,
    subjectToReview: true,
    message: SUBJECT_TO_REVIEW,
    label: "Subject to review by DfE",
    source: service2025August(statusMessage("subject_to_review")),
  },
  referred_by_return_to_teaching_adviser: {
    status: "referred_by_return_to_teaching_adviser",
    funded: false,
    subjectToReview: true,
    message: SUBJECT_TO_REVIEW,
    label: "Referred by a return-to-teaching adviser: subject to review",
    source: service2025April(statusMessage("referred_by_return_to_teaching_adviser")),
  },
  unfunded_cohort: {
    status: "unfunded_cohort",
    funded: false,
    subjectToReview: false,
    message: "You're not eligible for scholarship funding.",
    label: "Cohort has no scholarship funding",
    source: serviceUnfundedCohort(statusMessage("unfunded_cohort")),
  },
  not_in_england: {
    status: "not_in_england",
    funded: false,
    subjectToReview: false,
    message: "You're not eligible for scholarship funding as you do not work in England.",
    label: "Does not work in England",
    source: service2025April(statusMessage("not_in_england")),
  },
  previously_funded: {
    status: "previously_funded",
    funded: false,
    subjectToReview: false,
    message: "You have already been allocated scholarship funding for {course}.",
    label: "Already funded for this NPQ",
    source: service2025April(statusMessage("previously_funded")),
  },
  not_new_headteacher_requesting_ehco: {
    status: "not_new_headteacher_requesting_ehco",
    funded: false,
    subjectToReview: false,
    message: "You're not eligible for scholarship funding for {course}.",
    label: "Not a new headteacher (early headship coaching offer)",
    source: service2025April(statusMessage("not_new_headteacher_requesting_ehco")),
  },
  early_years_invalid_npq: {
    status: "early_years_invalid_npq",
    funded: false,
    subjectToReview: false,
    message: NOT_ELIGIBLE_SETTING,
    label: "NPQ not funded in this early years setting",
    source: service2025April(statusMessage("early_years_invalid_npq")),
  },
  not_lead_mentor_course: {
    status: "not_lead_mentor_course",
    funded: false,
    subjectToReview: false,
    message: NOT_ELIGIBLE_SETTING,
    label: "Lead mentors are funded for NPQLTD only",
    source: service2025April(statusMessage("not_lead_mentor_course")),
  },
  ineligible_establishment_type: {
    status: "ineligible_establishment_type",
    funded: false,
    subjectToReview: false,
    message: NOT_ELIGIBLE_SETTING,
    label: "Workplace is not an eligible type",
    source: service2025April(statusMessage("ineligible_establishment_type")),
  },
  ineligible_establishment_not_a_pp50: {
    status: "ineligible_establishment_not_a_pp50",
    funded: false,
    subjectToReview: false,
    message:
      "You're not eligible for scholarship funding as your workplace is not in the list of settings that are eligible for funding.",
    label: "Workplace is not on the PP50 list",
    source: service2025April(statusMessage("ineligible_establishment_not_a_pp50")),
  },
  not_entitled_childminder: {
    status: "not_entitled_childminder",
    funded: false,
    subjectToReview: false,
    message:
      "You're not eligible for scholarship funding as you or your employer is not registered on the Ofsted early years register or with a registered Childminder Agency.",
    label: "Childminder is not on the childminders list",
    source: service2025April(statusMessage("not_entitled_childminder")),
  },
  not_entitled_ey_institution: {
    status: "not_entitled_ey_institution",
    funded: false,
    subjectToReview: false,
    message:
      "You're not eligible for scholarship funding for the NPQ as your early years setting is not on the list of eligible settings.",
    label: "Early years setting is not on the eligible list",
    source: service2025April(statusMessage("not_entitled_ey_institution")),
  },
  no_institution: {
    status: "no_institution",
    funded: false,
    subjectToReview: false,
    message:
      "We could not find your workplace, so we cannot tell whether you're eligible for scholarship funding.",
    label: "Workplace not found",
    source: service2025April(statusMessage("no_institution")),
  },
  ineligible_institution_type: {
    status: "ineligible_institution_type",
    funded: false,
    subjectToReview: false,
    message: NOT_ELIGIBLE_SETTING,
    label: "Workplace is not an eligible kind of institution",
    source: service2025April(statusMessage("ineligible_institution_type")),
  },
  not_on_early_years_register: {
    status: "not_on_early_years_register",
    funded: false,
    subjectToReview: false,
    message:
      "You're not eligible for scholarship funding as your setting is not registered on the Ofsted early years register.",
    label: "Not on the Ofsted early years register",
    source: service2025April(statusMessage("not_on_early_years_register")),
  },
} as const satisfies Record<string, Outcome>;

export type Status = keyof typeof OUTCOMES;
export const STATUSES = Object.keys(OUTCOMES) as Status[];

export function isStatus(value: string): value is Status {
  return Object.hasOwn(OUTCOMES, value);
}
