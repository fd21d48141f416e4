// The checker draws its questions and results in the browser, so the every-page check sees only its
// first question. Its answers are in its address, so each state it can be in has an address of its
// own: a question with a hint and answers so far, and a result with its trace, checked here with
// both runners, as every page is.
import { describe, expect, it } from "vitest";
import { checkAccessibility, formatIssues } from "../../tools/checks/accessibility.ts";
import { servedSite } from "../helpers/browser.ts";

const STATES = [
  "/check/?date=2026-07-01&course=npq-headship&workSetting=a_school&cohortFunding=full&worksInEngland=yes&previouslyFunded=no&hasInstitution=yes",
  "/check/?date=2025-10-01&course=npq-leading-literacy&workSetting=a_school&cohortFunding=capped&worksInEngland=yes&previouslyFunded=no&hasInstitution=yes&list:rise=no&establishmentType=1&list:pp50-schools=no",
];

describe("the accessibility of the checker's states", () => {
  it("finds no issues in a question part-way through, or in a result", async () => {
    const site = servedSite();
    const report = await checkAccessibility(STATES.map(site.urlFor));
    expect(report.pages).toHaveLength(STATES.length);
    expect(report.failures).toEqual([]);
    expect(report.issues, formatIssues(report.issues)).toEqual([]);
  });
});
