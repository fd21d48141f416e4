// The eligibility table rows: computed by deciding, covering every outcome and every course and
// work setting, one row per distinct path, each replayable through the decision contract.
import { describe, expect, it } from "vitest";
import { specOutcome } from "./spec-oracle.ts";
import { COURSE_IDS, RULE_SETS, WORK_SETTINGS, decideLine, eligibilityRows, isErrorLine, missingInstitutionRows, ruleSetById } from "../../rules/index.ts";

describe.each(RULE_SETS.map((r) => [r.id, r] as const))("eligibility rows of rule set %s", (_id, ruleSet) => {
  const rows = eligibilityRows(ruleSet);

  it("include every outcome the rule set can return", () => {
    const statuses = new Set(rows.map((r) => r.status));
    expect(ruleSet.outcomes.filter((o) => !statuses.has(o))).toEqual([]);
  });

  it("cover every course and work setting", () => {
    for (const course of COURSE_IDS)
      for (const setting of [...WORK_SETTINGS, null]) {
        expect(rows.some((r) => r.application.course === course && r.application.workSetting === setting), `${course} ${setting}`).toBe(true);
      }
  });

  it("each end in the outcome the specification gives for its application (an oracle that is not the rules module)", () => {
    const wrong = rows.map((row) => ({ row, expected: specOutcome(ruleSet.id, row.application) })).filter(({ row, expected }) => row.status !== expected);
    expect(wrong.map(({ row, expected }) => `${JSON.stringify(row.application)}: table ${row.status}, specification ${expected}`)).toEqual([]);
  });

  it("replay through the decision contract (decideLine) to their status and path", () => {
    for (const row of rows) {
      const out = decideLine(JSON.parse(JSON.stringify(row.application)), { today: "2099-01-01" });
      expect(isErrorLine(out)).toBe(false);
      if (isErrorLine(out)) continue;
      expect(out.ruleSet).toBe(ruleSet.id);
      expect(out.status).toBe(row.status);
      expect(out.trace!.map((t) => ({ step: t.step, answer: t.answer }))).toEqual(row.path);
    }
  });

  it("hold one row per distinct path within a course and work setting", () => {
    const keys = rows.map((r) => `${r.application.course}|${r.application.workSetting}|${JSON.stringify(r.path)}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("list missing-institution paths apart, never as rows, where the specification says the decision is an error", () => {
    for (const u of missingInstitutionRows(ruleSet)) {
      expect(specOutcome(ruleSet.id, u.application), JSON.stringify(u.application)).toBe("error:missing_mandatory_institution");
      const out = decideLine(JSON.parse(JSON.stringify(u.application)), { today: "2099-01-01" });
      expect(isErrorLine(out) && out.error.code).toBe("missing_mandatory_institution");
    }
  });
});

describe("eligibility rows", () => {
  it("include a zero-funded cohort row where the rule set has unfunded_cohort", () => {
    for (const id of ["2025-08-21", "2026-06-01"]) {
      expect(eligibilityRows(ruleSetById(id)!).some((r) => r.application.cohort.funding === "zero" && r.status === "unfunded_cohort")).toBe(true);
    }
  });

  it("distinguish institution kinds in 2025-04-02", () => {
    const rows = eligibilityRows(ruleSetById("2025-04-02")!).filter((r) => r.application.course === "npq-early-years-leadership" && r.application.workSetting === "early_years_or_childcare");
    const kinds = new Set(rows.map((r) => r.application.institution?.kind ?? "none"));
    expect(kinds).toEqual(new Set(["school", "private_childcare_provider", "local_authority", "none"]));
  });
});
