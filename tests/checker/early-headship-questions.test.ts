// The early headship checker's answers (browser/early-headship/questions.ts): read from the address the
// form sends, checked as GOV.UK forms check them, and decided by the rules module. Answering its form
// for any applicant of the grid gives that applicant's decision, for both offers.
import { describe, expect, it } from "vitest";
import { EARLY_HEADSHIP_OFFERS, earlyHeadshipEligibility, type EarlyHeadshipApplicant } from "../../rules/index.ts";
import { QUESTIONS, answersFromQuery, check, formView, type Answers } from "../../browser/early-headship/questions.ts";
import { earlyHeadshipGrid } from "../rules/early-headship-grid.ts";

const date = (name: string, iso: string) => {
  const [y, m, d] = iso.split("-");
  return { [`${name}-day`]: String(Number(d)), [`${name}-month`]: String(Number(m)), [`${name}-year`]: y! };
};

/** The answers a reader with this applicant would give. */
function answersFor(a: EarlyHeadshipApplicant, offer: string): Answers {
  return {
    offer,
    ...date("starts", a.trainingStarts),
    headteacher: a.firstHeadshipStarted === null ? "no" : "yes",
    ...(a.firstHeadshipStarted === null ? {} : date("headship", a.firstHeadshipStarted)),
    england: a.worksInEngland ? "yes" : "no",
    workplace: a.workplace,
    npqh: a.npqhStage,
    ...(a.npqhCompletedOn === null ? {} : date("npqh-completed", a.npqhCompletedOn)),
    withdrawn: a.withdrawnFromAdditionalSupportBefore ? "yes" : "no",
  };
}

const LINKS = { rulePage: "/rules/early-headship/", sources: {} };
/** A headteacher taking the NPQH: no date but the support's and the headship's. */
const studying = () => answersFor(earlyHeadshipGrid().find((a) => a.npqhStage === "studying_npqh" && a.firstHeadshipStarted !== null)!, "ehco");

describe("the early headship checker's answers", () => {
  it("decide as the rules module does for every applicant of the grid, for both offers", () => {
    // An applicant who completed the NPQH with no date given cannot be entered: the form asks for the date.
    const answerable = earlyHeadshipGrid().filter((a) => !(a.npqhStage === "completed_npqh" && a.npqhCompletedOn === null));
    for (const offer of EARLY_HEADSHIP_OFFERS) {
      for (const a of answerable) {
        const checked = check(answersFor(a, offer.id));
        expect(checked.errors, JSON.stringify(a)).toEqual([]);
        expect(checked.decision!.applicant).toEqual(a);
        expect(checked.decision!.result).toEqual(earlyHeadshipEligibility(a, offer.id));
      }
    }
  });

  it("read only the form's own fields from the address, trimmed", () => {
    expect(answersFromQuery("?offer=ehco&starts-day=%201%20&utm_source=x&headteacher=no")).toEqual({ offer: "ehco", "starts-day": "1", headteacher: "no" });
    expect(answersFromQuery("")).toEqual({});
  });

  it("ask for every answer left out, linking each error to its field", () => {
    const { errors, decision } = check({});
    expect(decision).toBeNull();
    // The two dates revealed by an answer are not asked until that answer is given.
    const asked = QUESTIONS.filter((q) => q.kind === "radios" || q.askedIf === null);
    expect(errors.map((e) => e.name)).toEqual(asked.map((q) => q.name));
    for (const e of errors) expect(e.href).toBe(QUESTIONS.find((q) => q.name === e.name)!.kind === "date" ? `#${e.name}-day` : `#${e.name}`);
  });

  it.each([
    [{ "starts-day": "31", "starts-month": "2", "starts-year": "2025" }, "The date the support starts must be a real date"],
    [{ "starts-day": "1", "starts-year": "2025" }, "The date the support starts must include a month"],
    [{ "starts-year": "2025" }, "The date the support starts must include a day and a month"],
    [{ "starts-day": "1", "starts-month": "9", "starts-year": "25" }, "The date the support starts must be a real date"],
    [{ "starts-day": "first", "starts-month": "9", "starts-year": "2025" }, "The date the support starts must be a real date"],
  ])("say what is wrong with a date: %j", (given, message) => {
    expect(check(given).errors.find((e) => e.name === "starts")?.text).toBe(message);
  });

  it("ask for the first headship's date only of a headteacher, and ignore it otherwise", () => {
    const base = studying();
    expect(check({ ...base, headteacher: "yes", "headship-day": "", "headship-month": "", "headship-year": "" }).errors.map((e) => e.text)).toEqual(["Enter the date their first headship started"]);
    const ignored = check({ ...base, headteacher: "no", ...date("headship", "2024-01-01") });
    expect(ignored.errors).toEqual([]);
    expect(ignored.decision!.applicant.firstHeadshipStarted).toBeNull();
  });

  it("reject an answer that is not one of the options", () => {
    const base = studying();
    expect(check(base).errors).toEqual([]);
    expect(check({ ...base, workplace: "state funded school" }).errors.map((e) => e.name)).toEqual(["workplace"]);
    expect(check({ ...base, offer: "npq-headship" }).errors.map((e) => e.name)).toEqual(["offer"]);
  });
});

describe("the early headship checker's view", () => {
  it("keeps the answers given, every question in order, and gives the result", () => {
    const a = earlyHeadshipGrid().find((x) => x.firstHeadshipStarted !== null && x.npqhStage === "completed_npqh" && x.npqhCompletedOn !== null && !x.worksInEngland)!;
    const answers = answersFor(a, "ehco");
    const view = formView(answers, check(answers), LINKS, "http://example/rules/early-headship/check/?x");
    expect(view.questions.map((q) => q.name)).toEqual(QUESTIONS.map((q) => q.name));
    for (const q of view.questions) if (q.kind === "date") expect([q.date.day, q.date.month, q.date.year]).toEqual(["day", "month", "year"].map((p) => answers[`${q.name}-${p}`]));
    for (const q of view.questions) if (q.kind === "radios") expect(q.items.filter((i) => i.checked).map((i) => i.value)).toEqual([answers[q.name]]);
    const expected = earlyHeadshipEligibility(a, "ehco");
    expect(view.result!.eligible).toBe(expected.eligible);
    expect(view.result!.reasons.map((r) => r.text)).toEqual(expected.reasons.map((r) => r.reason));
    expect(view.result!.checks.map((c) => c.href)).toEqual(expected.checks.map((c) => `/rules/early-headship/#step-${c.criterion}`));
  });
});
