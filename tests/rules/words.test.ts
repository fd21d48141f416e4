// The rules' vocabulary in a policy reader's words: each outcome said once, and a label lowered
// mid-sentence without lowering an acronym.
import { describe, expect, it } from "vitest";
import { STATUSES, type Status } from "../../rules/index.ts";
import { lowerFirst, outcomeWords } from "../../rules/words.ts";

describe("outcomeWords", () => {
  // What a table cell or a checker headline says for each kind of outcome, as a policy reader reads it.
  const cases: [Status, string, string][] = [
    ["funded", "Funded", ""],
    ["subject_to_review", "Subject to review by DfE", "by DfE"],
    ["referred_by_return_to_teaching_adviser", "Subject to review: Referred by a return-to-teaching adviser", "Referred by a return-to-teaching adviser"],
    ["not_in_england", "Not funded: Does not work in England", "Does not work in England"],
    ["ineligible_establishment_not_a_pp50", "Not funded: Workplace is not on the PP50 list", "Workplace is not on the PP50 list"],
  ];
  it.each(cases)("says %s as %j", (status, text, detail) => {
    const w = outcomeWords(status);
    expect([w.text, w.detail]).toEqual([text, detail]);
    expect(`${w.verdictWords}${w.afterVerdict}`).toBe(text);
  });

  it.each(STATUSES.map((s) => [s]))("says the verdict of %s once", (status) => {
    const w = outcomeWords(status);
    const times = w.text.toLowerCase().split(w.verdictWords.toLowerCase()).length - 1;
    expect(times, w.text).toBe(1);
    expect(w.text.startsWith(w.verdictWords)).toBe(true);
  });
});

describe("lowerFirst", () => {
  const cases: [string, string][] = [
    ["Workplace is not an eligible type", "workplace is not an eligible type"],
    ["NPQ not funded in this early years setting", "NPQ not funded in this early years setting"],
    ["PP50 list", "PP50 list"],
    ["A school", "a school"],
  ];
  it.each(cases)("turns %j into %j", (input, expected) => {
    expect(lowerFirst(input)).toBe(expected);
  });
});
