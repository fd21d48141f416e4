// Comparing two rule sets in a real browser (Debian's chromium through playwright-core): the reader
// chooses a pair in the form at /rules/compare/, presses Compare with the keyboard and lands on that
// pair's page, which lists the steps, parameters and table cells (counted by course, each course's on a page it
// links) that differ as tests/rules/compare-oracle.ts computes them from the two rule sets. An address /rules/compare/?from=…&to=… opens the pair's page
// too; choosing the same rule set twice says so in GOV.UK's error pattern. Without JavaScript the
// form lands on the list of every pair, whose link opens the same page.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ruleSetById, type RuleSet } from "../../rules/index.ts";
import { launchChromium, servedSite } from "../helpers/browser.ts";
import { expectedDifferences } from "../rules/compare-oracle.ts";

const site = servedSite();
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** A page that collects uncaught errors and console errors (a CSP violation is one). */
async function watchedPage(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  return { page, problems };
}

/** Choose a rule set in a select found by its label. */
async function choose(page: Page, label: string, ruleSet: RuleSet) {
  const select = page.getByLabel(label, { exact: true });
  await select.focus();
  await select.selectOption(ruleSet.id);
  expect(await select.inputValue()).toBe(ruleSet.id);
}

/**
 * The pair's page shows exactly the independently computed differences: its steps and parameters,
 * and the cells on the course pages its cells table links to (opened in a second tab). A course page
 * lists the cells from the older rule set to the newer, so going back in time they are read swapped.
 */
async function expectDifferencesShown(page: Page, from: RuleSet, to: RuleSet) {
  const expected = expectedDifferences(from, to);
  const shown = await page.evaluate(() => ({
    steps: [...document.querySelectorAll("[data-step]")].map((el) => [el.getAttribute("data-step")!, { kind: el.getAttribute("data-kind")!, aspects: (el.getAttribute("data-aspects") ?? "").split(" ").filter(Boolean) }] as const),
    parameters: [...document.querySelectorAll("[data-parameter]")].map((el) => el.getAttribute("data-parameter")!),
    courses: [...document.querySelectorAll('[data-category="cells"] .app-changes-overview tbody a')].map((a) => (a as HTMLAnchorElement).href),
  }));
  const sorted = <V>(entries: Iterable<readonly [string, V]>) => Object.fromEntries([...entries].sort(([a], [b]) => a.localeCompare(b)));
  expect(sorted(shown.steps)).toEqual(sorted(expected.steps));
  expect(shown.parameters.sort()).toEqual([...expected.parameters].sort());
  const cells: [string, { from: string; to: string }][] = [];
  const tab = await page.context().newPage();
  for (const href of shown.courses) {
    await tab.goto(href);
    cells.push(
      ...(await tab.evaluate((fromId) => {
        const reversed = document.querySelector(".app-changes")!.getAttribute("data-before") !== fromId;
        const table = document.querySelector("table.app-changes-table")!;
        return [...table.querySelectorAll("tbody tr")].flatMap((tr) =>
          tr.getAttribute("data-cells")!.split(" ").map((key) => {
            const [setting, older, newer] = key.split("|");
            const [before, after] = [tr.getAttribute("data-before")!, tr.getAttribute("data-after")!];
            return reversed
              ? ([`${table.getAttribute("data-course")}|${setting}|${newer}|${older}`, { from: after, to: before }] as [string, { from: string; to: string }])
              : ([`${table.getAttribute("data-course")}|${key}`, { from: before, to: after }] as [string, { from: string; to: string }]);
          }),
        );
      }, from.id)),
    );
  }
  await tab.close();
  expect(sorted(cells)).toEqual(sorted(expected.cells));
  // And the reader sees them counted: the title names the pair, the contents the number of cells.
  expect(await page.locator("h1").textContent()).toContain(`From rule set ${from.id}`);
  expect(await page.locator(".app-contents").textContent()).toContain(`${expected.cells.size} cells with a different outcome`);
}

// One pair forward in time and one back, neither of them consecutive-only.
const PAIRS = [
  ["2025-08-21", "2026-06-01"],
  ["2026-06-01", "2025-04-02"],
].map(([f, t]) => [f!, t!, ruleSetById(f!)!, ruleSetById(t!)!] as const);

describe("comparing two rule sets with JavaScript", () => {
  it.each(PAIRS)("the form opens the page from %s to %s, which lists what differs", async (_f, _t, from, to) => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const { page, problems } = await watchedPage(context);
    await page.goto(site.urlFor("/rules/compare/"));
    await choose(page, "From rule set", from);
    await choose(page, "To rule set", to);
    await page.getByRole("button", { name: "Compare" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(site.urlFor(`/rules/compare/${from.id}/${to.id}/`));
    await expectDifferencesShown(page, from, to);
    // Back returns to the form, as the reader left it.
    await page.goBack();
    await page.waitForURL(site.urlFor("/rules/compare/"));
    expect(problems).toEqual([]);
    await context.close();
  });

  it("opens the pair's page from an address with from and to, in place of the form", async () => {
    const [, , from, to] = PAIRS[0]!;
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(site.urlFor("/rules/"));
    await page.goto(site.urlFor(`/rules/compare/?from=${from.id}&to=${to.id}`));
    await page.waitForURL(site.urlFor(`/rules/compare/${from.id}/${to.id}/`));
    await expectDifferencesShown(page, from, to);
    // The address with the query was replaced, so Back does not bounce forward again.
    await page.goBack();
    await page.waitForURL(site.urlFor("/rules/"));
    expect(problems).toEqual([]);
    await context.close();
  });

  it("says, in GOV.UK's error pattern, when the two choices are the same rule set", async () => {
    const [, , from] = PAIRS[0]!;
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context);
    await page.goto(site.urlFor("/rules/compare/"));
    await choose(page, "From rule set", from);
    await choose(page, "To rule set", from);
    await page.getByRole("button", { name: "Compare" }).click();
    const summary = page.locator(".govuk-error-summary");
    await summary.waitFor();
    expect(await page.evaluate(() => document.activeElement?.classList.contains("govuk-error-summary"))).toBe(true);
    expect(await summary.textContent()).toContain("Choose a different rule set to compare with");
    expect(await page.locator("#compare-to-error").textContent()).toContain("Error: Choose a different rule set");
    expect(await page.getByLabel("To rule set", { exact: true }).getAttribute("aria-describedby")).toBe("compare-to-error");
    expect(await page.title()).toMatch(/^Error: /);
    expect(page.url()).toBe(site.urlFor("/rules/compare/"));
    // Choosing again and comparing clears the error and opens the page.
    await choose(page, "To rule set", ruleSetById(PAIRS[0]![1])!);
    await page.getByRole("button", { name: "Compare" }).click();
    await page.waitForURL(site.urlFor(`/rules/compare/${PAIRS[0]![0]}/${PAIRS[0]![1]}/`));
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe("comparing two rule sets without JavaScript", () => {
  it.each(PAIRS)("the form lands on the list of every pair, whose link opens the page from %s to %s", async (_f, _t, from, to) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(site.urlFor("/rules/compare/"));
    await choose(page, "From rule set", from);
    await choose(page, "To rule set", to);
    await page.getByRole("button", { name: "Compare" }).click();
    await page.waitForURL(site.urlFor(`/rules/compare/?from=${from.id}&to=${to.id}#every-comparison`));
    // The page opens at the list: its heading is in the window.
    const top = await page.locator("#every-comparison").evaluate((h) => h.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(800);
    const back = to.validFrom < from.validFrom ? "back " : "";
    await page.getByRole("link", { name: `From rule set ${from.id} ${back}to rule set ${to.id}`, exact: true }).click();
    await page.waitForURL(site.urlFor(`/rules/compare/${from.id}/${to.id}/`));
    await expectDifferencesShown(page, from, to);
    await context.close();
  });
});
