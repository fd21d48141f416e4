// An oracle for the funding decision, written straight from the specification (shared/spec/
// funding-rules.md and funding-rules-2024.md) as plain if-statements, with no code of rules/: the
// tests check the rules module's tables against it, so a table row cannot pass merely because the
// module agrees with itself. It knows only the Application's fields and the spec's lists.
import type { Application } from "../../rules/index.ts";

const CODE: Record<string, string> = {
  "npq-senior-leadership": "NPQSL",
  "npq-headship": "NPQH",
  "npq-executive-leadership": "NPQEL",
  "npq-early-years-leadership": "NPQEYL",
  "npq-senco": "NPQSENCO",
  "npq-leading-teaching-development": "NPQLTD",
  "npq-leading-teaching": "NPQLT",
  "npq-leading-behaviour-culture": "NPQLBC",
  "npq-leading-literacy": "NPQLL",
  "npq-leading-primary-mathematics": "NPQLPM",
  "npq-early-headship-coaching-offer": "EHCO",
  "npq-additional-support-offer": "ASO",
};

/** The 30 eligible GIAS establishment type codes ("Vocabulary: Institution"). */
const ELIGIBLE_TYPES = new Set(["1", "2", "3", "5", "6", "7", "8", "10", "12", "14", "15", "18", "24", "26", "28", "31", "32", "33", "34", "35", "36", "38", "39", "40", "41", "42", "43", "44", "45", "46"]);
const SCHOOL_SETTINGS = new Set(["a_school", "an_academy_trust", "a_16_to_19_educational_setting"]);
const REVIEW_EMPLOYMENT = new Set(["local_authority_virtual_school", "hospital_school", "young_offender_institution", "local_authority_supply_teacher"]);

export type SpecOutcome = string;

const on = (app: Application, list: string) => Boolean(app.institution?.lists.includes(list as never));
const isLaNurserySchool = (app: Application) => app.institution?.kind === "school" && app.institution.establishmentTypeCode === "15";
const pp50 = (app: Application) => on(app, app.workSetting === "a_16_to_19_educational_setting" ? "pp50-further-education" : "pp50-schools");
const MISSING = "error:missing_mandatory_institution";

/** Rule sets "2025-08-21" and "2026-06-01" (funding-rules.md). */
function later(ruleSet: "2025-08-21" | "2026-06-01", app: Application): SpecOutcome {
  const course = CODE[app.course]!;
  const june2026 = ruleSet === "2026-06-01";
  if (app.cohort.funding === "zero") return "unfunded_cohort";
  if (!app.worksInEngland) return "not_in_england";
  if (app.previouslyFunded) return "previously_funded";
  if (course === "EHCO") return app.newHeadteacher ? "funded" : "not_new_headteacher_requesting_ehco";
  const setting = app.workSetting;
  if (setting === "early_years_or_childcare") {
    if (june2026) {
      if (course === "NPQEYL") {
        if (app.kindOfNursery !== "childminder") return "funded";
        return on(app, "childminders") ? "funded" : "not_entitled_childminder";
      }
      return isLaNurserySchool(app) && ["NPQSENCO", "NPQH", "NPQSL"].includes(course) ? "funded" : "early_years_invalid_npq";
    }
    if (isLaNurserySchool(app)) {
      if (!["NPQSENCO", "NPQH", "NPQEYL"].includes(course)) return "early_years_invalid_npq";
      return on(app, "la-disadvantaged-nurseries") ? "funded" : "ineligible_establishment_type";
    }
    if (app.kindOfNursery === "childminder") {
      if (course !== "NPQEYL") return "early_years_invalid_npq";
      if (!app.institution) return MISSING;
      return on(app, "childminders") ? "funded" : "not_entitled_childminder";
    }
    if (course !== "NPQEYL") return "early_years_invalid_npq";
    if (!app.institution) return MISSING;
    return on(app, "disadvantaged-early-years") ? "funded" : "not_entitled_ey_institution";
  }
  if (setting !== null && SCHOOL_SETTINGS.has(setting)) {
    if (!app.institution) return MISSING;
    if (on(app, "rise")) return "funded";
    if (!ELIGIBLE_TYPES.has(app.institution.establishmentTypeCode ?? "")) return "ineligible_establishment_type";
    if (june2026 && course === "NPQEYL") return "funded";
    const pp50Only = june2026 ? ["NPQLPM", "NPQLBC", "NPQLL", "NPQLT", "NPQLTD", "NPQEL"] : ["NPQLPM", "NPQLBC", "NPQLL", "NPQLT", "NPQLTD", "NPQSL", "NPQEL", "NPQEYL"];
    if (pp50Only.includes(course)) return pp50(app) ? "funded" : "ineligible_establishment_not_a_pp50";
    return "funded";
  }
  if (setting === "another_setting") {
    if (app.employmentType === "lead_mentor_for_accredited_itt_provider") {
      if (course !== "NPQLTD") return "not_lead_mentor_course";
      return app.approvedIttProvider ? "funded" : "ineligible_establishment_type";
    }
    const reviewCourses = june2026 ? ["NPQH", "NPQSENCO", "NPQSL"] : ["NPQH", "NPQSENCO"];
    if (app.employmentType && REVIEW_EMPLOYMENT.has(app.employmentType) && reviewCourses.includes(course)) return "subject_to_review";
    return "ineligible_establishment_type";
  }
  if (setting === "other") return app.referredByReturnToTeachingAdviser ? "referred_by_return_to_teaching_adviser" : "ineligible_establishment_type";
  return "ineligible_establishment_type";
}

/** Rule set "2025-04-02" (funding-rules-2024.md). */
function april2025(app: Application): SpecOutcome {
  const course = CODE[app.course]!;
  const pp50Only = ["NPQLL", "NPQLBC", "NPQLTD", "NPQLT", "NPQSL", "NPQEL", "NPQEYL"];
  const laNurseryApproved = ["NPQSENCO", "NPQLPM", "NPQH"];
  if (app.approvedIttProvider && course !== "NPQLPM" && course !== "NPQSENCO") {
    if (course === "NPQLTD") return app.previouslyFunded ? "previously_funded" : "funded";
    return "not_lead_mentor_course";
  }
  if (!app.worksInEngland) return "not_in_england";
  const institution = app.institution;
  if (!institution) {
    if (course === "EHCO" && !app.newHeadteacher) return "ineligible_institution_type";
    if (app.referredByReturnToTeachingAdviser) return "referred_by_return_to_teaching_adviser";
    if (app.employmentType && REVIEW_EMPLOYMENT.has(app.employmentType)) return "no_institution";
    if (app.workSetting === "other") return "ineligible_institution_type";
    if (app.previouslyFunded) return "previously_funded";
    return "not_on_early_years_register";
  }
  if (app.previouslyFunded) return "previously_funded";
  if (institution.kind === "school") {
    if (on(app, "la-disadvantaged-nurseries")) return "funded";
    if (course === "NPQEYL" && !on(app, "disadvantaged-early-years") && !on(app, "pp50-schools")) return "not_entitled_ey_institution";
    if (course === "EHCO" && !app.newHeadteacher) return "not_new_headteacher_requesting_ehco";
    if (course !== "NPQEYL") {
      if (isLaNurserySchool(app) && laNurseryApproved.includes(course)) return "funded";
      if (pp50Only.includes(course) && !pp50(app)) return "ineligible_establishment_not_a_pp50";
      if (!ELIGIBLE_TYPES.has(institution.establishmentTypeCode ?? "")) return "ineligible_establishment_type";
    }
    return "funded";
  }
  if (institution.kind === "private_childcare_provider") {
    const childminder = app.kindOfNursery === "childminder";
    if (course === "NPQEYL" && !on(app, "disadvantaged-early-years") && !childminder) return "not_entitled_ey_institution";
    if (course !== "NPQEYL") return "early_years_invalid_npq";
    if (!on(app, "early-years-register")) return "not_on_early_years_register";
    if (childminder && !on(app, "childminders")) return "not_entitled_childminder";
    return "funded";
  }
  return "funded"; // a local authority, for any course
}

/** What the specification says an application's outcome is under a rule set. */
export function specOutcome(ruleSet: string, app: Application): SpecOutcome {
  if (ruleSet === "2025-04-02") return april2025(app);
  if (ruleSet === "2025-08-21" || ruleSet === "2026-06-01") return later(ruleSet, app);
  throw new Error(`the specification has no rule set ${ruleSet}`);
}
