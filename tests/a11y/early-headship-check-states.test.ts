// The early headship checker draws its result and errors in the browser, so the every-page check sees
// only its empty form. Its answers are in its address, so each state has an address of its own: a
// result with every reason, an eligible result and a form with errors, checked here with both
// runners, as every page is.
import { describe, expect, it } from "vitest";
import { checkAccessibility, formatIssues } from "../../tools/checks/accessibility.ts";
import { servedSite } from "../helpers/browser.ts";

const CHECK = "/rules/early-headship/check/";
const ANSWERS = "offer=ehco&starts-day=1&starts-month=9&starts-year=2025&headteacher=yes&headship-day=1&headship-month=9&headship-year=2019&england=yes&npqh=completed_npqh&npqh-completed-day=1&npqh-completed-month=3&npqh-completed-year=2020&withdrawn=no";
const STATES = [
  `${CHECK}?${ANSWERS}&workplace=independent_school`,
  `${CHECK}?${ANSWERS.replace("headship-year=2019", "headship-year=2023").replace("npqh-completed-year=2020", "npqh-completed-year=2022")}&workplace=state_funded_school`,
  `${CHECK}?offer=aso&starts-day=31&starts-month=2&starts-year=2025&headteacher=yes`,
];

describe("the accessibility of the early headship checker's states", () => {
  it("finds no issues in a result with reasons, an eligible result, or a form with errors", async () => {
    const site = servedSite();
    const report = await checkAccessibility(STATES.map(site.urlFor));
    expect(report.pages).toHaveLength(STATES.length);
    expect(report.failures).toEqual([]);
    expect(report.issues, formatIssues(report.issues)).toEqual([]);
  });
});
