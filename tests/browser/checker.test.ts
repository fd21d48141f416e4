// The funding checker in a real browser (Debian's chromium through playwright-core): answered with
// the keyboard, it reaches a funded, a not-funded and a review outcome, and shows the message, the
// rule set, its hash and the trace with sources. Its answers live in the address: Back, Forward and
// reload keep the reader's place, a result's address opens the same result for someone else, and a
// result prints on one A4 page.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RULE_SETS, decide, ruleSetById, type Application } from "../../rules/index.ts";
import { queryOf } from "../../browser/checker/address.ts";
import { nextStep, type Answers } from "../../browser/checker/questions.ts";
import { launchChromium, servedSite } from "../helpers/browser.ts";

// The site the browser project's global setup built and serves (tests/setup/served-site.ts).
const base = servedSite().url.replace(/\/$/, "");
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

/** Answer the current question with the keyboard: type a date, or move to a radio and select it. */
async function answer(page: Page, legend: string, value: string) {
  const heading = page.locator("[data-focus]");
  await expect.poll(() => heading.textContent()).toBe(legend);
  if (legend.startsWith("On what date")) {
    // The first question: on page load focus stays where the reader is, so start in the day field.
    const [y, m, d] = value.split("-");
    await page.focus("#answer-day");
    await page.keyboard.type(String(Number(d)));
    await page.keyboard.press("Tab");
    await page.keyboard.type(String(Number(m)));
    await page.keyboard.press("Tab");
    await page.keyboard.type(y!);
    await page.keyboard.press("Enter");
    return;
  }
  // Later questions: focus moved to the new question's heading, so a screen reader announces it.
  expect(await page.evaluate(() => document.activeElement?.hasAttribute("data-focus"))).toBe(true);
  const label = page.locator("label.govuk-radios__label", { hasText: new RegExp(`^\\s*${value.replace(/[()]/g, "\\$&")}\\s*$`) });
  const id = await label.getAttribute("for");
  await page.focus(`#${id}`);
  await page.keyboard.press("Space");
  await page.keyboard.press("Enter");
}

interface Journey {
  name: string;
  answers: [string, string][];
  status: string;
  headline: string;
  application: Application;
}

const JOURNEYS: Journey[] = [
  {
    name: "funded: NPQH at a school on the RISE list, July 2026",
    answers: [
      ["On what date is the funding decision taken?", "2026-07-01"],
      ["Which course are you applying for?", "Headship (NPQH)"],
      ["Where do you work?", "A school"],
      ["Does the cohort you are applying for have DfE scholarship funding?", "Yes, full funding"],
      ["Do you work in England?", "Yes"],
      ["Have you already been funded for this NPQ?", "No"],
      ["Can you name the school, college, nursery or local authority you work at?", "Yes"],
      ["Is your workplace on the RISE schools list?", "Yes"],
    ],
    status: "funded",
    headline: "Result: Funded",
    application: { asOf: "2026-07-01", course: "npq-headship", cohort: { id: "2026b", funding: "full" }, worksInEngland: true, previouslyFunded: false, workSetting: "a_school", kindOfNursery: null, institution: { kind: "school", urn: "100000", ukprn: null, establishmentTypeCode: null, lists: ["rise"] }, employmentType: null, approvedIttProvider: false, referredByReturnToTeachingAdviser: false, newHeadteacher: false },
  },
  {
    name: "not funded: NPQLL at a school not on the PP50 list, October 2025",
    answers: [
      ["On what date is the funding decision taken?", "2025-10-01"],
      ["Which course are you applying for?", "Leading literacy (NPQLL)"],
      ["Where do you work?", "A school"],
      ["Does the cohort you are applying for have DfE scholarship funding?", "Yes, capped funding"],
      ["Do you work in England?", "Yes"],
      ["Have you already been funded for this NPQ?", "No"],
      ["Can you name the school, college, nursery or local authority you work at?", "Yes"],
      ["Is your workplace on the RISE schools list?", "No"],
      ["What type of establishment is your workplace?", "A state-funded school, academy, free school or college"],
      ["Is your workplace on the PP50 schools list?", "No"],
    ],
    status: "ineligible_establishment_not_a_pp50",
    headline: "Result: Not funded: Workplace is not on the PP50 list",
    application: { asOf: "2025-10-01", course: "npq-leading-literacy", cohort: { id: "2025b", funding: "capped" }, worksInEngland: true, previouslyFunded: false, workSetting: "a_school", kindOfNursery: null, institution: { kind: "school", urn: "100000", ukprn: null, establishmentTypeCode: "1", lists: [] }, employmentType: null, approvedIttProvider: false, referredByReturnToTeachingAdviser: false, newHeadteacher: false },
  },
  {
    name: "subject to review: NPQSENCO in a hospital school, September 2026",
    answers: [
      ["On what date is the funding decision taken?", "2026-09-01"],
      ["Which course are you applying for?", "Special educational needs co-ordinator (NPQSENCO)"],
      ["Where do you work?", "Another setting"],
      ["Does the cohort you are applying for have DfE scholarship funding?", "Yes, full funding"],
      ["Do you work in England?", "Yes"],
      ["Have you already been funded for this NPQ?", "No"],
      ["What is your role?", "A hospital school"],
    ],
    status: "subject_to_review",
    headline: "Result: Subject to review by DfE",
    application: { asOf: "2026-09-01", course: "npq-senco", cohort: { id: "2026b", funding: "full" }, worksInEngland: true, previouslyFunded: false, workSetting: "another_setting", kindOfNursery: null, institution: null, employmentType: "hospital_school", approvedIttProvider: false, referredByReturnToTeachingAdviser: false, newHeadteacher: false },
  },
];

describe("the funding checker in Chromium", () => {
  it.each(JOURNEYS.map((j) => [j.name, j] as const))("%s", async (_name, journey) => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${base}/check/`);
    for (const [legend, value] of journey.answers) await answer(page, legend, value);

    const result = page.locator(".app-checker__result");
    await result.waitFor();
    expect(await result.getAttribute("data-status")).toBe(journey.status);
    expect(await page.locator("#checker-result").textContent()).toBe(journey.headline);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("checker-result");
    expect(await page.locator("#checker-status").textContent()).toBe(journey.headline);

    // The same rules, run here: message, rule set, hash and every trace step with its source.
    const ruleSet = ruleSetById(journey.application.asOf! >= "2026-06-01" ? "2026-06-01" : "2025-08-21")!;
    const expected = decide(journey.application, ruleSet);
    if ("error" in expected) throw new Error("expected a decision");
    expect(expected.status).toBe(journey.status);
    expect((await page.locator(".app-checker__message").textContent())?.trim()).toBe(expected.message);
    expect(await page.locator(".app-hash").textContent()).toBe(ruleSet.hash);
    const rows = await page.locator(".app-checker__trace tbody tr").evaluateAll((trs) =>
      trs.map((tr) => ({ question: tr.querySelector("th")!.textContent, answer: tr.querySelectorAll("td")[1]!.textContent, href: tr.querySelector("a")!.getAttribute("href") })),
    );
    expect(rows).toEqual(expected.trace.map((t) => ({ question: t.question, answer: t.answer === "yes" ? "Yes" : "No", href: t.source.href })));
    const replay = JSON.parse((await page.locator(".app-replay").textContent())!);
    expect(replay).toEqual({ ...journey.application, ruleSet: ruleSet.id });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows an error summary when a question is left unanswered, and goes back", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/check/`);
    await page.locator("main button[type=submit]").click();
    const summary = page.locator(".govuk-error-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toContain("Enter the date of the decision");
    expect(await page.evaluate(() => document.activeElement?.classList.contains("govuk-error-summary"))).toBe(true);
    await page.fill("#answer-day", "1");
    await page.fill("#answer-month", "3");
    await page.fill("#answer-year", "2025");
    await page.locator("main button[type=submit]").click();
    expect(await page.locator(".govuk-error-message").textContent()).toContain("No rule set is in force on that date");
    await page.fill("#answer-month", "9");
    await page.locator("main button[type=submit]").click();
    await page.locator("[data-focus]", { hasText: "Which course" }).waitFor();
    await page.locator("main button[type=submit]").click();
    expect(await page.locator(".govuk-error-summary").textContent()).toContain("Select the course");
    await page.locator("[data-back]").click();
    await page.locator("[data-focus]", { hasText: "On what date" }).waitFor();
    await page.close();
  });
});

/** The question on screen, and the answer selected in it (radios) or typed (date). */
async function onScreen(page: Page) {
  const legend = await page.locator("[data-focus]").textContent();
  const checked = await page.locator("input[name=answer]:checked").evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  const date = (await page.locator("#answer-day").count()) ? await page.evaluate(() => ["day", "month", "year"].map((n) => (document.getElementById(`answer-${n}`) as HTMLInputElement).value).join("/")) : null;
  return { legend, checked, date };
}

/** The journey with the most steps in its trace, found by walking every journey (none is typed here). */
function longestJourney(): Answers {
  let best: { steps: number; answers: Answers } = { steps: 0, answers: {} };
  const walk = (answers: Record<string, string>) => {
    const step = nextStep(answers);
    if (step.kind === "result") {
      if (step.result.trace.length > best.steps) best = { steps: step.result.trace.length, answers };
      return;
    }
    for (const o of step.question.options) walk({ ...answers, [step.question.id]: o.value });
  };
  for (const r of RULE_SETS) walk({ date: r.validFrom });
  return best.answers;
}

describe("the checker's place in the browser's history", () => {
  it("makes each question an entry: Back returns with the answer kept, Forward and reload keep the place", async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${base}/check/`);
    await answer(page, "On what date is the funding decision taken?", "2026-07-01");
    await answer(page, "Which course are you applying for?", "Headship (NPQH)");
    await answer(page, "Where do you work?", "A school");
    expect(new URL(page.url()).search).toBe("?date=2026-07-01&course=npq-headship&workSetting=a_school");
    expect((await onScreen(page)).legend).toBe("Does the cohort you are applying for have DfE scholarship funding?");

    await page.goBack();
    await expect.poll(async () => (await onScreen(page)).legend).toBe("Where do you work?");
    expect(await onScreen(page)).toMatchObject({ checked: ["a_school"] });
    expect(new URL(page.url()).search).toBe("?date=2026-07-01&course=npq-headship");
    await page.goBack();
    await expect.poll(async () => (await onScreen(page)).legend).toBe("Which course are you applying for?");
    expect(await onScreen(page)).toMatchObject({ checked: ["npq-headship"] });

    await page.goForward();
    await expect.poll(async () => (await onScreen(page)).legend).toBe("Where do you work?");
    await page.reload();
    await expect.poll(async () => (await onScreen(page)).legend).toBe("Where do you work?");
    expect(await onScreen(page)).toMatchObject({ checked: ["a_school"] });

    // The page's own Back link is the browser's Back here.
    await page.locator("[data-back]").click();
    await expect.poll(async () => (await onScreen(page)).legend).toBe("Which course are you applying for?");
    await page.locator("[data-back]").click();
    await expect.poll(async () => (await onScreen(page)).legend).toBe("On what date is the funding decision taken?");
    expect((await onScreen(page)).date).toBe("1/7/2026");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says how to find out whether a workplace is on a list, with a link to the lists the rules use", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/check/?date=2026-07-01&course=npq-headship&workSetting=a_school&cohortFunding=full&worksInEngland=yes&previouslyFunded=no&hasInstitution=yes`);
    await expect.poll(async () => (await onScreen(page)).legend).toBe("Is your workplace on the RISE schools list?");
    const hint = page.locator(".govuk-fieldset .govuk-hint");
    expect(await hint.textContent()).toContain("If you do not know, your NPQ provider can tell you");
    const link = hint.locator("a");
    expect(await link.getAttribute("href")).toBe("/rules/2026-06-01/#parameters");
    await link.click();
    await expect.poll(() => page.url()).toContain("/rules/2026-06-01/#parameters");
    expect(await page.locator("#parameters + dl").textContent()).toMatch(/the RISE schools list/i);
    await page.close();
  });

  it("changes an answer from the summary, dropping only what came after it", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/check/?date=2026-07-01&course=npq-headship&workSetting=a_school&cohortFunding=full`);
    await expect.poll(async () => (await onScreen(page)).legend).toBe("Do you work in England?");
    await page.locator('[data-change="course"]').click();
    await expect.poll(async () => (await onScreen(page)).legend).toBe("Which course are you applying for?");
    expect(new URL(page.url()).search).toBe("?date=2026-07-01");
    expect(await onScreen(page)).toMatchObject({ checked: ["npq-headship"] });
    await page.close();
  });
});

describe("a checker result's address", () => {
  const journey = JOURNEYS[1]!;

  it("opens the same answers, result and trace for someone else, in a new browser", async () => {
    const first = await browser.newPage();
    await first.goto(`${base}/check/`);
    for (const [legend, value] of journey.answers) await answer(first, legend, value);
    await first.locator(".app-checker__result").waitFor();
    const shared = await first.locator("[data-share-url]").getAttribute("href");
    expect(shared).toBe(first.url());
    const read = (page: Page) =>
      page.evaluate(() => ({
        headline: document.querySelector("#checker-result")?.textContent,
        status: document.querySelector(".app-checker__result")?.getAttribute("data-status"),
        trace: Array.from(document.querySelectorAll(".app-checker__trace tbody tr")).map((tr) => tr.textContent),
        answers: Array.from(document.querySelectorAll(".app-checker__answers .govuk-summary-list__row")).map((row) => row.querySelector("dd")?.textContent?.trim()),
        hash: document.querySelector(".app-hash")?.textContent,
      }));
    const before = await read(first);
    const context = await browser.newContext();
    const second = await context.newPage();
    await second.goto(shared!);
    await second.locator(".app-checker__result").waitFor();
    const after = await read(second);
    expect(after).toEqual(before);
    expect(after.status).toBe(journey.status);
    expect(after.answers).toHaveLength(journey.answers.length);
    await context.close();
    await first.close();
  });

  it("prints the longest result as one A4 page with the rule set, its hash and the date", async () => {
    const answers = longestJourney();
    const page = await browser.newPage();
    await page.goto(`${base}/check/${queryOf(answers)}`);
    await page.locator(".app-checker__result").waitFor();
    await page.emulateMedia({ media: "print" });
    const printed = await page.evaluate(() => {
      const shown = (selector: string) => Array.from(document.querySelectorAll<HTMLElement>(selector)).filter((e) => e.offsetParent !== null).map((e) => e.innerText);
      return { facts: shown(".app-checker__facts")[0] ?? "", hidden: shown(".app-checker__actions, .app-checker__replay, .app-checker__answers") };
    });
    const ruleSet = nextStep(answers);
    if (ruleSet.kind !== "result") throw new Error("expected a result");
    expect(printed.facts).toContain(ruleSet.ruleSet.hash);
    expect(printed.facts).toContain(`Rule set ${ruleSet.ruleSet.id}`);
    expect(printed.facts).toMatch(/Date of the decision\s+\d{1,2} \w+ \d{4}/);
    expect(printed.hidden).toEqual([]);
    const pdf = await page.pdf({ format: "A4" });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    console.log(`Checker print: ${ruleSet.result.trace.length} steps on ${pages} A4 page(s)`);
    expect(pages).toBe(1);
    await page.close();
  });
});
