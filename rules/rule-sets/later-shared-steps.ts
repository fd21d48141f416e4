// Steps the service's August 2025 and June 2026 rule sets ask in the same words: the opening checks
// (cohort, England, previous funding, EHCO), the start of the school branch, and the "another
// setting" and "other" branches. Data,
// not code: each rule set hashes the steps it gets, so a change here changes both rule sets' hashes.
// Source: funding-rules.md, rule set "2026-06-01" steps 1-4, the start of 6, 7 and 8, which "2025-08-21" shares.

import type { StepDefinition } from "../rule-set.ts";
import type { Source } from "../sources.ts";
import { EHCO, LEADING_TEACHER_DEVELOPMENT } from "./shared-conditions.ts";

type Cite = (what: string) => Source;

/** Steps 1-4 and the start of the early years branch. */
export function openingSteps(cite: Cite, unfundedCohortSource: Source): StepDefinition[] {
  return [
    {
      id: "cohort-funded",
      question: "Does the cohort have DfE scholarship funding (a full or capped funding model)?",
      rule: "A cohort with no scholarship funding (such as spring 2026) funds nobody.",
      test: { fundingModelIn: { param: "funded-cohort-models" } },
      yes: "next",
      no: { outcome: "unfunded_cohort" },
      source: unfundedCohortSource,
    },
    {
      id: "works-in-england",
      question: "Does the applicant work in England?",
      rule: "Only people working in England can be funded.",
      test: { flag: "worksInEngland" },
      yes: "next",
      no: { outcome: "not_in_england" },
      source: cite("work in England check"),
    },
    {
      id: "previously-funded",
      question: "Has the applicant already been funded for this NPQ (the ASO and the EHCO count as one)?",
      rule: "Funding is given once per NPQ: an earlier accepted, funded application that did not decline the place rules out a second.",
      test: { flag: "previouslyFunded" },
      yes: { outcome: "previously_funded" },
      no: "next",
      source: cite("previously funded check"),
    },
    {
      id: "ehco-course",
      question: "Is the course the early headship coaching offer?",
      rule: "The early headship coaching offer is decided on headship alone; no setting checks apply.",
      test: EHCO,
      yes: "next",
      no: { goTo: "early-years-setting" },
      source: cite("early headship coaching offer"),
    },
    {
      id: "ehco-new-headteacher",
      question: "Is the applicant a headteacher in the first five years of headship?",
      rule: "A new headteacher is funded for the early headship coaching offer; anyone else is not.",
      test: { flag: "newHeadteacher" },
      yes: { outcome: "funded" },
      no: { outcome: "not_new_headteacher_requesting_ehco" },
      source: cite("new headteacher check for EHCO"),
    },
    {
      id: "early-years-setting",
      question: "Does the applicant work in early years or childcare?",
      rule: "Early years and childcare settings have their own rules.",
      test: { workSettingIn: ["early_years_or_childcare"] },
      yes: "next",
      no: { goTo: "school-setting" },
      source: cite("early years or childcare work setting"),
    },
  ];
}

/** The start of step 6: a school setting needs a named institution; RISE, then the establishment type. */
export function schoolSettingSteps(cite: Cite): StepDefinition[] {
  return [
    {
      id: "school-setting",
      question: "Does the applicant work in a school, an academy trust or a 16 to 19 setting?",
      rule: "School settings are decided on the school or college the applicant works at.",
      test: { workSettingIn: { param: "school-work-settings" } },
      yes: "next",
      no: { goTo: "another-setting" },
      source: cite("school work settings"),
    },
    {
      id: "school-institution-known",
      question: "Has the applicant named the school or college they work at?",
      rule: "A school setting cannot be decided without the school or college.",
      test: { hasInstitution: true },
      yes: "next",
      no: { error: "missing_mandatory_institution", needs: "the school or college the applicant works at" },
      source: cite("institution required for school settings"),
    },
    {
      id: "school-rise",
      question: "Is the school on the RISE list?",
      rule: "A RISE school is funded for every course, before any other school check.",
      test: { onList: "rise" },
      yes: { outcome: "funded" },
      no: "next",
      source: cite("RISE schools"),
    },
    {
      id: "school-establishment-type",
      question: "Is the establishment type one of the 30 eligible state-funded types?",
      rule: "A school or college of another type (an independent school, a Welsh establishment, an unknown type) is not funded.",
      test: { establishmentTypeIn: { param: "eligible-establishment-types" } },
      yes: "next",
      no: { outcome: "ineligible_establishment_type" },
      source: cite("eligible establishment types"),
    },
  ];
}

/** The courses sent to review in step 7, as a question ("NPQH or NPQSENCO") and a list ("NPQH and NPQSENCO"). */
export interface ReviewCourses {
  readonly or: string;
  readonly and: string;
}

/** Steps 7 ("another setting": lead mentors and roles sent to review) and 8 ("other"). */
export function otherSettingSteps(cite: Cite, reviewCourses: ReviewCourses): StepDefinition[] {
  return [
    {
      id: "another-setting",
      question: "Does the applicant work in another setting (not a school or early years)?",
      rule: "Other settings are decided on the applicant's employment.",
      test: { workSettingIn: ["another_setting"] },
      yes: "next",
      no: { goTo: "other-setting" },
      source: cite("another setting"),
    },
    {
      id: "lead-mentor",
      question: "Is the applicant a lead mentor for an accredited initial teacher training provider?",
      rule: "Lead mentors are funded for NPQLTD only.",
      test: { employmentTypeIn: ["lead_mentor_for_accredited_itt_provider"] },
      yes: "next",
      no: { goTo: "review-employment-type" },
      source: cite("lead mentors"),
    },
    {
      id: "lead-mentor-course",
      question: "Is the course leading teacher development (NPQLTD)?",
      rule: "A lead mentor on any course other than NPQLTD is not funded.",
      test: LEADING_TEACHER_DEVELOPMENT,
      yes: "next",
      no: { outcome: "not_lead_mentor_course" },
      source: cite("lead mentor course"),
    },
    {
      id: "lead-mentor-approved-provider",
      question: "Is the lead mentor's initial teacher training provider approved?",
      rule: "A lead mentor is funded for NPQLTD only with an approved ITT provider.",
      test: { flag: "approvedIttProvider" },
      yes: { outcome: "funded" },
      no: { outcome: "ineligible_establishment_type" },
      source: cite("approved ITT provider"),
    },
    {
      id: "review-employment-type",
      question: "Does the applicant work in a virtual school, a hospital school, a young offender institution or as a local authority supply teacher?",
      rule: "These roles can be funded for some courses after DfE reviews the application.",
      test: { employmentTypeIn: { param: "review-employment-types" } },
      yes: "next",
      no: { outcome: "ineligible_establishment_type" },
      source: cite("employment types sent to review"),
    },
    {
      id: "review-course",
      question: `Is the course ${reviewCourses.or}?`,
      rule: `In these roles, ${reviewCourses.and} go to DfE review; other courses are not funded.`,
      test: { courseIn: { param: "review-courses" } },
      yes: { outcome: "subject_to_review" },
      no: { outcome: "ineligible_establishment_type" },
      source: cite("courses sent to review"),
    },
    {
      id: "other-setting",
      question: "Did the applicant say they work somewhere else ('other')?",
      rule: "Any other or unanswered work setting is not funded.",
      test: { workSettingIn: ["other"] },
      yes: "next",
      no: { outcome: "ineligible_establishment_type" },
      source: cite("other or missing work setting"),
    },
    {
      id: "return-to-teaching-referral",
      question: "Was the applicant referred by a return-to-teaching adviser?",
      rule: "Someone referred by a return-to-teaching adviser goes to DfE review.",
      test: { flag: "referredByReturnToTeachingAdviser" },
      yes: { outcome: "referred_by_return_to_teaching_adviser" },
      no: { outcome: "ineligible_establishment_type" },
      source: cite("return-to-teaching adviser referral"),
    },
  ];
}
