// The data the rule pages walk (site/views/decided-rules-view.ts) is the data the decisions run, and
// it is whole: every way an early headship criterion can fail is reachable and explains exactly the
// "no" answers it claims; every outcome of a flow has words; the dated SENCO values say which dates
// are assumed; and each rule the seeds state but the module does not decide cites a real section
// that says it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ASSESSMENT_OUTCOMES,
  ASSESSMENT_STEPS,
  COURSE_IDS,
  EARLY_HEADSHIP_CRITERIA,
  EARLY_HEADSHIP_OFFERS,
  HEADSHIP_WORKPLACES,
  MANDATORY_SENCO_QUALIFICATION,
  MANDATORY_SENCO_QUALIFICATION_DATED_BY,
  NPQH_STAGES,
  PREVIOUS_FUNDING_OUTCOMES,
  PREVIOUS_FUNDING_STEPS,
  SENCO_OUTCOME_WORDS,
  SENCO_STEPS,
  STATED_NOT_DECIDED,
  USES_ATTEMPT,
  earlyHeadshipEligibility,
  flowOutcomes,
  previouslyFundedFor,
  type EarlyHeadshipApplicant,
  type PastApplication,
} from "../../rules/index.ts";
import { sectionText, squash } from "../catalogue/seed-text.ts";
import { dateArb } from "./arbitraries.ts";
import { earlyHeadshipGrid } from "./early-headship-grid.ts";

const definedFailures = EARLY_HEADSHIP_CRITERIA.flatMap((c) => c.failures.map((f) => `${c.id}/${f.id}`));

describe("the early headship criteria's failures", () => {
  // Decided inside each test, so a definition that cannot explain a "no" fails the test that found it.
  const decide = () => EARLY_HEADSHIP_OFFERS.flatMap((o) => earlyHeadshipGrid().map((a) => earlyHeadshipEligibility(a, o.id)));

  it("are each reached by some applicant, and are the only reasons a decision gives", () => {
    const decisions = decide();
    const reached = new Set(decisions.flatMap((d) => d.reasons.map((r) => `${r.criterion}/${r.failure}`)));
    expect([...reached].sort()).toEqual([...definedFailures].sort());
    // The grid reaches eligible applicants too, so a "yes" is tested as well as every "no".
    expect(decisions.some((d) => d.eligible)).toBe(true);
  });

  const applicantArb: fc.Arbitrary<EarlyHeadshipApplicant> = fc.record({
    firstHeadshipStarted: fc.option(dateArb, { nil: null }),
    trainingStarts: dateArb,
    worksInEngland: fc.boolean(),
    workplace: fc.constantFrom(...HEADSHIP_WORKPLACES),
    npqhStage: fc.constantFrom(...NPQH_STAGES),
    npqhCompletedOn: fc.option(dateArb, { nil: null }),
    withdrawnFromAdditionalSupportBefore: fc.boolean(),
  });

  it("explain a criterion's 'no' by exactly one failure, and its 'yes' by none", () => {
    fc.assert(
      fc.property(applicantArb, fc.constantFrom(...EARLY_HEADSHIP_OFFERS), (a, offer) => {
        for (const c of EARLY_HEADSHIP_CRITERIA) {
          const applying = c.failures.filter((f) => f.applies(a, offer)).map((f) => f.id);
          expect(applying, `${c.id} for ${JSON.stringify(a)}`).toHaveLength(c.holds(a, offer) ? 0 : 1);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("say dates and workplaces in words, never as codes", () => {
    for (const d of decide()) {
      for (const r of d.reasons) {
        expect(r.reason, r.failure).not.toMatch(/\d{4}-\d{2}-\d{2}|_/);
      }
    }
  });
});

describe("each early headship offer", () => {
  const NUMBER_WORDS: Record<string, number> = { two: 2, five: 5 };
  it.each(EARLY_HEADSHIP_OFFERS.map((o) => [o.name, o] as const))("%s states its period in words that agree with its months", (_name, o) => {
    const m = /^(\w+) (months|years)$/.exec(o.headshipPeriod);
    expect(m, o.headshipPeriod).not.toBeNull();
    const n = Number.isNaN(Number(m![1])) ? NUMBER_WORDS[m![1]!] : Number(m![1]);
    expect((n ?? NaN) * (m![2] === "years" ? 12 : 1)).toBe(o.headshipMonths);
  });
});

describe("funding once per NPQ", () => {
  const pastArb: fc.Arbitrary<PastApplication> = fc.record({
    course: fc.constantFrom(...COURSE_IDS),
    accepted: fc.boolean(),
    eligibleForFunding: fc.boolean(),
    declinedFundedPlace: fc.boolean(),
    result: fc.constantFrom("in_progress", "completed", "withdrawn", "failed", null),
  });

  it("never asks what became of an earlier application: withdrawing or failing changes nothing", () => {
    fc.assert(
      fc.property(fc.constantFrom(...COURSE_IDS), pastArb, (course, past) => {
        const counts = (result: PastApplication["result"]) => previouslyFundedFor(course, [{ ...past, result }]).previouslyFunded;
        const all = (["in_progress", "completed", "withdrawn", "failed", null] as const).map(counts);
        expect(new Set(all).size).toBe(1);
      }),
      { numRuns: 500 },
    );
  });
});

describe("the flows' outcome words", () => {
  it.each([
    ["funding once", PREVIOUS_FUNDING_STEPS, PREVIOUS_FUNDING_OUTCOMES],
    ["assessment entry", ASSESSMENT_STEPS, ASSESSMENT_OUTCOMES],
    ["SENCO qualification", SENCO_STEPS, SENCO_OUTCOME_WORDS],
  ] as const)("cover exactly the outcomes the %s steps can end in", (_name, steps, words) => {
    expect(Object.keys(words).sort()).toEqual([...flowOutcomes(steps as never)].sort());
    for (const w of Object.values(words) as { label: string; meaning: string }[]) {
      expect(w.label.length).toBeGreaterThan(2);
      expect(w.meaning).toMatch(/^[A-Z].*\.$/);
    }
  });

  it("say for every assessment outcome whether it uses an attempt", () => {
    expect(Object.keys(USES_ATTEMPT).sort()).toEqual(Object.keys(ASSESSMENT_OUTCOMES).sort());
  });
});

describe("the mandatory SENCO qualification's dates", () => {
  it("say of each date whether the source states it or it is assumed", () => {
    expect(Object.keys(MANDATORY_SENCO_QUALIFICATION_DATED_BY).sort()).toEqual(Object.keys(MANDATORY_SENCO_QUALIFICATION.values).sort());
  });
});

describe("the rules stated but not decided", () => {
  it("have unique ids", () => {
    const ids = STATED_NOT_DECIDED.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(STATED_NOT_DECIDED.map((s) => [s.id, s] as const))("%s cites a section of a seed that says it", (_id, s) => {
    expect(s.source.document).toMatch(/^seed-00[0-3]$/);
    expect(s.source.title).toContain(`'${s.source.section}'`);
    expect(s.evidence.split(/\s+/).length, "evidence is a short phrase").toBeLessThanOrEqual(15);
    const text = squash(sectionText(s.source.document!, s.source.section!));
    expect(text).toContain(squash(s.evidence));
  });
});
