// Properties of every decision: a message for every status, {course} substituted, a trace that ends
// at the deciding step with sources, and decideLine answers any JSON value without throwing.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  COURSES,
  OUTCOMES,
  RULE_SETS,
  STATUSES,
  decide,
  decideJsonLine,
  decideLine,
  isErrorLine,
  isUndecided,
  ruleSetById,
} from "../../rules/index.ts";
import { applicationArb } from "./arbitraries.ts";

describe("OUTCOMES", () => {
  it("give every status a message, a label and a source, and funded or review flags as the spec's table", () => {
    for (const status of STATUSES) {
      const o = OUTCOMES[status];
      expect(o.status).toBe(status);
      expect(o.message).toMatch(/^You|^We/);
      expect(o.label.length).toBeGreaterThan(0);
      expect(o.source.href).toContain("funding_eligibility.rb");
    }
    expect(STATUSES.filter((s) => OUTCOMES[s].funded)).toEqual(["funded"]);
    expect(STATUSES.filter((s) => OUTCOMES[s].subjectToReview).sort()).toEqual(["referred_by_return_to_teaching_adviser", "subject_to_review"]);
  });
});

describe("decide", () => {
  it("returns the outcome's flags and message, with the course name in place of {course}", () => {
    fc.assert(
      fc.property(applicationArb, fc.constantFrom(...RULE_SETS), (application, ruleSet) => {
        const result = decide(application, ruleSet);
        expect(result.ruleSet).toBe(ruleSet.id);
        expect(result.ruleSetHash).toBe(ruleSet.hash);
        if (isUndecided(result)) {
          expect(result.error.code).toBe("missing_mandatory_institution");
          expect(application.institution).toBeNull();
          expect(result.error.message).toContain("institution");
          return;
        }
        const outcome = OUTCOMES[result.status];
        expect(ruleSet.outcomes).toContain(result.status);
        expect(result.funded).toBe(outcome.funded);
        expect(result.subjectToReview).toBe(outcome.subjectToReview);
        const name = COURSES.find((c) => c.id === application.course)!.name;
        expect(result.message).toBe(outcome.message.replaceAll("{course}", name));
        expect(result.message).not.toContain("{course}");
      }),
      { numRuns: 3000 },
    );
  });

  it("says which course was already funded", () => {
    const r = decide(
      {
        course: "npq-headship", cohort: { id: "2026b", funding: "full" }, worksInEngland: true, previouslyFunded: true,
        workSetting: "a_school", kindOfNursery: null, institution: null, employmentType: null,
        approvedIttProvider: false, referredByReturnToTeachingAdviser: false, newHeadteacher: false,
      },
      ruleSetById("2026-06-01")!,
    );
    expect(!isUndecided(r) && r.message).toBe("You have already been allocated scholarship funding for Headship.");
  });

  it("decides an unfunded cohort and the EHCO before it needs an institution", () => {
    const base = {
      course: "npq-headship" as const, cohort: { id: "2026a", funding: "zero" as const }, worksInEngland: true, previouslyFunded: false,
      workSetting: "a_school" as const, kindOfNursery: null, institution: null, employmentType: null,
      approvedIttProvider: false, referredByReturnToTeachingAdviser: false, newHeadteacher: true,
    };
    for (const id of ["2025-08-21", "2026-06-01"]) {
      expect(decide(base, ruleSetById(id)!)).toMatchObject({ status: "unfunded_cohort" });
      expect(decide({ ...base, cohort: { id: "2026b", funding: "capped" }, course: "npq-early-headship-coaching-offer" }, ruleSetById(id)!)).toMatchObject({ status: "funded" });
    }
  });
});

describe("decideLine", () => {
  const options = { today: "2026-07-01", line: 3 };

  it("answers any JSON value with a decision or an error line, never a throw", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, brief) => {
        const out = decideLine(value, { ...options, brief });
        expect(isErrorLine(out) ? typeof out.error.code : typeof out.status).toBe("string");
      }),
      { numRuns: 2000 },
    );
  });

  it("answers application-shaped objects with wrong field types with an error naming the field", () => {
    const valid = { course: "npq-headship", cohort: { id: "2026b", funding: "full" }, worksInEngland: true };
    const fields = ["course", "cohort", "worksInEngland", "previouslyFunded", "workSetting", "kindOfNursery", "institution", "employmentType", "approvedIttProvider", "asOf", "ruleSet", "id"];
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.oneof(fc.integer(), fc.array(fc.string()), fc.string({ maxLength: 3 }), fc.constant(null)), (field, bad) => {
        const out = decideLine({ ...valid, [field]: bad }, options);
        if (isErrorLine(out) && out.error.code === "invalid_input") expect(out.error.message).toContain(field);
      }),
      { numRuns: 1000 },
    );
  });

  it("ignores unknown extra fields and treats absent booleans as false", () => {
    const a = decideLine({ course: "npq-headship", cohort: { id: "2026b", funding: "full" }, worksInEngland: true, workSetting: "other", colour: "blue" }, options);
    const b = decideLine({ course: "npq-headship", cohort: { id: "2026b", funding: "full" }, worksInEngland: true, workSetting: "other", referredByReturnToTeachingAdviser: false }, options);
    expect(a).toEqual(b);
    expect(a).toMatchObject({ status: "ineligible_establishment_type" });
  });

  it("echoes the id, and leaves out message and trace when brief", () => {
    const line = { id: "app-1", course: "npq-headship", cohort: { id: "2026b", funding: "full" }, worksInEngland: false };
    expect(Object.keys(decideLine(line, options))).toEqual(["id", "ruleSet", "ruleSetHash", "status", "funded", "subjectToReview", "message", "trace"]);
    expect(Object.keys(decideLine(line, { ...options, brief: true }))).toEqual(["id", "ruleSet", "ruleSetHash", "status", "funded", "subjectToReview"]);
  });

  it("gives the same JSON through decideJsonLine as JSON.stringify(decideLine(...))", () => {
    fc.assert(
      fc.property(applicationArb, fc.option(fc.string(), { nil: undefined }), fc.boolean(), (application, id, brief) => {
        const raw = id === undefined ? application : { id, ...application };
        const text = JSON.stringify(raw);
        const expected = JSON.stringify(decideLine(JSON.parse(text), { ...options, brief }));
        expect(decideJsonLine(text, { ...options, brief }).json).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("reports text that is not JSON as invalid_json with its line", () => {
    const r = decideJsonLine("{nope", options);
    expect(r.error).toBe(true);
    expect(JSON.parse(r.json)).toMatchObject({ line: 3, error: { code: "invalid_json" } });
  });
});
