// The checker's answers in its address: an address gives back exactly the answers of the journey that
// made it, and anything else in it (unknown parameters, values that are not options, answers to
// questions the rules never asked) is left out.
import { describe, expect, it } from "vitest";
import { RULE_SETS } from "../../rules/index.ts";
import { answersFromQuery, queryOf } from "../../browser/checker/address.ts";
import { nextStep, type Answers } from "../../browser/checker/questions.ts";

/** Every journey the checker can take from each rule set's first day, as the answers in order. */
function journeys(): Answers[] {
  const found: Answers[] = [];
  const walk = (answers: Record<string, string>) => {
    const step = nextStep(answers);
    if (step.kind === "result") return void found.push(answers);
    for (const o of step.question.options) walk({ ...answers, [step.question.id]: o.value });
  };
  for (const r of RULE_SETS) walk({ date: r.validFrom });
  return found;
}

describe("the checker's address", () => {
  const all = journeys();

  it("gives back every journey's answers, in the order asked, and its result", () => {
    expect(all.length).toBeGreaterThan(1000);
    for (const answers of all) {
      const back = answersFromQuery(queryOf(answers));
      expect(Object.entries(back)).toEqual(Object.entries(answers));
    }
  });

  it("gives back each part of a journey: the answers so far, then the next question", () => {
    const answers = all[all.length - 1]!;
    const ids = Object.keys(answers);
    for (let n = 0; n <= ids.length; n++) {
      const part = Object.fromEntries(ids.slice(0, n).map((id) => [id, answers[id]!]));
      expect(answersFromQuery(queryOf(part))).toEqual(part);
    }
  });

  it("reads parameters in any order, as the questions ask them", () => {
    const answers = all[0]!;
    const reversed = new URLSearchParams(Object.entries(answers).reverse()).toString();
    expect(Object.entries(answersFromQuery(`?${reversed}`))).toEqual(Object.entries(answers));
  });

  it.each([
    ["an unknown parameter", "?date=2026-07-01&utm_source=mail&course=npq-headship", { date: "2026-07-01", course: "npq-headship" }],
    ["a value that is not an option", "?date=2026-07-01&course=npq-cookery&workSetting=a_school", { date: "2026-07-01" }],
    ["an impossible date", "?date=2026-02-30&course=npq-headship", {}],
    ["a date before any rule set", "?date=2020-01-01&course=npq-headship", {}],
    ["a date in another form", "?date=1%2F7%2F2026&course=npq-headship", {}],
    ["an answer to a question not asked", "?date=2026-07-01&course=npq-headship&workSetting=a_school&kindOfNursery=private_nursery", { date: "2026-07-01", course: "npq-headship", workSetting: "a_school" }],
    ["nothing", "", {}],
  ])("leaves out %s", (_name, search, expected) => {
    expect(answersFromQuery(search)).toEqual(expected);
  });

  it("writes colons in question ids as they are, and nothing for no answers", () => {
    expect(queryOf({ date: "2026-07-01", "list:rise": "yes" })).toBe("?date=2026-07-01&list:rise=yes");
    expect(queryOf({})).toBe("");
  });
});
