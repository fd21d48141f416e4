// Layout and search in Chromium, at a phone's width (390 px) and a desktop's (1280 px): a post's
// Related box stays inside the page and comes after the body on a phone; /search/ has one search
// box, Pagefind's in GOV.UK Frontend's styles, and its snippets carry none of the screenshot links'
// hidden words; outcome codes in tables (and the audit report's matrix) wrap only after "_"; post
// text keeps to the reading column while the rules tables take the page's full width.
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, servedSite } from "../helpers/browser.ts";
import { ROOT, runAuditCli, tempFolder } from "../tools/audit/run-audit-cli.ts";

const site = servedSite();
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const SEED_POST = "/additional-support-offer/";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

async function withPage<T>(viewport: { width: number; height: number }, url: string, use: (page: Page) => Promise<T>): Promise<T> {
  const page = await browser.newPage({ viewport });
  try {
    await page.goto(url);
    return await use(page);
  } finally {
    await page.close();
  }
}

describe("a post's Related box", () => {
  it("stays inside the page's container at 1280 px", async () => {
    const box = await withPage(DESKTOP, site.urlFor(SEED_POST), (page) =>
      page.evaluate(() => {
        const related = document.querySelector(".app-related")!.getBoundingClientRect();
        const container = document.querySelector(".govuk-width-container")!.getBoundingClientRect();
        return { left: related.left - container.left, right: related.right - container.right };
      }),
    );
    expect(box.left, `the Related box starts ${-box.left} px left of the container`).toBeGreaterThanOrEqual(0);
    expect(box.right, `the Related box ends ${box.right} px past the container's right edge`).toBeLessThanOrEqual(0);
  });

  it("comes after the body, not between the lead paragraph and the body, at 390 px", async () => {
    const tops = await withPage(PHONE, site.urlFor(SEED_POST), (page) =>
      page.evaluate(() => {
        const top = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
        return { lead: top(".app-post__header .govuk-body-l").bottom, body: top(".app-post__body").top, bodyEnd: top(".app-post__body").bottom, related: top(".app-related").top };
      }),
    );
    expect(tops.body, "the body should follow the lead paragraph").toBeGreaterThanOrEqual(tops.lead);
    expect(tops.related, `the Related box starts at ${tops.related} px, above the end of the body at ${tops.bodyEnd} px`).toBeGreaterThanOrEqual(tops.bodyEnd);
  });
});

describe("the reading column and the rules tables at 1280 px", () => {
  it("keeps a post's paragraphs to the reading column (40em), narrower than the body", async () => {
    const layout = await withPage(DESKTOP, site.urlFor(SEED_POST), (page) =>
      page.locator(".app-post__body > p").first().evaluate((p) => ({
        paragraph: p.getBoundingClientRect().width,
        em: parseFloat(getComputedStyle(p).fontSize),
        body: p.parentElement!.getBoundingClientRect().width,
      })),
    );
    expect(layout.paragraph).toBeLessThanOrEqual(40 * layout.em);
    expect(layout.body).toBeGreaterThan(40 * layout.em);
  });

  it("gives a rule set's course-by-setting table the page's full width, so it needs no scrolling", async () => {
    const layout = await withPage(DESKTOP, site.urlFor("/rules/2026-06-01/"), (page) =>
      page.evaluate(() => {
        const region = document.querySelector(".app-funding-matrix")!.closest(".app-table-scroll")!;
        return {
          region: region.getBoundingClientRect().width,
          container: document.querySelector("#main-content")!.getBoundingClientRect().width,
          scrollWidth: region.scrollWidth,
          clientWidth: region.clientWidth,
        };
      }),
    );
    expect(layout.region, `the table's region is ${layout.region} px wide in a ${layout.container} px page`).toBe(layout.container);
    expect(layout.scrollWidth, `the table is ${layout.scrollWidth} px wide in a ${layout.clientWidth} px region`).toBeLessThanOrEqual(layout.clientWidth);
  });
});

describe.each([
  ["390 px", PHONE],
  ["1280 px", DESKTOP],
])("the search page at %s", (_name, viewport) => {
  const searched = (query: string) => site.urlFor(`/search/?q=${encodeURIComponent(query)}`);
  const resultsShown = (page: Page) => page.waitForSelector(".pagefind-ui__result-link", { timeout: 20_000 });

  it("has one search box: Pagefind's, labelled; the header's is left out there but kept on other pages", async () => {
    const boxes = await withPage(viewport, searched("support"), async (page) => {
      await resultsShown(page);
      return page.$$eval("input[type=search], input[type=text]", (inputs) => inputs.filter((i) => (i as HTMLElement).offsetParent !== null).map((i) => ({ id: i.id, label: (i as HTMLInputElement).labels?.[0]?.textContent?.trim() })));
    });
    expect(boxes, `search boxes on /search/: ${JSON.stringify(boxes)}`).toEqual([{ id: "app-search-input", label: "Search posts, qualifications and rules" }]);
    const elsewhere = await withPage(viewport, site.urlFor("/"), (page) => page.$$eval("#app-header-search-input", (inputs) => inputs.length));
    expect(elsewhere, "the home page should keep the header's search box").toBe(1);
  });

  it("shows Pagefind's box and results in GOV.UK Frontend's styles", async () => {
    const styles = await withPage(viewport, searched("support"), async (page) => {
      await resultsShown(page);
      await page.focus("#app-search-input");
      return page.evaluate(() => {
        const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
        const input = style("#app-search-input");
        const list = document.querySelector(".pagefind-ui__results")!;
        const link = document.querySelector(".pagefind-ui__result-link")!;
        return {
          inputFont: input.fontFamily,
          inputBorder: `${input.borderTopWidth} ${input.borderTopStyle} ${input.borderTopColor}`,
          inputFocus: `${input.outlineWidth} ${input.outlineStyle} ${input.outlineColor}`,
          listClasses: [...list.classList].filter((c) => c.startsWith("govuk-")),
          listStyle: `${getComputedStyle(list).listStyleType} ${getComputedStyle(list).paddingLeft}`,
          linkClasses: [...link.classList].filter((c) => c.startsWith("govuk-")),
          linkColour: getComputedStyle(link).color,
          linkFont: getComputedStyle(link).fontFamily,
          excerptFont: style(".pagefind-ui__result-excerpt").fontFamily,
          pagefindStylesheet: [...document.querySelectorAll("link[rel=stylesheet]")].some((l) => l.getAttribute("href")!.includes("pagefind")),
        };
      });
    });
    expect(styles.pagefindStylesheet, "Pagefind's own stylesheet should not be loaded").toBe(false);
    expect(styles.inputFont).toMatch(/^"?GDS Transport/);
    expect(styles.inputBorder).toBe("2px solid rgb(11, 12, 12)");
    expect(styles.inputFocus, "focus should be GOV.UK's yellow outline").toBe("3px solid rgb(255, 221, 0)");
    expect(styles.listClasses).toEqual(["govuk-list"]);
    expect(styles.listStyle).toBe("none 0px");
    expect(styles.linkClasses).toEqual(["govuk-link"]);
    expect(styles.linkColour).toBe("rgb(26, 101, 166)");
    expect(styles.linkFont).toMatch(/^"?GDS Transport/);
    expect(styles.excerptFont).toMatch(/^"?GDS Transport/);
  });

  it("gives snippets without the screenshot links' hidden words ('full-size image, 2400 by ...')", async () => {
    const excerpts = await withPage(viewport, searched("start page"), async (page) => {
      await resultsShown(page);
      return page.$$eval(".pagefind-ui__result-excerpt", (els) => els.map((e) => e.textContent ?? ""));
    });
    expect(excerpts.join("\n"), "the seed post's screenshots should be found by their captions").toMatch(/Start page/);
    expect(excerpts.filter((e) => /full-size image|\d+ by \d+ pixels/.test(e))).toEqual([]);
  });
});

/** Every place a code (a word of letters joined by "_") in `selector` wraps anywhere but after a "_". */
function midWordBreaks(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (elements) => {
    const found: string[] = [];
    for (const element of elements) {
      let previousTop: number | null = null;
      let previous = "";
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          if (previousTop !== null && rect.top > previousTop + 2 && !/[_\s]/.test(previous) && !/\s/.test(text[i]!)) {
            found.push(`"${element.textContent?.trim()}" wraps between "${previous}" and "${text[i]}"`);
          }
          previousTop = rect.top;
          previous = text[i]!;
        }
      }
    }
    return found;
  });
}

describe.each([
  ["390 px", PHONE],
  ["1280 px", DESKTOP],
])("outcome codes at %s", (_name, viewport) => {
  const tables = site.pagePaths.filter((p) => /^\/rules\/[^/]+\/npq-[^/]+\/$/.test(p));

  it("in every course table's cells wrap only after an underscore, never mid-word", async () => {
    expect(tables.length, "the build should have course tables under /rules/<id>/<course>/").toBeGreaterThan(10);
    const page = await browser.newPage({ viewport });
    try {
      const breaks: string[] = [];
      for (const urlPath of tables) {
        await page.goto(site.urlFor(urlPath));
        breaks.push(...(await midWordBreaks(page, "td .app-status")).map((b) => `${urlPath}: ${b}`));
      }
      expect(breaks).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it("in the audit report's matrix wrap only after an underscore, never mid-word", async () => {
    const tmp = tempFolder();
    try {
      const run = await runAuditCli([`${ROOT}/examples/recorded-decisions.jsonl`, "--quiet", "--out", tmp.path("report.html")]);
      expect(run.status, run.stderr).toBe(0);
      const breaks = await withPage(viewport, pathToFileURL(tmp.path("report.html")).href, (page) => midWordBreaks(page, ".app-matrix th"));
      expect(breaks).toEqual([]);
    } finally {
      tmp.dispose();
    }
  });
});
