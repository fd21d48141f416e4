// The early headship checker in a real browser, under the site's Content Security Policy: filled in
// with the keyboard and sent, it shows the rules module's decision with every reason; its address
// opens the same result for someone else; Back and Forward move between the empty form and the
// result; an incomplete form gets GOV.UK's error summary, focused. No console error, no policy violation, and
// axe's WCAG 2.2 AA rules pass on the result and on the errors.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { earlyHeadshipEligibility, type EarlyHeadshipApplicant } from "../../rules/index.ts";
import { launchChromium, servedSite } from "../helpers/browser.ts";

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const site = servedSite();
const CHECK = "/rules/early-headship/check/";
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** A page that records console errors, uncaught errors and policy violations from its first script on. */
async function watchedPage(): Promise<{ page: Page; problems: () => Promise<string[]> }> {
  const page = await browser.newPage();
  const seen: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const w = window as unknown as { violations?: string[] };
      (w.violations ??= []).push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`);
    });
  });
  page.on("console", (m) => {
    if (m.type() === "error") seen.push(`console error: ${m.text()}`);
  });
  page.on("pageerror", (e) => seen.push(`uncaught: ${e.message}`));
  const problems = async () => [...seen, ...(await page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []))];
  return { page, problems };
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag22aa"] }, resultTypes: ["violations"] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

/** Choose a radio with the keyboard: focus it and press Space. */
async function choose(page: Page, name: string, value: string) {
  await page.focus(`input[name="${name}"][value="${value}"]`);
  await page.keyboard.press("Space");
}

async function typeDate(page: Page, name: string, iso: string) {
  const [y, m, d] = iso.split("-");
  await page.focus(`#${name}-day`);
  await page.keyboard.type(String(Number(d)));
  await page.keyboard.press("Tab");
  await page.keyboard.type(String(Number(m)));
  await page.keyboard.press("Tab");
  await page.keyboard.type(y!);
}

// A head six years in, at an independent school, who completed the NPQH after taking up headship:
// three reasons for the early headship coaching offer.
const APPLICANT: EarlyHeadshipApplicant = {
  trainingStarts: "2025-09-01",
  firstHeadshipStarted: "2019-09-01",
  worksInEngland: true,
  workplace: "independent_school",
  npqhStage: "completed_npqh",
  npqhCompletedOn: "2020-03-01",
  withdrawnFromAdditionalSupportBefore: false,
};

describe("the early headship checker", () => {
  it("decides as the rules module does, shares its result by address, and keeps Back and Forward", async () => {
    const expected = earlyHeadshipEligibility(APPLICANT, "ehco");
    expect(expected.reasons.length).toBeGreaterThan(1);
    const { page, problems } = await watchedPage();
    await page.goto(site.urlFor(CHECK), { waitUntil: "load" });
    await choose(page, "offer", "ehco");
    await typeDate(page, "starts", APPLICANT.trainingStarts);
    await choose(page, "headteacher", "yes");
    await typeDate(page, "headship", APPLICANT.firstHeadshipStarted!);
    await choose(page, "england", "yes");
    await choose(page, "workplace", APPLICANT.workplace);
    await choose(page, "npqh", APPLICANT.npqhStage);
    await typeDate(page, "npqh-completed", APPLICANT.npqhCompletedOn!);
    await choose(page, "withdrawn", "no");
    await Promise.all([page.waitForURL(/\?offer=ehco/), page.keyboard.press("Enter")]);

    const heading = page.locator("#check-result");
    await expect.poll(() => heading.textContent()).toBe("Result: Not eligible for the early headship coaching offer");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("check-result");
    const reasons = await page.locator(".app-check-result__reasons li").allTextContents();
    expect(reasons.map((r) => r.trim())).toEqual(expected.reasons.map((r) => r.reason));
    const answers = await page.locator(".app-check-result__checks tbody tr td:last-child").allTextContents();
    expect(answers.map((a) => a.trim())).toEqual(expected.checks.map((c) => (c.answer === "yes" ? "Yes" : "No")));
    const shareUrl = page.url();
    expect(await page.locator(".app-checker__share-url a").getAttribute("href")).toBe(shareUrl);

    // Someone else opening the address sees the same result and the answers in the form.
    const other = await watchedPage();
    await other.page.goto(shareUrl, { waitUntil: "load" });
    await expect.poll(() => other.page.locator("#check-result").textContent()).toBe("Result: Not eligible for the early headship coaching offer");
    expect(await other.page.inputValue("#npqh-completed-year")).toBe("2020");
    expect(await other.page.isChecked('input[name="workplace"][value="independent_school"]')).toBe(true);
    expect(await other.problems()).toEqual([]);
    await other.page.close();

    await page.goBack({ waitUntil: "load" });
    expect(new URL(page.url()).search).toBe("");
    expect(await page.locator("#check-result").count()).toBe(0);
    await page.goForward({ waitUntil: "load" });
    await expect.poll(() => page.locator("#check-result").textContent()).toBe("Result: Not eligible for the early headship coaching offer");

    expect(await axeViolations(page)).toEqual([]);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it("says an eligible applicant is eligible", async () => {
    const eligible = { ...APPLICANT, workplace: "state_funded_school" as const, firstHeadshipStarted: "2023-01-09", npqhCompletedOn: "2022-07-01" };
    expect(earlyHeadshipEligibility(eligible, "ehco").eligible).toBe(true);
    const { page, problems } = await watchedPage();
    const q = new URLSearchParams({
      offer: "ehco",
      "starts-day": "1", "starts-month": "9", "starts-year": "2025",
      headteacher: "yes", "headship-day": "9", "headship-month": "1", "headship-year": "2023",
      england: "yes", workplace: "state_funded_school", npqh: "completed_npqh",
      "npqh-completed-day": "1", "npqh-completed-month": "7", "npqh-completed-year": "2022", withdrawn: "no",
    });
    await page.goto(site.urlFor(`${CHECK}?${q}`), { waitUntil: "load" });
    await expect.poll(() => page.locator("#check-result").textContent()).toBe("Result: Eligible for the early headship coaching offer");
    expect(await page.locator(".app-check-result__reasons").count()).toBe(0);
    expect(await problems()).toEqual([]);
    await page.close();
  });

  it("lists what is missing in a focused error summary, each linked to its field", async () => {
    const { page, problems } = await watchedPage();
    await page.goto(site.urlFor(CHECK), { waitUntil: "load" });
    await choose(page, "offer", "aso");
    await Promise.all([page.waitForURL(/\?offer=aso/), page.keyboard.press("Enter")]);
    const summary = page.locator(".govuk-error-summary");
    await expect.poll(() => summary.count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest(".govuk-error-summary") !== null)).toBe(true);
    const links = await summary.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    expect(links[0]).toBe("#starts-day");
    for (const href of links) expect(await page.locator(href!).count(), href!).toBe(1);
    expect(await page.isChecked('input[name="offer"][value="aso"]')).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    expect(await problems()).toEqual([]);
    await page.close();
  });
});
