// Every HTML page of the built site passes pa11y-ci with both runners (axe and HTML_CodeSniffer) at
// WCAG2AA: zero issues. The page list comes from the build output, so new pages are checked unasked.
import { describe, expect, it } from "vitest";
import { checkAccessibility, formatIssues } from "../../tools/checks/accessibility.ts";
import { servedSite } from "../helpers/browser.ts";

describe("the accessibility check of the built site", () => {
  it("checks every .html page with axe and HTML_CodeSniffer and finds no issues", async () => {
    const site = servedSite();
    expect(site.pagePaths).toContain("/");
    expect(site.pagePaths).toContain("/additional-support-offer/");
    const report = await checkAccessibility(site.pagePaths.map(site.urlFor));
    console.log(`Accessibility: ${report.pages.length} pages checked, ${report.issues.length} issues, ${report.ignored.length} known false positives set aside, in ${report.seconds.toFixed(1)} s`);
    expect(report.pages.map((url) => new URL(url).pathname)).toEqual(site.pagePaths);
    expect(report.failures).toEqual([]);
    expect(report.issues, formatIssues(report.issues)).toEqual([]);
  });
});
