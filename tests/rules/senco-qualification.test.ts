// The SENCO qualification requirement: NASENCo (seed 001) until the NPQ for SENCOs became mandatory
// on 1 September 2024 (seed 002); completed within three years of appointment; QTS or QTLS.
import { describe, expect, it } from "vitest";
import { SENCO_OUTCOMES, sencoQualification, type SencoQualificationInput } from "../../rules/index.ts";

const newSenco = (change: Partial<SencoQualificationInput> = {}): SencoQualificationInput => ({
  appointedOn: "2025-01-06",
  newToRole: true,
  setting: "academy",
  qualifiedTeacher: "qts",
  qualifications: [],
  asOf: "2026-01-06",
  ...change,
});

const cases: [string, Partial<SencoQualificationInput>, string, string][] = [
  ["A SENCO appointed in 2025 with no qualification yet has until 2028 to complete the NPQ for SENCOs", {}, "due", "npq-senco"],
  ["A SENCO appointed in 2025 who completed the NPQ for SENCOs in 2026 is qualified", { qualifications: [{ kind: "npq-senco", completedOn: "2026-07-01" }], asOf: "2026-08-01" }, "qualified", "npq-senco"],
  ["A SENCO appointed in 2025 who completed a NASENCo in 2026 is not qualified by it", { qualifications: [{ kind: "nasenco", completedOn: "2026-07-01" }], asOf: "2026-08-01" }, "due", "npq-senco"],
  ["A SENCO appointed in 2023 who completed the NASENCo in 2025 is qualified", { appointedOn: "2023-01-09", qualifications: [{ kind: "nasenco", completedOn: "2025-07-01" }], asOf: "2025-08-01" }, "qualified", "nasenco"],
  ["A SENCO appointed in 2023 who completed the NPQ for SENCOs in 2025 is qualified", { appointedOn: "2023-01-09", qualifications: [{ kind: "npq-senco", completedOn: "2025-07-01" }], asOf: "2025-08-01" }, "qualified", "nasenco"],
  ["A SENCO appointed on 31 August 2024 needed the NASENCo", { appointedOn: "2024-08-31" }, "due", "nasenco"],
  ["A SENCO appointed on 1 September 2024 needs the NPQ for SENCOs", { appointedOn: "2024-09-01" }, "due", "npq-senco"],
  ["A SENCO three years and a day after appointment without the qualification is overdue", { appointedOn: "2022-01-10", asOf: "2025-01-11" }, "overdue", "nasenco"],
  ["A SENCO on the last day of the three years is still in time", { appointedOn: "2022-01-10", asOf: "2025-01-10" }, "due", "nasenco"],
  ["A SENCO who qualified four years after appointment qualified late", { appointedOn: "2021-01-11", qualifications: [{ kind: "nasenco", completedOn: "2025-02-01" }], asOf: "2025-03-01" }, "qualified_late", "nasenco"],
  ["A qualification completed after the date judged on does not count yet", { qualifications: [{ kind: "npq-senco", completedOn: "2027-01-01" }] }, "due", "npq-senco"],
  ["A SENCO without QTS or QTLS cannot hold the role", { qualifiedTeacher: "none" }, "not_a_qualified_teacher", "npq-senco"],
  ["A SENCO with QTLS can hold the role", { qualifiedTeacher: "qtls" }, "due", "npq-senco"],
  ["An experienced SENCO moving school is not a new SENCO", { newToRole: false }, "not_required_existing_senco", "npq-senco"],
  ["The requirement does not apply outside maintained schools, academies and free schools", { setting: "other" }, "not_required_setting", "npq-senco"],
];

describe("SENCO qualification", () => {
  it.each(cases)("%s", (_name, change, outcome, required) => {
    const r = sencoQualification(newSenco(change));
    expect(r.outcome).toBe(outcome);
    expect(r.requiredQualification).toBe(required);
    for (const t of r.trace) expect(t.source.document).toMatch(/^seed-00[12]$/);
  });

  it("covers every outcome in the cases above", () => {
    const seen = new Set(cases.map(([, change]) => sencoQualification(newSenco(change)).outcome));
    expect(SENCO_OUTCOMES.filter((o) => !seen.has(o))).toEqual([]);
  });

  it("gives the deadline three years after appointment", () => {
    expect(sencoQualification(newSenco()).deadline).toBe("2028-01-06");
  });

  it("has no requirement to state for an appointment before it existed", () => {
    expect(() => sencoQualification(newSenco({ appointedOn: "2005-01-01" }))).toThrow(/no value on 2005-01-01/);
  });
});
