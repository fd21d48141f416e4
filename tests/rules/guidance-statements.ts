// What the guidance seeds say about who is funded or eligible, as a table a policy reader can review:
// each statement quoted (a short phrase, checked to be in its section), whom it speaks of, and what it
// says they get. tests/rules/guidance-differences.test.ts runs every statement against every rule set.
//
// Whom a statement speaks of is a set of people: a course, a workplace from WORKPLACES (each with what
// the guidance reads about it: a publicly funded school? in the top 50% for pupil premium? ...), and,
// for the headship offers, a person from PEOPLE. `expects` says what the statement gives them:
// "funded", "not funded", or null where the statement says nothing about them. A statement that only
// says who is funded ("is available to") never says "not funded", and one that only restricts ("must
// meet all the following criteria") never says "funded".
import type { Application, CourseId, NpqhStage } from "../../rules/index.ts";
import { seedSection, type Source } from "../../rules/index.ts";

export type Expectation = "funded" | "not funded" | null;

/** Where someone works: the application's facts, and what the guidance reads about the place. */
export interface Workplace {
  readonly id: string;
  readonly words: string;
  readonly application: Pick<Application, "workSetting" | "kindOfNursery" | "employmentType" | "institution" | "approvedIttProvider" | "referredByReturnToTeachingAdviser">;
  /** A publicly (state-) funded school, including a local authority nursery school and a school's pre-school class. */
  readonly publiclyFundedSchool: boolean;
  /** A state-funded 16 to 19 organisation. */
  readonly stateFunded16To19: boolean;
  /** One of "the 50% of schools with the highest proportion of students who attract pupil premium", or a 16 to 19 setting "identified as having high disadvantage". */
  readonly topHalfForDisadvantage: boolean;
  /** A "highly disadvantaged early years setting". */
  readonly highlyDisadvantagedEarlyYears: boolean;
  /** The roles seed 002 names for the three NPQs besides schools. */
  readonly publicRole: "hospital school" | "young offender institution" | "virtual school" | "local authority staff" | null;
  /** A lead mentor for an accredited initial teacher training provider. */
  readonly leadMentorAccredited: boolean;
}

const school = (type: string, lists: NonNullable<Application["institution"]>["lists"] = []): Application["institution"] => ({
  kind: "school",
  urn: "100000",
  ukprn: null,
  establishmentTypeCode: type,
  lists,
});
const childcare = (lists: NonNullable<Application["institution"]>["lists"]): Application["institution"] => ({
  kind: "private_childcare_provider",
  urn: "EY100000",
  ukprn: null,
  establishmentTypeCode: null,
  lists,
});
const LOCAL_AUTHORITY: Application["institution"] = { kind: "local_authority", urn: null, ukprn: null, establishmentTypeCode: null, lists: [] };

const NOTHING = {
  publiclyFundedSchool: false,
  stateFunded16To19: false,
  topHalfForDisadvantage: false,
  highlyDisadvantagedEarlyYears: false,
  publicRole: null,
  leadMentorAccredited: false,
} as const;
const at = (
  workSetting: Application["workSetting"],
  institution: Application["institution"],
  more: Partial<Workplace["application"]> = {},
): Workplace["application"] => ({
  workSetting,
  kindOfNursery: null,
  employmentType: null,
  institution,
  approvedIttProvider: false,
  referredByReturnToTeachingAdviser: false,
  ...more,
});

/**
 * The workplaces the statements are tried in: every kind of place the guidance names, and the places
 * it does not, each as the service's application would describe it (funding-rules.md "Vocabulary").
 * GIAS type 1 is a community school, 34 an academy converter, 18 further education, 15 a local
 * authority nursery school, 11 an independent school.
 */
export const WORKPLACES: readonly Workplace[] = [
  { id: "school", words: "a state school outside the top 50% for pupil premium", application: at("a_school", school("1")), ...NOTHING, publiclyFundedSchool: true },
  { id: "school-pp50", words: "a state school in the top 50% for pupil premium", application: at("a_school", school("1", ["pp50-schools"])), ...NOTHING, publiclyFundedSchool: true, topHalfForDisadvantage: true },
  { id: "academy", words: "an academy outside the top 50%", application: at("an_academy_trust", school("34")), ...NOTHING, publiclyFundedSchool: true },
  { id: "academy-pp50", words: "an academy in the top 50%", application: at("an_academy_trust", school("34", ["pp50-schools"])), ...NOTHING, publiclyFundedSchool: true, topHalfForDisadvantage: true },
  { id: "rise-school", words: "a state school on the RISE list, outside the top 50%", application: at("a_school", school("1", ["rise"])), ...NOTHING, publiclyFundedSchool: true },
  { id: "sixteen-to-nineteen", words: "a state-funded 16 to 19 college without high disadvantage", application: at("a_16_to_19_educational_setting", school("18")), ...NOTHING, stateFunded16To19: true },
  {
    id: "sixteen-to-nineteen-disadvantaged",
    words: "a state-funded 16 to 19 college with high disadvantage",
    application: at("a_16_to_19_educational_setting", school("18", ["pp50-further-education"])),
    ...NOTHING,
    stateFunded16To19: true,
    topHalfForDisadvantage: true,
  },
  { id: "independent-school", words: "an independent school", application: at("a_school", school("11")), ...NOTHING },
  {
    id: "la-nursery-school",
    words: "a local authority nursery school (not on the disadvantaged list)",
    application: at("early_years_or_childcare", school("15"), { kindOfNursery: "local_authority_maintained_nursery" }),
    ...NOTHING,
    publiclyFundedSchool: true,
  },
  {
    id: "la-nursery-school-disadvantaged",
    words: "a local authority nursery school on the LA disadvantaged nursery list",
    application: at("early_years_or_childcare", school("15", ["la-disadvantaged-nurseries"]), { kindOfNursery: "local_authority_maintained_nursery" }),
    ...NOTHING,
    publiclyFundedSchool: true,
    highlyDisadvantagedEarlyYears: true,
  },
  {
    id: "preschool-class",
    words: "a pre-school class that is part of a state school",
    application: at("early_years_or_childcare", school("1"), { kindOfNursery: "preschool_class_as_part_of_school" }),
    ...NOTHING,
    publiclyFundedSchool: true,
  },
  {
    id: "private-nursery",
    words: "a private nursery (registered, not on the disadvantaged list)",
    application: at("early_years_or_childcare", childcare(["early-years-register"]), { kindOfNursery: "private_nursery" }),
    ...NOTHING,
  },
  {
    id: "private-nursery-disadvantaged",
    words: "a private nursery on the disadvantaged early years list",
    application: at("early_years_or_childcare", childcare(["disadvantaged-early-years", "early-years-register"]), { kindOfNursery: "private_nursery" }),
    ...NOTHING,
    highlyDisadvantagedEarlyYears: true,
  },
  {
    // DfE's childminders list is of registered childminders (the service's message for one not on it
    // speaks of registration), not of disadvantaged settings.
    id: "childminder",
    words: "a registered childminder on DfE's childminders list, not on the disadvantaged list",
    application: at("early_years_or_childcare", childcare(["childminders", "early-years-register"]), { kindOfNursery: "childminder" }),
    ...NOTHING,
  },
  {
    id: "childminder-disadvantaged",
    words: "a registered childminder on the childminders and disadvantaged early years lists",
    application: at("early_years_or_childcare", childcare(["childminders", "disadvantaged-early-years", "early-years-register"]), { kindOfNursery: "childminder" }),
    ...NOTHING,
    highlyDisadvantagedEarlyYears: true,
  },
  { id: "hospital-school", words: "a hospital school", application: at("another_setting", null, { employmentType: "hospital_school" }), ...NOTHING, publicRole: "hospital school" },
  {
    id: "young-offender-institution",
    words: "a young offender institution",
    application: at("another_setting", null, { employmentType: "young_offender_institution" }),
    ...NOTHING,
    publicRole: "young offender institution",
  },
  {
    id: "virtual-school",
    words: "a local authority virtual school",
    application: at("another_setting", null, { employmentType: "local_authority_virtual_school" }),
    ...NOTHING,
    publicRole: "virtual school",
  },
  {
    id: "virtual-school-named",
    words: "a local authority virtual school, naming the local authority",
    application: at("another_setting", LOCAL_AUTHORITY, { employmentType: "local_authority_virtual_school" }),
    ...NOTHING,
    publicRole: "virtual school",
  },
  {
    id: "la-supply-teacher",
    words: "a local authority supply teacher",
    application: at("another_setting", null, { employmentType: "local_authority_supply_teacher" }),
    ...NOTHING,
    publicRole: "local authority staff",
  },
  {
    id: "la-supply-teacher-named",
    words: "a local authority supply teacher, naming the local authority",
    application: at("another_setting", LOCAL_AUTHORITY, { employmentType: "local_authority_supply_teacher" }),
    ...NOTHING,
    publicRole: "local authority staff",
  },
  {
    id: "lead-mentor",
    words: "a lead mentor for an accredited ITT provider",
    application: at("another_setting", null, { employmentType: "lead_mentor_for_accredited_itt_provider", approvedIttProvider: true }),
    ...NOTHING,
    leadMentorAccredited: true,
  },
  {
    id: "lead-mentor-unaccredited",
    words: "a lead mentor for an ITT provider that is not accredited",
    application: at("another_setting", null, { employmentType: "lead_mentor_for_accredited_itt_provider" }),
    ...NOTHING,
  },
  { id: "another-setting", words: "another setting (another employment)", application: at("another_setting", null, { employmentType: "other" }), ...NOTHING },
  { id: "other", words: "somewhere else ('other')", application: at("other", null), ...NOTHING },
  {
    id: "returner",
    words: "no workplace yet, referred by a return-to-teaching adviser",
    application: at("other", null, { referredByReturnToTeachingAdviser: true }),
    ...NOTHING,
  },
];

/** The facts about a person the headship offers' criteria read; the service's application holds only some. */
export interface Person {
  readonly id: string;
  /** Months into their first headship when the support starts; null if not a headteacher. */
  readonly headshipMonths: number | null;
  /** The service's Headship NPQ stage question (funding-rules.md "Early headship support"). */
  readonly npqh: NpqhStage;
  /** For a completed NPQH: before the first headship began? */
  readonly npqhBeforeHeadship: boolean;
  readonly withdrawnFromAdditionalSupport: boolean;
  readonly previouslyFunded: boolean;
}

/** Someone not applying for headship support: not a head, no NPQH, never funded. */
export const ANYONE: Person = { id: "anyone", headshipMonths: null, npqh: "none", npqhBeforeHeadship: false, withdrawnFromAdditionalSupport: false, previouslyFunded: false };
export const PREVIOUSLY_FUNDED: Person = { ...ANYONE, id: "previously-funded", previouslyFunded: true };

/** Heads and would-be heads, for the ASO and the EHCO: every combination of the criteria's facts. */
export const PEOPLE: readonly Person[] = [null, 12, 36, 72].flatMap((headshipMonths) =>
  (
    [
      ["completed_npqh", true],
      ["completed_npqh", false],
      ["studying_npqh", false],
      ["will_start_npqh", false],
      ["none", false],
    ] as const
  ).flatMap(([npqh, npqhBeforeHeadship]) =>
    [false, true].map((withdrawnFromAdditionalSupport) => ({
      id: `head-${headshipMonths ?? "none"}-${npqh}${npqh === "completed_npqh" ? (npqhBeforeHeadship ? "-before" : "-after") : ""}${withdrawnFromAdditionalSupport ? "-withdrawn" : ""}`,
      headshipMonths,
      npqh,
      npqhBeforeHeadship,
      withdrawnFromAdditionalSupport,
      previouslyFunded: false,
    })),
  ),
);

const THREE: readonly CourseId[] = ["npq-leading-primary-mathematics", "npq-senco", "npq-headship"];
const SEVEN: readonly CourseId[] = [
  "npq-leading-teaching-development",
  "npq-leading-teaching",
  "npq-leading-behaviour-culture",
  "npq-leading-literacy",
  "npq-senior-leadership",
  "npq-executive-leadership",
  "npq-early-years-leadership",
];
const NPQS = [...THREE, ...SEVEN];

export interface GuidanceStatement {
  readonly id: string;
  readonly source: Source;
  /** The statement's words, a short phrase of the cited section: a note on it quotes the same. */
  readonly quote: string;
  /** What it says, in our words. */
  readonly says: string;
  readonly courses: readonly CourseId[];
  /** The people it is tried with, for each course and workplace. */
  readonly people: readonly Person[];
  readonly expects: (course: CourseId, w: Workplace, p: Person) => Expectation;
  /**
   * Reviewed by hand: the steps of each rule set that decide otherwise. The test computes them from
   * the rules and checks they are these, and that each has a note and no other step has one.
   */
  readonly departsAt: Readonly<Record<string, readonly string[]>>;
}

const FUNDING = seedSection("seed-002", "Funding and eligibility");
const SPRING_2025 = seedSection("seed-002", "Scholarship funding from Spring 2025");
const EHCO_CRITERIA = seedSection("seed-002", "Early headship coaching offer", { occurrence: 1, before: "NPQ providers" });
const EHCO_FUNDING = seedSection("seed-002", "Early headship coaching offer", { occurrence: 2, before: "Scholarship funding from Spring 2025" });

const inFirst = (months: number, p: Person) => p.headshipMonths !== null && p.headshipMonths < months;
const npqhDoneBeforeOrUnderway = (p: Person) => p.npqh === "studying_npqh" || (p.npqh === "completed_npqh" && p.npqhBeforeHeadship);

export const GUIDANCE_STATEMENTS: readonly GuidanceStatement[] = [
  {
    id: "three-npqs-in-every-state-funded-school",
    source: FUNDING,
    quote: "all teachers and leaders from publicly funded schools and 16 to 19 educational organisations",
    says: "NPQLPM, NPQSENCO and NPQH are funded for everyone in a publicly funded school or 16 to 19 organisation.",
    courses: THREE,
    people: [ANYONE],
    expects: (_, w) => (w.publiclyFundedSchool || w.stateFunded16To19 ? "funded" : null),
    departsAt: {
      "2025-08-21": ["school-pp50", "ey-la-nursery-course", "ey-early-years-leadership", "ey-la-disadvantaged-nursery"],
      "2026-06-01": ["school-pp50", "ey-la-nursery-course", "ey-la-nursery-school"],
    },
  },
  {
    id: "three-npqs-for-public-roles",
    source: FUNDING,
    quote: "Funding for these three NPQs is also available to",
    says: "NPQLPM, NPQSENCO and NPQH are also funded for hospital schools, young offender institutions, virtual schools and other local authority staff.",
    courses: THREE,
    people: [ANYONE],
    expects: (_, w) => (w.publicRole ? "funded" : null),
    departsAt: {
      "2025-04-02": ["no-institution-employment-type"],
      "2025-08-21": ["review-course"],
      "2026-06-01": ["review-course"],
    },
  },
  {
    id: "top-half-for-disadvantage",
    source: FUNDING,
    quote: "the 50% of schools with the highest proportion of students who attract pupil premium funding",
    says: "Every NPQ is funded in the half of schools with most pupil premium pupils, and in 16 to 19 settings with high disadvantage.",
    courses: NPQS,
    people: [ANYONE],
    expects: (_, w) => (w.topHalfForDisadvantage ? "funded" : null),
    departsAt: {
      "2025-04-02": ["school-early-years-listed"],
    },
  },
  {
    id: "early-years-leadership-in-disadvantaged-settings",
    source: FUNDING,
    quote: "For the early years leadership NPQ, highly disadvantaged early years settings will also be eligible.",
    says: "NPQEYL is also funded in highly disadvantaged early years settings.",
    courses: ["npq-early-years-leadership"],
    people: [ANYONE],
    expects: (_, w) => (w.highlyDisadvantagedEarlyYears ? "funded" : null),
    departsAt: {},
  },
  {
    id: "lead-mentors",
    source: seedSection("seed-002", "Leading teacher development NPQ"),
    quote: "available for people who are, or will be, taking on the role of lead mentor",
    says: "NPQLTD is funded for lead mentors of accredited initial teacher training providers.",
    courses: ["npq-leading-teaching-development"],
    people: [ANYONE],
    expects: (_, w) => (w.leadMentorAccredited ? "funded" : null),
    departsAt: {},
  },
  {
    id: "seven-npqs-only-where-disadvantaged",
    source: SPRING_2025,
    quote: "will be made available to some teachers and leaders",
    says:
      "From spring 2025 the seven other NPQs are funded only in the top 50% of schools and 16 to 19 settings, for NPQEYL also in highly disadvantaged early years settings (and NPQLTD for lead mentors, from 'Leading teacher development NPQ').",
    courses: SEVEN,
    people: [ANYONE],
    expects: (course, w) =>
      w.topHalfForDisadvantage ||
      (course === "npq-early-years-leadership" && w.highlyDisadvantagedEarlyYears) ||
      (course === "npq-leading-teaching-development" && w.leadMentorAccredited)
        ? null
        : "not funded",
    departsAt: {
      "2025-04-02": ["school-la-disadvantaged-nursery", "institution-local-authority", "no-institution-referral", "childcare-childminder-unlisted"],
      "2025-08-21": ["school-rise", "return-to-teaching-referral", "ey-childminder-listed"],
      "2026-06-01": ["school-rise", "return-to-teaching-referral", "school-pp50-course", "ey-la-nursery-course", "review-course", "school-early-years-leadership", "ey-childminder", "ey-childminder-listed"],
    },
  },
  {
    id: "sixteen-to-nineteen-from-spring-2025",
    source: SPRING_2025,
    quote: "the scholarship will cover the top 50% of state funded settings in England",
    says: "From spring 2025, the seven NPQs are funded in the top 50% of 16 to 19 settings for disadvantage.",
    courses: SEVEN,
    people: [ANYONE],
    expects: (_, w) => (w.stateFunded16To19 && w.topHalfForDisadvantage ? "funded" : null),
    departsAt: {
      "2025-04-02": ["school-early-years-listed"],
    },
  },
  {
    id: "early-years-leadership-from-spring-2025",
    source: SPRING_2025,
    quote: "Highly disadvantaged early years settings will also be eligible for the early years leadership NPQ.",
    says: "From spring 2025, NPQEYL is also funded in highly disadvantaged early years settings.",
    courses: ["npq-early-years-leadership"],
    people: [ANYONE],
    expects: (_, w) => (w.highlyDisadvantagedEarlyYears ? "funded" : null),
    departsAt: {},
  },
  {
    id: "funded-once",
    source: seedSection("seed-002", "Funding restrictions"),
    quote: "You can only receive scholarship funding for each NPQ once.",
    says: "Someone already funded for an NPQ is not funded for it again.",
    courses: NPQS,
    people: [PREVIOUSLY_FUNDED],
    expects: () => "not funded",
    departsAt: {
      "2025-04-02": ["no-institution-referral"],
    },
  },
  {
    id: "ehco-criteria",
    source: EHCO_CRITERIA,
    quote: "individuals must meet all the following criteria",
    says:
      "For the EHCO: in the first five years of headship; in a state-funded school or 16 to 19 organisation in England; an NPQH completed before the first headship, or under way; never withdrawn from the additional support programme.",
    courses: ["npq-early-headship-coaching-offer"],
    people: PEOPLE,
    expects: (_, w, p) =>
      inFirst(60, p) && (w.publiclyFundedSchool || w.stateFunded16To19) && npqhDoneBeforeOrUnderway(p) && !p.withdrawnFromAdditionalSupport ? null : "not funded",
    departsAt: {
      "2025-04-02": ["school-establishment-type", "school-la-disadvantaged-nursery", "institution-local-authority", "no-institution-referral"],
      "2025-08-21": ["ehco-new-headteacher"],
      "2026-06-01": ["ehco-new-headteacher"],
    },
  },
  {
    id: "ehco-funding",
    source: EHCO_FUNDING,
    quote: "funding to cover the course fees will be available",
    says: "The EHCO's fees are funded for a head in the first five years, in a state-funded school or 16 to 19 organisation, doing or having done the NPQH.",
    courses: ["npq-early-headship-coaching-offer"],
    people: PEOPLE,
    expects: (_, w, p) =>
      inFirst(60, p) && (w.publiclyFundedSchool || w.stateFunded16To19) && (p.npqh === "studying_npqh" || p.npqh === "completed_npqh") ? "funded" : null,
    departsAt: {},
  },
  {
    id: "ehco-first-headship",
    source: seedSection("seed-003", "An introduction to each NPQ programme"),
    quote: "available to participants who are within the first five years of their first headship post",
    says: "The EHCO is only for heads within the first five years of their first headship post.",
    courses: ["npq-early-headship-coaching-offer"],
    people: PEOPLE,
    expects: (_, __, p) => (inFirst(60, p) ? null : "not funded"),
    departsAt: {
      "2025-04-02": ["school-la-disadvantaged-nursery", "institution-local-authority"],
    },
  },
  {
    id: "aso-criteria",
    source: seedSection("seed-000", "Eligibility"),
    quote: "Teachers are eligible for this targeted support package if they meet the following criteria",
    says:
      "For the 2021 ASO: in the first 24 months of headship; in a state-funded school in England; an NPQH completed before the first headship, or under way; never withdrawn from the additional support programme.",
    courses: ["npq-additional-support-offer"],
    people: PEOPLE,
    expects: (_, w, p) => (inFirst(24, p) && w.publiclyFundedSchool && npqhDoneBeforeOrUnderway(p) && !p.withdrawnFromAdditionalSupport ? "funded" : "not funded"),
    departsAt: {
      "2025-04-02": ["school-establishment-type", "school-la-disadvantaged-nursery", "institution-local-authority", "no-institution-referral"],
      "2025-08-21": ["school-pp50-course", "school-rise", "ey-la-nursery-course", "ey-early-years-leadership", "return-to-teaching-referral"],
      "2026-06-01": ["school-pp50-course", "school-rise", "ey-la-nursery-course", "ey-la-nursery-school", "return-to-teaching-referral"],
    },
  },
];

/**
 * Statements of the seeds about who may take or get a qualification that no funding rule set can be
 * compared with, and why. Their quotes are checked to be in their sections too.
 */
export const NOT_COMPARED: readonly { readonly source: Source; readonly quote: string; readonly why: string }[] = [
  {
    source: seedSection("seed-001", "Key Aspects of NASENCo"),
    quote: "Must be a qualified teacher (QTS or QTLS)",
    why: "It is about the NASENCo, which is not a course in the funding rules.",
  },
  {
    source: seedSection("seed-001", "Key Aspects of NASENCo"),
    quote: "Mandatory for new SENCOs in maintained schools, academies, and free schools",
    why: "It says who must hold the NASENCo, not who is funded.",
  },
  {
    source: seedSection("seed-001", "Key details about the NPQH"),
    quote: "Aspiring headteachers or those recently appointed to the role",
    why: "It says whom the NPQH is for, not who is funded: the service does not ask about roles for the NPQH.",
  },
  {
    source: seedSection("seed-001", "Key details about the NPQH"),
    quote: "with scholarships potentially available",
    why: "It names no one.",
  },
  {
    source: seedSection("seed-002", "Funding restrictions"),
    quote: "Being eligible for an NPQ scholarship does not guarantee either suitability for the course",
    why: "Providers decide suitability and places; the funding decision does not.",
  },
];
