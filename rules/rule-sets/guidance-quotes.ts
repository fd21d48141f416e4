// The statements of the guidance seeds about who is funded or eligible that a rule set's step departs
// from somewhere: each its section and its own words (a short phrase, which the tests find in that
// section). The notes beside the steps quote them (later-differences.ts, differences-2025-04-02.ts).
import type { GuidanceQuote } from "../rule-set.ts";
import { seedSection } from "../sources.ts";

const FUNDING = seedSection("seed-002", "Funding and eligibility");
const SPRING_2025 = seedSection("seed-002", "Scholarship funding from Spring 2025");

export const GUIDANCE = {
  /** Seed 002: NPQLPM, NPQSENCO and NPQH for everyone in a publicly funded school or 16 to 19 organisation. */
  threeNpqsInEverySchool: { source: FUNDING, quote: "all teachers and leaders from publicly funded schools and 16 to 19 educational organisations" },
  /** Seed 002: the same three for hospital schools, young offender institutions, virtual schools and LA staff. */
  threeNpqsForPublicRoles: { source: FUNDING, quote: "Funding for these three NPQs is also available to" },
  /** Seed 002: every NPQ in the half of schools with most pupil premium pupils, and in disadvantaged 16 to 19 settings. */
  topHalfForDisadvantage: { source: FUNDING, quote: "the 50% of schools with the highest proportion of students who attract pupil premium funding" },
  /** Seed 002: from spring 2025, the seven other NPQs only in the top 50% (NPQEYL also in highly disadvantaged early years settings). */
  sevenNpqsOnlyWhereDisadvantaged: { source: SPRING_2025, quote: "will be made available to some teachers and leaders" },
  /** Seed 002: from spring 2025, the top 50% of 16 to 19 settings. */
  sixteenToNineteenFromSpring2025: { source: SPRING_2025, quote: "the scholarship will cover the top 50% of state funded settings in England" },
  /** Seed 002: funding once per NPQ. */
  fundedOnce: { source: seedSection("seed-002", "Funding restrictions"), quote: "You can only receive scholarship funding for each NPQ once." },
  /** Seed 002's first "Early headship coaching offer": the EHCO's criteria. */
  ehcoCriteria: {
    source: seedSection("seed-002", "Early headship coaching offer", { occurrence: 1, before: "NPQ providers" }),
    quote: "individuals must meet all the following criteria",
  },
  /** Seed 003: the EHCO only in the first five years of the first headship post. */
  ehcoFirstHeadship: {
    source: seedSection("seed-003", "An introduction to each NPQ programme"),
    quote: "available to participants who are within the first five years of their first headship post",
  },
  /** Seed 000: the 2021 design of the ASO's criteria. */
  asoCriteria: {
    source: seedSection("seed-000", "Eligibility"),
    quote: "Teachers are eligible for this targeted support package if they meet the following criteria",
  },
} as const satisfies Readonly<Record<string, GuidanceQuote>>;
