// The five leadership NPQs. Lengths: seed 003 gives 18 months for each; seed 002 gives 12 to 22
// months "depending on the chosen NPQ" for NPQs in general; seed 001 gives NPQH "typically" 18 months.
import { DESCRIPTIONS, fact, HANDBOOK, NASUWT } from "../citations.ts";
import { NOT_STATED_FIELD, stated, type Fact } from "../fact.ts";
import { courseIdentity } from "../identity.ts";
import { handbookComponents } from "../programme-components.ts";
import type { Component, Length, Qualification } from "../types.ts";

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
