// ASO (seed 000, 2021) and EHCO (seed 002) eligibility: every failing criterion is returned, cited.
import { describe, expect, it } from "vitest";
import { earlyHeadshipEligibility, headteacherStatus, isNewHeadteacher, type EarlyHeadshipApplicant } from "../../rules/index.ts";

const eligibleHead: EarlyHeadshipApplicant = {
  firstHeadshipStarted: "2024-09-01",
  trainingStarts: "2025-09-01",
  worksInEngland: true,
  workplace: "state_funded_school",
  npqhStage: "studying_npqh",
  npqhCompletedOn: null,
  withdrawnFromAdditionalSupportBefore: false,
};

const cases: [string, Partial<EarlyHeadshipApplicant>, "aso" | "ehco", string[]][] = [
  ["A head one year in, taking the NPQH, is eligible for the ASO", {}, "aso", []],
  ["A head one year in, taking the NPQH, is eligible for the EHCO", {}, "ehco", []],
  ["A head three years in is too late for the 2021 ASO but not for the EHCO", { firstHeadshipStarted: "2022-08-01" }, "aso", ["early-headship"]],
  ["A head three years in is eligible for the EHCO", { firstHeadshipStarted: "2022-08-01" }, "ehco", []],
  ["A head exactly 24 months in is past the ASO's first 24 months", { firstHeadshipStarted: "2023-09-01" }, "aso", ["early-headship"]],
  ["A head one day short of 24 months is within the ASO's period", { firstHeadshipStarted: "2023-09-02" }, "aso", []],
  ["A head six years in is past the EHCO's five years", { firstHeadshipStarted: "2019-08-01" }, "ehco", ["early-headship"]],
  ["Someone who is not a headteacher is not eligible", { firstHeadshipStarted: null }, "ehco", ["early-headship"]],
  ["A head of a state-funded 16 to 19 organisation is eligible for the EHCO", { workplace: "state_funded_16_to_19" }, "ehco", []],
  ["A head of a state-funded 16 to 19 organisation was not eligible for the 2021 ASO", { workplace: "state_funded_16_to_19" }, "aso", ["state-funded-workplace"]],
  ["A head who completed the NPQH before the first headship is eligible", { npqhStage: "completed_npqh", npqhCompletedOn: "2024-06-30" }, "ehco", []],
  ["A head who completed the NPQH after taking up headship is not eligible", { npqhStage: "completed_npqh", npqhCompletedOn: "2025-03-01" }, "ehco", ["npqh"]],
  ["A head who will start the NPQH later is not eligible yet", { npqhStage: "will_start_npqh" }, "ehco", ["npqh"]],
  [
    "An independent school head outside England, with no NPQH, who withdrew before, gets every reason",
    { worksInEngland: false, workplace: "independent_school", npqhStage: "none", withdrawnFromAdditionalSupportBefore: true },
    "ehco",
    ["works-in-england", "state-funded-workplace", "npqh", "not-withdrawn"],
  ],
];

describe("early headship support eligibility", () => {
  it.each(cases)("%s", (_name, change, offer, failing) => {
    const result = earlyHeadshipEligibility({ ...eligibleHead, ...change }, offer);
    expect(result.eligible).toBe(failing.length === 0);
    expect(result.reasons.map((r) => r.criterion)).toEqual(failing);
    expect(result.checks).toHaveLength(5);
    for (const r of result.reasons) {
      expect(r.reason.length).toBeGreaterThan(10);
      expect(r.source.document).toBe(offer === "aso" ? "seed-000" : "seed-002");
    }
  });

  it("rejects a date that is not a date, naming the field", () => {
    expect(() => earlyHeadshipEligibility({ ...eligibleHead, trainingStarts: "next year" }, "ehco")).toThrow(/trainingStarts "next year"/);
  });
});

describe("headteacher status, as the service stores it", () => {
  it.each([
    ["2024-09-01", "2025-09-01", "ehco", "yes_in_first_five_years"],
    ["2019-09-01", "2025-09-01", "ehco", "yes_over_five_years"],
    ["2024-09-01", "2025-09-01", "aso", "yes_in_first_two_years"],
    ["2022-09-01", "2025-09-01", "aso", "yes_over_two_years"],
    [null, "2025-09-01", "ehco", "no"],
    ["2026-01-01", "2025-09-01", "ehco", "no"],
  ] as const)("headship from %s, on %s, for %s: %s", (start, asOf, offer, expected) => {
    expect(headteacherStatus(start, asOf, offer)).toBe(expected);
  });

  it("feeds the funding decision's new headteacher fact", () => {
    expect(isNewHeadteacher("2021-09-02", "2026-09-01")).toBe(true);
    expect(isNewHeadteacher("2021-09-01", "2026-09-01")).toBe(false);
  });
});
