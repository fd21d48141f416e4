// The rule sets as printed: dates without gap or overlap, steps that are exactly the steps decisions
// walk, and printed questions that agree with the parameters they read.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  COURSES,
  OUTCOMES,
  RULE_SETS,
  RulesError,
  decide,
  isUndecided,
  parameterValueAt,
  PARAMETERS,
  ruleSetById,
  ruleSetInForce,
  type Parameter,
} from "../../rules/index.ts";
import { applicationArb, dateArb } from "./arbitraries.ts";

describe("rule set dates", () => {
  it("start on 2 April 2025, 21 August 2025 and 1 June 2026, in that order", () => {
    expect(RULE_SETS.map((r) => [r.id, r.validFrom, r.validTo])).toEqual([
      ["2025-04-02", "2025-04-02", "2025-08-20"],
      ["2025-08-21", "2025-08-21", "2026-05-31"],
      ["2026-06-01", "2026-06-01", null],
    ]);
  });

  it("give every date from 2 April 2025 on exactly one rule set, and none before", () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        const containing = RULE_SETS.filter((r) => r.validFrom <= date && (r.validTo === null || date <= r.validTo));
        if (date < "2025-04-02") {
          expect(containing).toHaveLength(0);
          expect(() => ruleSetInForce(date)).toThrow(RulesError);
          try {
            ruleSetInForce(date);
          } catch (e) {
            expect((e as RulesError).code).toBe("no_rule_set_in_force");
          }
        } else {
          expect(containing).toHaveLength(1);
          expect(ruleSetInForce(date).id).toBe(containing[0]!.id);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("find rule sets by id, and nothing for an unknown id", () => {
    expect(ruleSetById("2025-08-21")?.validFrom).toBe("2025-08-21");
    expect(ruleSetById("2024-06-12")).toBeUndefined();
  });
});

describe("rule set steps", () => {
  it("are walked in printed order: every trace is an ordered walk ending at a deciding step", () => {
    fc.assert(
      fc.property(applicationArb, fc.constantFrom(...RULE_SETS), (application, ruleSet) => {
        const result = decide(application, ruleSet);
        const ids = ruleSet.steps.map((s) => s.id);
        const positions = result.trace.map((t) => ids.indexOf(t.step));
        expect(positions[0]).toBe(0);
        for (let i = 1; i < positions.length; i++) expect(positions[i]).toBeGreaterThan(positions[i - 1]!);
        // Each step walked goes where its printed branch says.
        for (let i = 0; i < result.trace.length - 1; i++) {
          const step = ruleSet.steps[positions[i]!]!;
          const branch = result.trace[i]!.answer === "yes" ? step.yes : step.no;
          const expectedNext = branch === "next" ? positions[i]! + 1 : "goTo" in branch ? ids.indexOf(branch.goTo) : -1;
          expect(positions[i + 1]).toBe(expectedNext);
        }
        const last = result.trace.at(-1)!;
        const deciding = ruleSet.steps[positions.at(-1)!]!;
        const branch = last.answer === "yes" ? deciding.yes : deciding.no;
        if (isUndecided(result)) expect(branch).toMatchObject({ error: result.error.code });
        else expect(branch).toEqual({ outcome: result.status });
        for (const t of result.trace) {
          expect(t.source.title.length).toBeGreaterThan(0);
          expect(t.question).toBe(ruleSet.steps[ids.indexOf(t.step)]!.question);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("each have a question, a plain-English rule and a cited source", () => {
    for (const r of RULE_SETS)
      for (const s of r.steps) {
        expect(s.question, `${r.id} ${s.id}`).toMatch(/\?$/);
        expect(s.rule.length, `${r.id} ${s.id}`).toBeGreaterThan(10);
        expect(s.source.href ?? s.source.document, `${r.id} ${s.id}`).toBeTruthy();
      }
  });

  it("list the outcomes they can yield, and the rule set lists exactly the union", () => {
    for (const r of RULE_SETS) {
      expect(new Set(r.outcomes)).toEqual(new Set(r.steps.flatMap((s) => s.outcomes)));
      for (const o of r.outcomes) expect(OUTCOMES[o].message.length).toBeGreaterThan(0);
    }
  });

  it("have outcomes as funding-rules.md lists them for each rule set", () => {
    const sorted = (id: string) => [...ruleSetById(id)!.outcomes].sort();
    expect(sorted("2025-04-02")).toEqual(
      [
        "funded", "previously_funded", "not_lead_mentor_course", "not_in_england", "ineligible_institution_type",
        "referred_by_return_to_teaching_adviser", "no_institution", "not_on_early_years_register",
        "not_entitled_ey_institution", "not_new_headteacher_requesting_ehco", "ineligible_establishment_not_a_pp50",
        "ineligible_establishment_type", "early_years_invalid_npq", "not_entitled_childminder",
      ].sort(),
    );
    expect(sorted("2025-04-02")).not.toContain("subject_to_review");
    expect(sorted("2025-08-21")).toContain("not_entitled_ey_institution");
    expect(sorted("2026-06-01")).not.toContain("not_entitled_ey_institution");
    for (const id of ["2025-08-21", "2026-06-01"]) expect(sorted(id)).toEqual(expect.arrayContaining(["unfunded_cohort", "subject_to_review"]));
  });

  it("name in their question exactly the courses of the course set they read", () => {
    for (const r of RULE_SETS)
      for (const s of r.steps) {
        const param = "courseIn" in s.test && !Array.isArray(s.test.courseIn) ? (s.test.courseIn as { param: string }).param : null;
        if (!param) continue;
        const value = r.parameters.find((p) => p.id === param)!.value;
        const named = COURSES.filter((c) => new RegExp(`\\b${c.code}\\b`).test(s.question)).map((c) => c.id);
        expect(new Set(named), `${r.id} ${s.id}`).toEqual(new Set(value));
      }
  });

  it("list differences from guidance on every rule set, each on a real step, citing seeds (tests/rules/guidance-differences.test.ts says which)", () => {
    for (const r of RULE_SETS) {
      expect(r.differences.length, r.id).toBeGreaterThanOrEqual(3);
      for (const d of r.differences) {
        expect(r.steps.map((s) => s.id)).toContain(d.step);
        for (const g of d.guidance) expect(g.source.document).toMatch(/^seed-/);
        expect(r.steps.find((s) => s.id === d.step)!.source.href).toContain("npq-registration");
      }
    }
  });
});

describe("dated parameters", () => {
  it("give the value in force on a date, stated once per change", () => {
    const pp50 = PARAMETERS.find((p) => p.id === "pp50-only-courses")! as Parameter;
    expect(parameterValueAt(pp50, "2025-08-20").value).not.toContain("npq-leading-primary-mathematics");
    expect(parameterValueAt(pp50, "2025-08-21").value).toContain("npq-leading-primary-mathematics");
    expect(parameterValueAt(pp50, "2026-06-01").value).not.toContain("npq-senior-leadership");
    expect(parameterValueAt(pp50, "2026-06-01").from).toBe("2026-06-01");
  });

  // A rule set reads its parameters at its start (rules/rule-set.ts): a value dated inside a rule
  // set's span would be ignored until the next rule set began. So every value starts a rule set.
  it.each(PARAMETERS.map((p) => [p.id, p] as const))("%s changes only on the day a rule set starts", (_id, parameter) => {
    const starts = RULE_SETS.map((r) => r.validFrom);
    for (const date of Object.keys((parameter as Parameter).values)) expect(starts, `${parameter.id} has a value from ${date}`).toContain(date);
  });

  it("refuse a date before their first value", () => {
    const review = PARAMETERS.find((p) => p.id === "review-courses")! as Parameter;
    expect(() => parameterValueAt(review, "2025-04-02")).toThrow(/no value on 2025-04-02/);
  });

  it("hold the 30 eligible establishment types", () => {
    const types = PARAMETERS.find((p) => p.id === "eligible-establishment-types")! as Parameter;
    const value = parameterValueAt(types, "2026-06-01").value;
    expect(value).toHaveLength(30);
    expect(value).toContain("15");
    expect(value).not.toContain("11");
    expect(value).not.toContain("30");
  });
});
