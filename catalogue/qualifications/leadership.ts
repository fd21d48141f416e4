// The five leadership NPQs. Lengths: seed 003 gives 18 months for each; seed 002 gives 12 to 22
// months "depending on the chosen NPQ" for NPQs in general; seed 001 gives NPQH "typically" 18 months.
import { DESCRIPTIONS, fact, HANDBOOK, NASUWT } from "../citations.ts";
import { NOT_STATED_FIELD, stated, type Fact } from "../fact.ts";
import { courseIdentity } from "../identity.ts";
import { handbookComponents } from "../programme-components.ts";
import { handbookSequence } from "../sequence.ts";
import type { Component, Length, Qualification, Status } from "../types.ts";

const A = "ambition-institute" as const;
const D = "npqh-description" as const;

/** Seed 002's length for every NPQ: a range, depending on which NPQ. */
export const NASUWT_NPQ_LENGTH: Fact<Length> = fact<Length>(
  { kind: "range", fromMonths: 12, toMonths: 22, dependsOnNpq: true },
  NASUWT.purpose,
  "Study can last between 12 and 22 months, depending on the chosen NPQ",
);

const handbookMonths = (months: number, evidence: string, within?: true): Fact<Length> =>
  fact<Length>(within ? { kind: "months", months, within } : { kind: "months", months }, HANDBOOK.introductions, evidence, A);

export const NPQSL: Qualification = {
  ...courseIdentity("npq-senior-leadership", "npq-leadership"),
  summary: [
    fact(
      "Builds senior leadership knowledge and expertise, to improve outcomes for teachers and pupils.",
      NASUWT.npqs,
      "develop leadership knowledge and expertise to improve outcomes for teachers and pupils",
    ),
  ],
  audience: [fact("Senior leaders, and teachers who aim to become senior leaders.", HANDBOOK.introductions, "designed for senior leaders and aspiring senior leaders", A)],
  length: [handbookMonths(18, "an 18-month training programme"), NASUWT_NPQ_LENGTH],
  components: stated(handbookComponents("leadership")),
  courseSequence: NOT_STATED_FIELD,
  providerFigures: NOT_STATED_FIELD,
  status: NOT_STATED_FIELD,
};

export const NPQH: Qualification = {
  ...courseIdentity("npq-headship", "npq-leadership"),
  summary: [
    fact(
      "Builds the knowledge that expert school leadership rests on, and how to apply it as a headteacher.",
      NASUWT.npqs,
      "develop the knowledge that underpins expert school leadership",
    ),
    fact(
      "A DfE-accredited leadership programme in England that prepares school leaders for headship.",
      DESCRIPTIONS.npqh,
      "prepares school leaders for headship",
    ),
    fact(
      "Covers school culture, behaviour, teaching, curriculum, assessment, professional development and organisational management.",
      DESCRIPTIONS.npqhKeyDetails,
      "Topics cover school culture, behaviour, teaching, curriculum, assessment",
    ),
  ],
  audience: [
    fact("Headteachers, and teachers who aim to become heads.", HANDBOOK.introductions, "a programme for headteachers or aspiring heads", A),
    fact("People aiming for headship, or recently appointed heads.", DESCRIPTIONS.npqhKeyDetails, "Aspiring headteachers or those recently appointed to the role"),
  ],
  length: [
    handbookMonths(18, "Within 18 months", true),
    NASUWT_NPQ_LENGTH,
    fact<Length>({ kind: "typically", months: 18 }, DESCRIPTIONS.npqh, "typically lasting 18 months"),
  ],
  components: stated([
    ...handbookComponents("leadership", { schoolVisit: true }),
    fact<Component>({ kind: "assessment", task: "case study", openBook: true }, DESCRIPTIONS.npqhKeyDetails, 'A final assessment is an "open book" case study', D),
  ]),
  courseSequence: NOT_STATED_FIELD,
  providerFigures: [
    fact({ measure: "blended learning", amount: 104, unit: "hours" }, DESCRIPTIONS.npqh, "104 hours of blended learning", D),
    fact({ measure: "online learning", amount: 38, unit: "hours" }, DESCRIPTIONS.npqhKeyDetails, "38 hours of online learning", D),
    fact({ measure: "face-to-face events", amount: 5, unit: "events" }, DESCRIPTIONS.npqhKeyDetails, "5 face-to-face events", D),
    fact({ measure: "coaching", amount: 6, unit: "hours" }, DESCRIPTIONS.npqhKeyDetails, "6 hours of coaching", D),
    fact(
      { measure: "fee", amount: 1855, unit: "GBP", approximately: true, plusVat: true },
      DESCRIPTIONS.npqhKeyDetails,
      "The fee is approximately £1,855 + VAT",
      D,
    ),
  ],
  status: [
    fact({ kind: "not-legally-required", since: { year: 2012 } }, DESCRIPTIONS.npqhKeyDetails, "not strictly required by law since 2012"),
  ],
};

export const NPQEL: Qualification = {
  ...courseIdentity("npq-executive-leadership", "npq-leadership"),
  summary: [
    fact(
      "Builds the expertise to lead change and improvement across a group of schools or a multi-academy trust.",
      NASUWT.npqs,
      "leading change and improvement across a group of schools or multi-academy trust",
    ),
    fact(
      "Puts culture, teacher education and implementation at the centre of an executive leader's work.",
      HANDBOOK.introductions,
      "culture, teacher education and implementation at the heart of executive leaders' work",
      A,
    ),
  ],
  audience: [
    fact(
      "People developing the expertise to become an outstanding executive leader.",
      HANDBOOK.introductions,
      "develop the expertise needed to become an outstanding executive leader",
      A,
    ),
  ],
  length: [handbookMonths(18, "an 18-month long programme"), NASUWT_NPQ_LENGTH],
  components: stated(handbookComponents("leadership", { coaching: true })),
  courseSequence: NOT_STATED_FIELD,
  providerFigures: NOT_STATED_FIELD,
  status: NOT_STATED_FIELD,
};

export const NPQEYL: Qualification = {
  ...courseIdentity("npq-early-years-leadership", "npq-leadership"),
  summary: [
    fact(
      "Builds expertise in leading high-quality early years education and care, and in managing staff and the organisation.",
      NASUWT.npqs,
      "develop expertise in leading high-quality early years education and care",
    ),
    fact(
      "The first NPQ designed for early years leadership, aiming to give children up to five the best start in life.",
      HANDBOOK.introductions,
      "the first NPQ specifically designed for leaders or aspiring leaders of early years settings",
      A,
    ),
  ],
  audience: [fact("Leaders of early years settings, and those who aim to lead one.", HANDBOOK.introductions, "leaders or aspiring leaders of early years settings", A)],
  length: [handbookMonths(18, "In this 18-month programme"), NASUWT_NPQ_LENGTH],
  components: stated(handbookComponents("leadership")),
  courseSequence: [
    handbookSequence([
      ["Principles of improvement", ["Implementation", "Culture"]],
      [
        "Leading teaching and learning",
        ["Child development", "Professional development", "Effective early education", "Curriculum and assessment", "Additional and special educational needs and disabilities"],
      ],
      ["Managing organisations", ["Organisational management", "Working in partnership"]],
    ]),
  ],
  providerFigures: NOT_STATED_FIELD,
  status: NOT_STATED_FIELD,
};

export const NPQSENCO: Qualification = {
  // "NPQ for special educational needs co-ordinator" would name the role; seeds 001 and 003 call it the
  // NPQ for SENCOs.
  ...courseIdentity("npq-senco", "npq-leadership", undefined, "NPQ for SENCOs"),
  summary: [
    fact(
      "Teaches SENCOs how to do the role well and set the strategic direction of a school's special educational needs policy.",
      NASUWT.senco,
      "set the strategic direction of a special education needs policy in a school",
    ),
    fact(
      "Aims to make SENCOs experts in leading their school's provision for special educational needs and disabilities.",
      HANDBOOK.introductions,
      "experts in leading special educational needs and disabilities provision",
      A,
    ),
  ],
  audience: [
    fact("Special educational needs co-ordinators (SENCOs).", NASUWT.senco, "This course enables SENCOs to learn how to effectively perform the role"),
  ],
  length: [handbookMonths(18, "an 18-month mandatory qualification for SENCOs"), NASUWT_NPQ_LENGTH],
  components: stated(handbookComponents("leadership")),
  courseSequence: [
    handbookSequence([
      ["Core knowledge", ["Culture", "Teaching", "Behaviour"]],
      ["Specialist knowledge", ["Identification & Assessment", "Provision & Intervention"]],
      ["Application", ["Professional development", "Working in Partnership", "Implementation 1: Explore", "Implementation 2: Prepare; Deliver; Sustain"]],
    ]),
  ],
  providerFigures: NOT_STATED_FIELD,
  status: [
    fact<Status>({ kind: "in-place-since", when: { year: 2024, month: 9, day: 1 } }, NASUWT.senco, "in place since 1 September 2024"),
    fact<Status>({ kind: "mandatory-for", who: "SENCOs" }, NASUWT.senco, "the current mandatory qualification for SENCOs"),
    fact<Status>({ kind: "mandatory-for", who: "SENCOs" }, HANDBOOK.introductions, "mandatory qualification for SENCOs"),
    fact<Status>({ kind: "replaces", qualification: "nasenco" }, HANDBOOK.introductions, "replacing the NASENCO qualification"),
  ],
};

export const LEADERSHIP_NPQS: readonly Qualification[] = [NPQSL, NPQH, NPQEL, NPQEYL, NPQSENCO];
