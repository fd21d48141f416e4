// Every HTML page of the built site passes pa11y-ci with both runners (axe and HTML_CodeSniffer) at
// WCAG2AA: zero issues. The page list comes from the build output, so new pages are checked unasked.
import { describe, expect, it } from "vitest";
import { checkAccessibility, formatIssues } from "../../tools/checks/accessibility.ts";
import { servedSite } from "../helpers/browser.ts";

// pa11y takes about a second a page on this 2-core machine and several on a loaded one; the site has
// over 110 pages, so the suite's 180 s would fail a slow machine, not an inaccessible page. This limit
// only stops a hang (pa11y's own per-page timeout is 60 s, tools/checks/accessibility.ts).
const EVERY_PAGE_TIMEOUT_MS = 20 * 60_000;

describe("the accessibility check of the built site", () => {
  it("checks every .html page with axe and HTML_CodeSniffer and finds no issues", { timeout: EVERY_PAGE_TIMEOUT_MS }, async () => {
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
