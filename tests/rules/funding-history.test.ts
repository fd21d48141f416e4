// Funding once per NPQ (seed 002 "Funding restrictions"); the ASO and the EHCO count as one course.
import { describe, expect, it } from "vitest";
import { previouslyFundedFor, type PastApplication } from "../../rules/index.ts";

const funded = (course: PastApplication["course"], change: Partial<PastApplication> = {}): PastApplication => ({
  course,
  accepted: true,
  eligibleForFunding: true,
  declinedFundedPlace: false,
  result: "in_progress",
  ...change,
});

describe("funding once per NPQ", () => {
  it.each([
    ["Someone with no earlier applications was not funded before", "npq-headship", [], false],
    ["Someone funded for NPQH was funded before for NPQH", "npq-headship", [funded("npq-headship")], true],
    ["Someone funded for NPQH who withdrew still counts as funded", "npq-headship", [funded("npq-headship", { result: "withdrawn" })], true],
    ["Someone funded for NPQH who failed still counts as funded", "npq-headship", [funded("npq-headship", { result: "failed" })], true],
    ["Funding for NPQSL does not count against NPQH", "npq-headship", [funded("npq-senior-leadership")], false],
    ["Funding for the ASO counts against the EHCO", "npq-early-headship-coaching-offer", [funded("npq-additional-support-offer")], true],
    ["Funding for the EHCO counts against the ASO", "npq-additional-support-offer", [funded("npq-early-headship-coaching-offer")], true],
    ["An application that was not accepted does not count", "npq-headship", [funded("npq-headship", { accepted: false })], false],
    ["An application not eligible for funding does not count", "npq-headship", [funded("npq-headship", { eligibleForFunding: false })], false],
    ["A declined funded place does not count", "npq-headship", [funded("npq-headship", { declinedFundedPlace: true })], false],
    ["One counting application among others is enough", "npq-headship", [funded("npq-headship", { accepted: false }), funded("npq-headship", { result: "failed" })], true],
  ] as const)("%s", (_name, course, history, expected) => {
    const check = previouslyFundedFor(course, history);
    expect(check.previouslyFunded).toBe(expected);
    expect(check.applications).toHaveLength(history.length);
    for (const a of check.applications) for (const t of a.trace) expect(t.source.title.length).toBeGreaterThan(0);
  });
});
