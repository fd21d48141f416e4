// The checker asks only what the rules read, and ends where the rules end: answering its questions
// from any eligibility-table row's application reaches that row's outcome, for every rule set.
import { describe, expect, it } from "vitest";
import { RULE_SETS, eligibilityRows, missingInstitutionRows, type Application, type RuleSet } from "../../rules/index.ts";
import { dateError, nextStep, questionById, type Answers } from "../../browser/checker/questions.ts";

const ELIGIBLE_TYPES = (r: RuleSet) => r.parameters.find((p) => p.id === "eligible-establishment-types")?.value ?? [];

/** The answer a reader with this application would give; undefined when no option says it. */
function oracle(ruleSet: RuleSet, a: Application, question: string): string | undefined {
  const yn = (b: boolean) => (b ? "yes" : "no");
  switch (question) {
    case "cohortFunding": return a.cohort.funding;
    case "worksInEngland": case "previouslyFunded": case "newHeadteacher": case "referredByReturnToTeachingAdviser": case "approvedIttProvider":
      return yn(a[question]);
    case "kindOfNursery": return a.kindOfNursery ?? undefined;
    case "employmentType": return a.employmentType ?? undefined;
    case "hasInstitution": return yn(a.institution !== null);
    case "institutionKind": return a.institution?.kind;
    case "establishmentType": {
      const code = a.institution?.establishmentTypeCode ?? null;
      if (code === null) return "unknown";
      if (code === "15") return "15";
      return ELIGIBLE_TYPES(ruleSet).includes(code) ? "1" : "11";
    }
  }
  if (question.startsWith("list:")) return yn(a.institution?.lists.includes(question.slice(5) as never) ?? false);
  throw new Error(`no oracle for ${question}`);
}

/** Work settings after which the checker takes the workplace to be a school or college, not asking again. */
const SCHOOL_SETTINGS = ["a_school", "an_academy_trust", "a_16_to_19_educational_setting"];

function answerAll(ruleSet: RuleSet, a: Application) {
  const answers: Record<string, string> = { date: ruleSet.validFrom, course: a.course };
  if (a.workSetting === null) return null;
  // "Where do you work? A school" and then a workplace registered as a childcare provider: the rules
  // decide such records (the tables list them), but a reader cannot say both in the checker.
  if (SCHOOL_SETTINGS.includes(a.workSetting) && a.institution && a.institution.kind !== "school") return null;
  answers.workSetting = a.workSetting;
  const asked: string[] = [];
  for (let i = 0; i < 40; i++) {
    const step = nextStep(answers as Answers);
    if (step.kind === "result") return { step, asked };
    const value = oracle(ruleSet, a, step.question.id);
    if (value === undefined) return null;
    expect(questionById(step.question.id).options.map((o) => o.value)).toContain(value);
    asked.push(step.question.id);
    answers[step.question.id] = value;
  }
  throw new Error("the checker kept asking");
}

describe("the checker's questions", () => {
  it.each(RULE_SETS.map((r) => [r.id, r] as const))("reach every row's outcome in rule set %s", (_id, ruleSet) => {
    let replayed = 0;
    const expressible = eligibilityRows(ruleSet).filter((row) => !(SCHOOL_SETTINGS.includes(row.application.workSetting ?? "") && row.application.institution && row.application.institution.kind !== "school"));
    for (const row of expressible) {
      const done = answerAll(ruleSet, row.application);
      if (!done) continue;
      replayed++;
      expect(done.step.ruleSet.id).toBe(ruleSet.id);
      expect("status" in done.step.result ? done.step.result.status : "error", JSON.stringify(row.application)).toBe(row.status);
      expect(new Set(done.asked).size).toBe(done.asked.length);
    }
    for (const row of missingInstitutionRows(ruleSet)) {
      const done = answerAll(ruleSet, row.application);
      if (!done) continue;
      replayed++;
      expect("error" in done.step.result && done.step.result.error.code).toBe("missing_mandatory_institution");
    }
    // Rows with no work setting, or a kind of nursery or role left unanswered, cannot be given in a form.
    expect(replayed).toBeGreaterThan(expressible.length * 0.6);
  });

  it("does not ask what kind of organisation a school is, after the reader said they work at one", () => {
    let results = 0;
    const walk = (answers: Record<string, string>) => {
      const step = nextStep(answers);
      if (step.kind === "result") return void results++;
      if (SCHOOL_SETTINGS.includes(answers.workSetting ?? "")) expect(step.question.id, JSON.stringify(answers)).not.toBe("institutionKind");
      for (const o of step.question.options) walk({ ...answers, [step.question.id]: o.value });
    };
    for (const r of RULE_SETS) for (const workSetting of SCHOOL_SETTINGS) walk({ date: r.validFrom, course: "npq-senior-leadership", workSetting });
    expect(results).toBeGreaterThan(100);
    // Where the work setting leaves it open (early years), it is still asked.
    let askedKind = 0;
    const walkEarlyYears = (answers: Record<string, string>) => {
      const step = nextStep(answers);
      if (step.kind === "result") return;
      if (step.question.id === "institutionKind") askedKind++;
      for (const o of step.question.options) walkEarlyYears({ ...answers, [step.question.id]: o.value });
    };
    walkEarlyYears({ date: "2026-07-01", course: "npq-senior-leadership", workSetting: "early_years_or_childcare" });
    expect(askedKind).toBeGreaterThan(0);
  });

  it("asks the date, the course and the work setting first", () => {
    expect(nextStep({})).toMatchObject({ kind: "question", question: { id: "date" } });
    expect(nextStep({ date: "2026-07-01" })).toMatchObject({ question: { id: "course" } });
    expect(nextStep({ date: "2026-07-01", course: "npq-headship" })).toMatchObject({ question: { id: "workSetting" } });
  });

  it("asks nothing about the school for the early headship coaching offer", () => {
    const answers = { date: "2026-07-01", course: "npq-early-headship-coaching-offer", workSetting: "a_school", cohortFunding: "full", worksInEngland: "yes", previouslyFunded: "no", newHeadteacher: "yes" };
    expect(nextStep(answers)).toMatchObject({ kind: "result", result: { status: "funded" } });
  });

  it.each([
    ["2025-04-01", /No rule set is in force/],
    ["2025-02-30", /real date/],
    ["2025-04-02", null],
  ])("checks the date %s", (date, message) => {
    const error = dateError(date);
    if (message === null) expect(error).toBeNull();
    else expect(error).toMatch(message);
  });
});
