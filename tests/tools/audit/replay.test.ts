// One recorded decision replayed: under the rule set in force on decidedOn unless the record names
// one; agreements, disagreements with the replayed trace, and errors that name the field.
import { describe, expect, it } from "vitest";
import { replayRecord, type Disagreement } from "../../../tools/audit/replay.ts";
import { ruleSetById } from "../../../rules/index.ts";

const today = "2026-11-01";
const hospitalSchoolNpqsl = {
  id: "a",
  course: "npq-senior-leadership",
  cohort: { id: "2025b", funding: "full" },
  worksInEngland: true,
  workSetting: "another_setting",
  employmentType: "hospital_school",
};
const replay = (raw: unknown, line = 7) => replayRecord({ line, raw }, { today });

describe("replayRecord", () => {
  it("agrees when the rules in force on decidedOn give the recorded status", () => {
    // NPQSL joined the review courses on 1 June 2026 (funding-rules.md, rule set "2026-06-01", step 7).
    expect(replay({ ...hospitalSchoolNpqsl, decidedOn: "2026-06-01", recordedStatus: "subject_to_review" })).toMatchObject({
      kind: "agree",
      ruleSet: "2026-06-01",
      ruleSetHash: ruleSetById("2026-06-01")!.hash,
    });
  });

  it("disagrees the day before, with the trace up to the deciding step and where they part", () => {
    const r = replay({ ...hospitalSchoolNpqsl, decidedOn: "2026-05-31", recordedStatus: "subject_to_review" }) as Disagreement;
    expect(r).toMatchObject({ kind: "disagree", line: 7, id: "a", recorded: "subject_to_review", replayed: "ineligible_establishment_type", ruleSet: "2025-08-21" });
    expect(r.ruleSetHash).toBe(ruleSetById("2025-08-21")!.hash);
    expect(r.trace.map((t) => t.step).slice(0, 2)).toEqual(["cohort-funded", "works-in-england"]);
    expect(r.trace.at(-1)).toMatchObject({ step: "review-course", answer: "no" });
    expect(r.parting).toMatch(/replay answered no; yes would have given "subject_to_review"/);
  });

  it("uses the rule set a record names, over its decidedOn", () => {
    const r = replay({ ...hospitalSchoolNpqsl, ruleSet: "2026-06-01", decidedOn: "2026-05-31", recordedStatus: "subject_to_review" });
    expect(r).toMatchObject({ kind: "agree", ruleSet: "2026-06-01" });
  });

  it("uses decidedOn, not an asOf the record carries", () => {
    const r = replay({ ...hospitalSchoolNpqsl, asOf: "2026-07-01", decidedOn: "2026-05-31", recordedStatus: "subject_to_review" });
    expect(r).toMatchObject({ kind: "disagree", ruleSet: "2025-08-21" });
  });

  const errors: { name: string; raw: unknown; code: string; message: RegExp }[] = [
    { name: "no decidedOn", raw: { ...hospitalSchoolNpqsl, recordedStatus: "funded" }, code: "invalid_input", message: /^decidedOn missing is not a date/ },
    { name: "a decidedOn that is not a date", raw: { ...hospitalSchoolNpqsl, decidedOn: "2025-02-30", recordedStatus: "funded" }, code: "invalid_input", message: /decidedOn "2025-02-30"/ },
    { name: "a recorded status outside the vocabulary", raw: { ...hospitalSchoolNpqsl, decidedOn: "2026-01-01", recordedStatus: "fundd" }, code: "invalid_input", message: /recordedStatus "fundd" is not a status/ },
    { name: "a work setting outside the vocabulary", raw: { ...hospitalSchoolNpqsl, workSetting: "a_shop", decidedOn: "2026-01-01", recordedStatus: "funded" }, code: "invalid_input", message: /workSetting "a_shop" is not allowed/ },
    { name: "a date before the first rule set", raw: { ...hospitalSchoolNpqsl, decidedOn: "2025-04-01", recordedStatus: "funded" }, code: "no_rule_set_in_force", message: /^decidedOn 2025-04-01: No rule set is in force/ },
    { name: "an unknown rule set", raw: { ...hospitalSchoolNpqsl, ruleSet: "2020-01-01", decidedOn: "2026-01-01", recordedStatus: "funded" }, code: "unknown_rule_set", message: /"2020-01-01" is not a rule set/ },
    { name: "a record that is not an object", raw: [1, 2], code: "invalid_input", message: /must be a JSON object/ },
  ];
  for (const e of errors) {
    it(`is an error, with its line, for ${e.name}`, () => {
      const r = replay(e.raw, 12);
      expect(r).toMatchObject({ kind: "error", line: 12, error: { code: e.code } });
      expect(r.kind === "error" && r.error.message).toMatch(e.message);
    });
  }
});
