// The terms of art a policy reader meets on the site (PP50, RISE, lead mentor, cohort...), each in
// plain English with the sources it rests on. The site's glossary page prints them, and each page
// links a term's first appearance to its entry (site/glossary/link-terms.ts).
// A seed source carries a short phrase copied from the cited section (tests check it is there); the
// service's behaviour is cited at the commit of the rule set that has it.
import type { Source } from "../rules/sources.ts";
import { service2025April, service2025August, service2026June, serviceUnfundedCohort } from "../rules/service-commits.ts";
import { ASO_POST, DESCRIPTIONS, HANDBOOK, NASUWT } from "./citations.ts";
import { seedSection } from "../rules/sources.ts";

export interface GlossarySource {
  readonly source: Source;
  /** For a seed: a phrase of at most 15 words copied from the cited section. */
  readonly evidence?: string;
}

export interface GlossaryTerm {
  /** The entry's anchor on the glossary page: /glossary/#<id>. */
  readonly id: string;
  /** The term as the entry's heading, e.g. "PP50" or "Lead mentor". */
  readonly term: string;
  /**
   * How pages write it, each linked to the entry where it first appears on a page. Matched as whole
   * words; an acronym exactly, a phrase with its first letter in either case ("lead mentor", "Lead mentor").
   */
  readonly forms: readonly [string, ...string[]];
  readonly definition: string;
  readonly sources: readonly [GlossarySource, ...GlossarySource[]];
}

const FUNDING = seedSection("seed-002", "Funding and eligibility");
const SPRING_2025 = seedSection("seed-002", "Scholarship funding from Spring 2025");
const LEAD_MENTOR = seedSection("seed-002", "Leading teacher development NPQ");
const RESTRICTIONS = seedSection("seed-002", "Funding restrictions");
const INTRODUCTION = seedSection("seed-002", "Introduction");

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: "aso",
    term: "Additional support offer (ASO)",
    forms: ["ASO", "additional support offer"],
    definition:
      "Support for teachers new to headship that DfE introduced in autumn 2021, alongside the reformed NPQs, for headteachers in their first 24 months of headship. It is not an NPQ. When the rules check whether someone was funded before, the ASO and the early headship coaching offer count as one course.",
    sources: [
      { source: ASO_POST.opening, evidence: "a targeted support package for teachers new to the role of headship" },
      { source: ASO_POST.eligibility, evidence: "are in their first 24 months of headship" },
      { source: service2025April("previously funded: the ASO and the early headship coaching offer count as one course") },
    ],
  },
  {
    id: "cohort",
    term: "Cohort",
    forms: ["cohort", "cohorts", "funding model"],
    definition:
      "The people who start their NPQ in the same term, named by the term and year (spring 2025, autumn 2025). Each cohort has a funding model: full or capped when scholarship funding is available, zero when it is not. Someone in a cohort with no scholarship funding is not funded, whatever else is true.",
    sources: [
      { source: SPRING_2025, evidence: "check if their setting can access scholarship funding for the spring 2025 cohort" },
      { source: serviceUnfundedCohort("cohort funding models: full, capped and zero") },
    ],
  },
  {
    id: "ehco",
    term: "Early headship coaching offer (EHCO)",
    forms: ["EHCO", "early headship coaching offer"],
    definition:
      "Coaching and networking support for headteachers in the first five years of their first headship, offered in addition to the NPQs; it is not an NPQ itself. It can be taken alongside the NPQ in headship (NPQH) or after it.",
    sources: [
      { source: NASUWT.ehco, evidence: "a package of structured support and networking opportunities" },
      { source: HANDBOOK.introductions, evidence: "within the first five years of their first headship post" },
    ],
  },
  {
    id: "eligibility-lists",
    term: "Eligibility lists",
    forms: ["eligibility list", "eligibility lists"],
    definition:
      "DfE's lists of the schools, colleges and early years settings whose staff can get scholarship funding: the PP50 schools and PP50 further education lists, the RISE schools list and the childminders list, and in earlier rule sets lists of disadvantaged nurseries and early years settings.",
    sources: [
      { source: SPRING_2025, evidence: "as set out in the eligibility lists" },
      { source: service2025August("eligibility lists") },
    ],
  },
  {
    id: "establishment-type",
    term: "Establishment type",
    forms: ["establishment type", "establishment types", "GIAS"],
    definition:
      "The kind of school or college, as DfE's register of schools, Get Information about Schools (GIAS), records it, each with a number: 1 for a community school, 15 for a local authority nursery school, 34 for an academy converter. Thirty types count as state-funded and can be funded; any other (an independent school, a Welsh establishment) cannot.",
    sources: [{ source: service2025April("eligible establishment type codes") }],
  },
  {
    id: "itt",
    term: "Initial teacher training (ITT)",
    forms: ["ITT", "initial teacher training"],
    definition:
      "The training that prepares people to become teachers. An accredited ITT provider is an organisation accredited to deliver it; its lead mentors can be funded for the NPQ in leading teacher development.",
    sources: [{ source: LEAD_MENTOR, evidence: "an initial teacher training provider accredited to deliver initial teacher training" }],
  },
  {
    id: "la",
    term: "LA (local authority)",
    forms: ["LA"],
    definition:
      "A local authority: the council responsible for education in its area. Some of its staff, such as supply teachers and the staff of its virtual school, are named in the funding rules.",
    sources: [{ source: FUNDING, evidence: "other local authority staff with a responsibility to deliver curriculum content" }],
  },
  {
    id: "lead-mentor",
    term: "Lead mentor",
    forms: ["lead mentor", "lead mentors"],
    definition:
      "A teacher who is, or will be, lead mentor for an accredited initial teacher training (ITT) provider. Lead mentors can get scholarship funding for the NPQ in leading teacher development (NPQLTD), and for no other NPQ.",
    sources: [
      { source: LEAD_MENTOR, evidence: "taking on the role of lead mentor for an initial teacher training provider" },
      { source: service2025April("lead mentors: funded for NPQLTD only") },
    ],
  },
  {
    id: "leadership-npq",
    term: "Leadership NPQ",
    forms: ["leadership NPQ", "leadership NPQs"],
    definition:
      "One of the five NPQs in leading a school or group of schools: senior leadership, headship, executive leadership, early years leadership, and special educational needs co-ordinator (SENCO).",
    sources: [{ source: INTRODUCTION, evidence: "five leadership NPQs in senior leadership, headship, executive leadership, early years leadership" }],
  },
  {
    id: "la-nursery-school",
    term: "Local authority nursery school",
    forms: ["local authority nursery school", "local authority nursery schools"],
    definition:
      "A nursery school that a local authority maintains (establishment type 15). The rules fund a short list of NPQs for its staff, which has changed from one rule set to the next.",
    sources: [{ source: service2025April("local authority nursery school: establishment type 15") }],
  },
  {
    id: "nasenco",
    term: "NASENCo",
    forms: ["NASENCo", "NASENCO"],
    definition:
      "The National Award for SEN Co-ordination: the qualification that new special educational needs co-ordinators (SENCOs) in mainstream schools had to gain within three years of taking up the role. The NPQ for SENCOs replaces it from 2024.",
    sources: [
      { source: DESCRIPTIONS.nasenco, evidence: "mandatory Level 7 qualification for new Special Educational Needs Coordinators (SENCOs)" },
      { source: DESCRIPTIONS.nasencoKeyAspects, evidence: "the NASENCo is being replaced by the National Professional Qualification for SENCOs" },
    ],
  },
  {
    id: "new-headteacher",
    term: "New headteacher",
    forms: ["new headteacher", "new headteachers"],
    definition:
      "For the early headship coaching offer, a headteacher in the first five years of headship. The additional support offer of 2021 asked for the first 24 months.",
    sources: [
      { source: NASUWT.ehco, evidence: "be in their first five years of headship" },
      { source: ASO_POST.eligibility, evidence: "are in their first 24 months of headship" },
    ],
  },
  {
    id: "npq",
    term: "NPQ (National Professional Qualification)",
    forms: ["NPQ", "NPQs"],
    definition:
      "A qualification for teachers and leaders, available nationally and taken voluntarily, in school leadership (the leadership NPQs) or in a specialist area of teaching (the specialist NPQs). Each is named by a short code, such as NPQH for headship.",
    sources: [{ source: INTRODUCTION, evidence: "nationally available, voluntary qualifications" }],
  },
  {
    id: "early-years-register",
    term: "Ofsted's Early Years Register",
    forms: ["Early Years Register", "early years register"],
    definition:
      "Ofsted's register of childcare providers for young children, childminders among them. Under the rules in force from 2 April to 20 August 2025, a private childcare provider had to be on it for its staff to be funded.",
    sources: [{ source: service2025April("private childcare providers: Ofsted's Early Years Register") }],
  },
  {
    id: "pp50",
    term: "PP50",
    forms: ["PP50"],
    definition:
      "The half of state-funded schools in England with the highest proportion of pupils who attract pupil premium funding (the PP50 schools list), and the half of state-funded 16 to 19 settings with the highest proportion of students eligible for disadvantage funding (the PP50 further education list). Several NPQs are funded only for people who work at a setting on one of these lists.",
    sources: [
      { source: FUNDING, evidence: "the 50% of schools with the highest proportion of students" },
      { source: SPRING_2025, evidence: "the highest proportion of students eligible for disadvantage funding" },
    ],
  },
  {
    id: "return-to-teaching-adviser",
    term: "Return-to-teaching adviser",
    forms: ["return-to-teaching adviser", "return-to-teaching advisers"],
    definition:
      "An adviser who supports qualified teachers coming back to teaching. An applicant who does not work in a school or another named setting, but whom such an adviser referred, is sent to DfE to review instead of being refused.",
    sources: [{ source: service2025April("referral by a return-to-teaching adviser") }],
  },
  {
    id: "rise",
    term: "RISE",
    forms: ["RISE"],
    definition:
      "DfE's list of schools in its RISE school improvement programme (Regional Improvement for Standards and Excellence). From 21 August 2025 a school on the RISE list is funded for any NPQ, before its other checks.",
    sources: [{ source: service2025August("eligibility lists: RISE added") }],
  },
  {
    id: "rule-set",
    term: "Rule set",
    forms: ["rule set", "rule sets"],
    definition:
      "The funding rules as DfE's Register for an NPQ service applied them over one period, named by the date they came into force (2025-04-02, 2025-08-21, 2026-06-01). A decision is taken under the rule set in force on its date.",
    sources: [
      { source: service2025April("the rules from 2 April 2025") },
      { source: service2025August("the rules from 21 August 2025") },
      { source: service2026June("the rules from 1 June 2026") },
    ],
  },
  {
    id: "scholarship-funding",
    term: "Scholarship funding",
    forms: ["scholarship funding"],
    definition:
      "DfE funding that covers the full cost of an NPQ course for an eligible teacher or leader. It is given once for each NPQ, and being eligible does not guarantee a funded place.",
    sources: [
      { source: FUNDING, evidence: "Scholarship funding covering the full NPQ course cost" },
      { source: RESTRICTIONS, evidence: "You can only receive scholarship funding for each NPQ once" },
    ],
  },
  {
    id: "senco",
    term: "SENCO",
    forms: ["SENCO", "SENCOs", "SENCo", "SENCos"],
    definition:
      "Special educational needs co-ordinator: the teacher who leads a school's provision for pupils with special educational needs and disabilities. Since 1 September 2024 the NPQ for SENCOs (NPQSENCO) is the mandatory qualification for the role.",
    sources: [{ source: NASUWT.senco, evidence: "is the current mandatory qualification for SENCOs" }],
  },
  {
    id: "sixteen-to-nineteen",
    term: "16 to 19 setting",
    forms: ["16 to 19 setting", "16 to 19 settings", "16 to 19 educational setting", "16 to 19 educational settings", "16 to 19 organisation", "16-19 settings"],
    definition:
      "A college or other setting that teaches students aged 16 to 19, such as a sixth form or further education college. For the PP50 check, such a setting is looked up on the further education list.",
    sources: [{ source: FUNDING, evidence: "16 to 19 educational settings identified as having high disadvantage" }],
  },
  {
    id: "specialist-npq",
    term: "Specialist NPQ",
    forms: ["specialist NPQ", "specialist NPQs"],
    definition:
      "One of the five NPQs in a specialist area of teaching: leading teacher development, leading teaching, leading behaviour and culture, leading literacy, and leading primary mathematics.",
    sources: [{ source: NASUWT.npqs, evidence: "Five NPQs in specialist areas of teaching" }],
  },
  {
    id: "state-funded",
    term: "State-funded",
    forms: ["state-funded", "state funded"],
    definition:
      "Paid for by the state, as maintained schools, academies and free schools are, and independent schools are not. The rules tell a state-funded school by its establishment type.",
    sources: [
      { source: NASUWT.ehco, evidence: "employed in England in a state-funded school or state-funded 16 to 19 organisation" },
      { source: service2025April("eligible establishment type codes") },
    ],
  },
  {
    id: "subject-to-review",
    term: "Subject to review",
    forms: ["subject to review"],
    definition:
      "Neither funded nor refused yet: DfE reviews the application and decides. From 21 August 2025, staff of virtual schools, hospital schools and young offender institutions, and local authority supply teachers, are sent to review for some NPQs.",
    sources: [{ source: service2025August("applications sent to DfE to review") }],
  },
  {
    id: "urn",
    term: "URN",
    forms: ["URN", "URNs"],
    definition:
      "Unique reference number: the number Get Information about Schools (GIAS) gives each school. The eligibility lists name schools by it.",
    sources: [{ source: service2025April("eligibility lists: schools by URN") }],
  },
  {
    id: "virtual-school",
    term: "Virtual school",
    forms: ["virtual school", "virtual schools"],
    definition: "An organisation run by a local authority that supports the education of the children in its care.",
    sources: [{ source: FUNDING, evidence: "local-authority-run organisations that support the education of children in care" }],
  },
  {
    id: "work-setting",
    term: "Work setting",
    forms: ["work setting", "work settings"],
    definition:
      "Where applicants say they work, as the service asks it: a school, an academy trust, a 16 to 19 educational setting, early years or childcare, another setting, or somewhere else. From 21 August 2025 the rules decide by it.",
    sources: [{ source: service2025August("work settings") }],
  },
  {
    id: "qts",
    term: "QTS and QTLS",
    forms: ["QTS", "QTLS"],
    definition:
      "Qualified teacher status, and qualified teacher learning and skills status (its further education counterpart): what makes someone a qualified teacher. The NASENCo required one of them.",
    sources: [{ source: DESCRIPTIONS.nasencoKeyAspects, evidence: "Must be a qualified teacher (QTS or QTLS)" }],
  },
];

/** The glossary in the order the page prints it: by term, as a reader looks one up. */
export function glossaryByTerm(): GlossaryTerm[] {
  return [...GLOSSARY].sort((a, b) => a.term.localeCompare(b.term, "en", { sensitivity: "base", numeric: true }));
}
