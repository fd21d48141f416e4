// The decision maps in Chromium: a box, clicked or followed from the keyboard, lands on its step on
// the rule set page; every line of words fits inside its box in the site's own typeface (the build
// wrapped them without a browser); forced colours (high contrast) keep the boxes, lines and words
// visible; and printed, a map page is A4 landscape with each sheet of the map fitting a page.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RULE_SETS, type RuleSet, type Step } from "../../rules/index.ts";
import { launchChromium, servedSite } from "../helpers/browser.ts";

const site = servedSite();
// A4 landscape less the map page's 10 mm margins (assets/site.css @page rule-map), in CSS px.
const A4_LANDSCAPE_CONTENT = { width: Math.floor((277 / 25.4) * 96), height: Math.floor((190 / 25.4) * 96) };
const MAPS = [...RULE_SETS.map((r) => `/rules/${r.id}/map/`), ...RULE_SETS.slice(1).map((r, i) => `/rules/changes/${RULE_SETS[i]!.id}-to-${r.id}/map/`)];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** The first, middle and last steps, and every step that differs from the guidance. */
function stepsToFollow(r: RuleSet): Step[] {
  const picked = [r.steps[0]!, r.steps[Math.floor(r.steps.length / 2)]!, r.steps[r.steps.length - 1]!, ...r.steps.filter((s) => r.differences.some((d) => d.step === s.id))];
  return [...new Set(picked)];
}

/** Where the page is after following a link: the path, the fragment, and what the fragment's element says. */
async function landing(page: Page) {
  await page.waitForLoadState("load");
  return page.evaluate(() => {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    const box = target?.getBoundingClientRect();
    return {
      path: location.pathname,
      hash: location.hash,
      question: target?.querySelector(".app-step__question")?.textContent?.replace(/\s+/g, " ").trim() ?? null,
      inView: box ? box.top >= -1 && box.top < window.innerHeight : false,
    };
  });
}

describe("a decision map's boxes", () => {
  it.each(RULE_SETS.map((r) => [r.id, r] as const))("on the map of %s, clicked, land on their steps on the rule set page", async (id, r) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    for (const step of stepsToFollow(r)) {
      await page.goto(site.urlFor(`/rules/${id}/map/`));
      await page.locator(`a.app-rule-map__step[href="/rules/${id}/#step-${step.id}"]`).click();
      await expect.poll(() => new URL(page.url()).hash).toBe(`#step-${step.id}`);
      expect(await landing(page), step.id).toEqual({ path: `/rules/${id}/`, hash: `#step-${step.id}`, question: `Step ${step.number}. ${step.question}`, inView: true });
    }
    await page.close();
  });

  it("on a phone, reached with the keyboard and followed with Enter, land on the step", async () => {
    const r = RULE_SETS[RULE_SETS.length - 1]!;
    const step = r.steps[r.steps.length - 1]!;
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(site.urlFor(`/rules/${r.id}/map/`));
    // Tab from the map's region through its boxes to the last one.
    await page.locator(".app-rule-map").focus();
    for (let i = 0; i < r.steps.length; i++) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(`/rules/${r.id}/#step-${step.id}`);
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).hash).toBe(`#step-${step.id}`);
    expect(await landing(page)).toEqual({ path: `/rules/${r.id}/`, hash: `#step-${step.id}`, question: `Step ${step.number}. ${step.question}`, inView: true });
    await page.close();
  });

  it("on a map of changes, land on the step of the later rule set", async () => {
    const [before, after] = [RULE_SETS[RULE_SETS.length - 2]!, RULE_SETS[RULE_SETS.length - 1]!];
    const added = after.steps.find((s) => !before.steps.some((b) => b.id === s.id))!;
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.urlFor(`/rules/changes/${before.id}-to-${after.id}/map/`));
    const box = page.locator(`a.app-rule-map__step[href="/rules/${after.id}/#step-${added.id}"]`);
    expect(await box.locator("text").textContent()).toContain("New step");
    await box.click();
    await expect.poll(() => new URL(page.url()).hash).toBe(`#step-${added.id}`);
    expect(await landing(page)).toEqual({ path: `/rules/${after.id}/`, hash: `#step-${added.id}`, question: `Step ${added.number}. ${added.question}`, inView: true });
    await page.close();
  });
});

describe.each(MAPS)("the map %s", (urlPath) => {
  it("has every line of words inside its box, in the site's typeface", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(site.urlFor(urlPath));
    const result = await page.evaluate(async () => {
      await document.fonts.ready;
      const spills: string[] = [];
      let lines = 0;
      for (const text of Array.from(document.querySelectorAll<SVGTextElement>(".app-rule-map__text"))) {
        const box = text.parentElement!.querySelector("rect")!;
        const right = box.x.baseVal.value + box.width.baseVal.value;
        const bottom = box.y.baseVal.value + box.height.baseVal.value;
        for (const line of Array.from(text.querySelectorAll<SVGTSpanElement>("tspan"))) {
          lines++;
          const { x, y, width, height } = line.getBBox();
          if (x + width > right - 4 || y + height > bottom) spills.push(`"${line.textContent}" reaches ${Math.round(x + width)} in a box ending at ${right}`);
        }
      }
      return { spills, lines, font: document.fonts.check('16px "GDS Transport"') && getComputedStyle(document.querySelector(".app-rule-map__sheet")!).fontFamily };
    });
    await page.close();
    expect(result.font).toMatch(/^"GDS Transport"/);
    expect(result.lines).toBeGreaterThan(50);
    expect(result.spills).toEqual([]);
  });

  it("draws its boxes, arrows and words in the system's colours under forced colours (high contrast)", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.emulateMedia({ forcedColors: "active" });
    await page.goto(site.urlFor(urlPath));
    const colours = await page.evaluate(() => {
      const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      /** Every value a property takes on the map's elements of one kind (every kind of end, every mark). */
      const all = (selector: string, property: "fill" | "stroke") => [...new Set(Array.from(document.querySelectorAll(selector), (el) => getComputedStyle(el)[property]))];
      return {
        // The system's colours, as the browser forces them on the page's own text and links.
        system: { canvas: getComputedStyle(document.body).backgroundColor, text: style(".govuk-body").color, link: style(".app-prose a.govuk-link").color },
        map: {
          boxFill: all(".app-rule-map__box", "fill"),
          box: all(".app-rule-map__box", "stroke"),
          number: all(".app-rule-map__number", "fill"),
          words: all(".app-rule-map__text", "fill"),
          end: all(".app-rule-map__end-shape", "stroke"),
          endFill: all(".app-rule-map__end-shape", "fill"),
          band: all(".app-rule-map__band", "stroke"),
          bandFill: all(".app-rule-map__band", "fill"),
          arrow: all(".app-rule-map__arrow", "stroke"),
          head: all(".app-rule-map__arrowhead", "fill"),
          answer: all(".app-rule-map__answer", "fill"),
        },
      };
    });
    await page.close();
    const { canvas, text, link } = colours.system;
    expect(new Set([canvas, text, link]).size, "forced colours are in effect").toBe(3);
    // A map with no marked step (no difference from the guidance, nothing new) has no bands.
    const marked = colours.map.band.length > 0;
    expect(colours.map).toEqual({
      boxFill: [canvas], box: [link], number: [link], words: [text], end: [text], endFill: [canvas],
      band: marked ? [text] : [], bandFill: marked ? [canvas] : [], arrow: [text], head: [text], answer: [text],
    });
  });

  it("prints on A4 landscape, each sheet of the map within a page", async () => {
    const page = await browser.newPage({ viewport: A4_LANDSCAPE_CONTENT });
    await page.goto(site.urlFor(urlPath));
    await page.emulateMedia({ media: "print" });
    const sheets = await page.$$eval(".app-rule-map__sheet", (list) =>
      list.map((sheet) => ({ ...sheet.getBoundingClientRect().toJSON(), breakInside: getComputedStyle(sheet).breakInside }) as { width: number; height: number; breakInside: string }),
    );
    expect(sheets.length).toBeGreaterThan(1);
    for (const sheet of sheets) {
      expect(sheet.breakInside).toBe("avoid");
      expect(sheet.width).toBeLessThanOrEqual(A4_LANDSCAPE_CONTENT.width);
      expect(sheet.height).toBeLessThanOrEqual(A4_LANDSCAPE_CONTENT.height);
    }
    // The page's own print rule turns the page: with the CSS page size preferred, every page is A4 landscape.
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString("latin1");
    const boxes = [...pdf.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [Math.round(Number(m[1])), Math.round(Number(m[2]))]);
    expect(boxes.length).toBeGreaterThanOrEqual(sheets.length);
    for (const box of boxes) expect(box).toEqual([842, 595]);
    await page.close();
  });
});
