// A step's permalink, opened in a browser, lands on that step; the rule page's contents link there
// too, and so does a step number in a course table; a table row's link lands on its row.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RULE_SETS } from "../../rules/index.ts";
import { launchChromium, servedSite } from "../helpers/browser.ts";

const site = servedSite();
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const inView = (selector: string) => (page: import("playwright-core").Page) =>
  page.evaluate((s) => {
    const box = document.querySelector(s)!.getBoundingClientRect();
    return box.top >= -1 && box.top < window.innerHeight;
  }, selector);

describe("permalinks in a browser", () => {
  const ruleSet = RULE_SETS[RULE_SETS.length - 1]!;
  const step = ruleSet.steps[Math.floor(ruleSet.steps.length / 2)]!;

  it("open a rule set page at the step they name", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.urlFor(`/rules/${ruleSet.id}/#step-${step.id}`));
    expect(await inView(`#step-${step.id}`)(page)).toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);
    await page.close();
  });

  it("are reached from the contents and from the step's own link", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(site.urlFor(`/rules/${ruleSet.id}/`));
    await page.locator(`.app-contents__steps a[href="#step-${step.id}"]`).click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#step-${step.id}`);
    expect(await inView(`#step-${step.id}`)(page)).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator(`#step-${step.id} .app-permalink`).click();
    expect(await inView(`#step-${step.id}`)(page)).toBe(true);
    await page.close();
  });

  it("take a table row's step number to that step on the rule set page", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(site.urlFor(`/rules/${ruleSet.id}/npq-headship/`));
    const link = page.locator(".app-eligibility-table tbody tr").last().locator("a.app-step-link").last();
    const number = (await link.innerText()).replace(/\D/g, "");
    await link.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/rules/${ruleSet.id}/`);
    const target = new URL(page.url()).hash;
    expect(target).toMatch(/^#step-/);
    await page.waitForLoadState("load");
    await expect.poll(() => inView(target)(page)).toBe(true);
    expect(await page.locator(`${target} .app-step__number`).innerText()).toBe(`Step ${number}.`);
    await page.close();
  });

  it("open a course table at the row they name", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.urlFor(`/rules/${ruleSet.id}/npq-headship/`));
    const ids = await page.locator(".app-eligibility-table tbody tr").evaluateAll((rows) => rows.map((r) => r.id));
    const last = ids[ids.length - 1]!;
    await page.goto(site.urlFor(`/rules/${ruleSet.id}/npq-headship/#${last}`));
    expect(await inView(`#${last}`)(page)).toBe(true);
    await page.close();
  });
});
