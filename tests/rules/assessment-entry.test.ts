// Assessment entry and attempts (seed 003 "Expectations").
import { describe, expect, it } from "vitest";
import { ASSESSMENT_STEPS, assessmentHistory, assessmentWindow, type AssessmentWindow } from "../../rules/index.ts";

const window = (change: Partial<AssessmentWindow> = {}): AssessmentWindow => ({
  deadline: "2025-06-01",
  completedPercent: 95,
  deferralAgreedOn: null,
  submitted: true,
  extenuatingCircumstances: false,
  ...change,
});

describe("one assessment window", () => {
  it.each([
    ["90% done by the deadline and submitted uses an attempt", {}, "submitted", true, true],
    ["Exactly 90% is enough to be entered", { completedPercent: 90 }, "submitted", true, true],
    ["89% without a deferral loses an attempt", { completedPercent: 89 }, "not_entered_attempt_lost", false, true],
    ["89% with a deferral agreed before the deadline keeps the attempt", { completedPercent: 89, deferralAgreedOn: "2025-05-20" }, "deferred", false, false],
    ["A deferral agreed after the deadline does not keep the attempt", { completedPercent: 50, deferralAgreedOn: "2025-06-02" }, "not_entered_attempt_lost", false, true],
    ["Entered but not submitted loses an attempt", { submitted: false }, "not_submitted_attempt_lost", true, true],
    ["Entered but not submitted with extenuating circumstances keeps the attempt", { submitted: false, extenuatingCircumstances: true }, "not_submitted_attempt_kept", true, false],
  ] as const)("%s", (_name, change, outcome, entered, usedAttempt) => {
    const r = assessmentWindow(window(change), 2);
    expect(r.outcome).toBe(outcome);
    expect(r.entered).toBe(entered);
    expect(r.usedAttempt).toBe(usedAttempt);
    expect(r.attemptsLeftAfter).toBe(usedAttempt ? 1 : 2);
    expect(r.trace.at(-1)!.source.document).toBe("seed-003");
    const ids = ASSESSMENT_STEPS.map((s) => s.id);
    const positions = r.trace.map((t) => ids.indexOf(t.step));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("with no attempts left, nothing more can be entered", () => {
    expect(assessmentWindow(window(), 0).outcome).toBe("no_attempts_left");
  });
});

describe("a participant's assessment history", () => {
  it("has two attempts: missing 90% and not submitting use them up", () => {
    const h = assessmentHistory([
      window({ deadline: "2025-06-01", completedPercent: 80 }),
      window({ deadline: "2025-12-01", submitted: false }),
      window({ deadline: "2026-06-01" }),
    ]);
    expect(h.windows.map((w) => w.outcome)).toEqual(["not_entered_attempt_lost", "not_submitted_attempt_lost", "no_attempts_left"]);
    expect(h.attemptsLeft).toBe(0);
  });

  it("keeps both attempts through a deferral, in deadline order whatever the input order", () => {
    const h = assessmentHistory([window({ deadline: "2026-01-15" }), window({ deadline: "2025-06-01", completedPercent: 70, deferralAgreedOn: "2025-05-01" })]);
    expect(h.windows.map((w) => w.outcome)).toEqual(["deferred", "submitted"]);
    expect(h.attemptsLeft).toBe(1);
  });

  it("rejects a percentage out of range, naming the field", () => {
    expect(() => assessmentHistory([window({ completedPercent: 120 })])).toThrow(/completedPercent 120/);
  });
});
