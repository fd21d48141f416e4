// The answers an application can give, as the service names them.
// Source: funding-rules.md "Vocabulary" and decision-io.md "Application".

export const WORK_SETTINGS = [
  "a_school",
  "an_academy_trust",
  "a_16_to_19_educational_setting",
  "early_years_or_childcare",
  "another_setting",
  "other",
] as const;
export type WorkSetting = (typeof WORK_SETTINGS)[number];

export const KINDS_OF_NURSERY = [
  "local_authority_maintained_nursery",
  "preschool_class_as_part_of_school",
  "childminder",
  "private_nursery",
  "another_early_years_setting",
] as const;
export type KindOfNursery = (typeof KINDS_OF_NURSERY)[number];

export const EMPLOYMENT_TYPES = [
  "lead_mentor_for_accredited_itt_provider",
  "local_authority_virtual_school",
  "hospital_school",
  "young_offender_institution",
  "local_authority_supply_teacher",
  "other",
] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const FUNDING_MODELS = ["full", "capped", "zero"] as const;
export type FundingModel = (typeof FUNDING_MODELS)[number];

export const INSTITUTION_KINDS = ["school", "private_childcare_provider", "local_authority"] as const;
export type InstitutionKind = (typeof INSTITUTION_KINDS)[number];

export const ELIGIBILITY_LISTS = [
  "pp50-schools",
  "pp50-further-education",
  "rise",
  "childminders",
  "la-disadvantaged-nurseries",
  "disadvantaged-early-years",
  "early-years-register",
] as const;
export type EligibilityList = (typeof ELIGIBILITY_LISTS)[number];

/** Cohort ids name a year and a half: "2024b" is autumn 2024, "2025a" spring 2025. */
export const COHORT_ID_PATTERN = /^(\d{4})([ab])$/;

/** GIAS establishment type codes are small whole numbers written as strings ("1", "15", "46"). */
export const ESTABLISHMENT_TYPE_CODE_PATTERN = /^\d{1,3}$/;
