// Printing a post puts one screenshot on each page: every figure starts a new page, is never split,
// and its image fits the page; the printed PDF has the introduction's page and one page a screenshot.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, servedSite } from "../helpers/browser.ts";

const site = servedSite();
// An A4 page less Chromium's default print margins (0.4 in each side), in CSS px at 96 per inch.
const A4_CONTENT = { width: Math.floor((210 / 25.4 - 0.8) * 96), height: Math.floor((297 / 25.4 - 0.8) * 96) };

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: A4_CONTENT });
});
afterAll(() => browser?.close());

describe("printing the seed post", () => {
  it("starts every screenshot on a new page, unsplit, and fits its image to the page", async () => {
    await page.goto(site.urlFor("/additional-support-offer/"));
    await page.emulateMedia({ media: "print" });
    await page.evaluate(async () => {
      // Lazy images are loaded for print; make sure they have their size before measuring.
      for (const img of Array.from(document.images)) img.loading = "eager";
      await Promise.all(Array.from(document.images).map((img) => img.decode().catch(() => undefined)));
    });
    const figures = await page.$$eval(".app-screenshots__figure", (list) =>
      list.map((figure) => {
        const style = getComputedStyle(figure);
        const image = figure.querySelector("img")!.getBoundingClientRect();
        return { breakBefore: style.breakBefore, breakInside: style.breakInside, height: figure.getBoundingClientRect().height, imageWidth: image.width, imageHeight: image.height };
      }),
    );
    expect(figures).toHaveLength(13);
    for (const figure of figures) {
      expect(figure).toMatchObject({ breakBefore: "page", breakInside: "avoid" });
      expect(figure.imageHeight).toBeGreaterThan(100);
      expect(figure.imageWidth).toBeLessThanOrEqual(A4_CONTENT.width);
      expect(figure.height, "figure with its heading and caption fits one page").toBeLessThanOrEqual(A4_CONTENT.height);
    }
  });

  it("prints to a PDF with a page for each screenshot", async () => {
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ format: "A4" });
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    console.log(`Print: ${pages} PDF pages for 13 screenshots`);
    // The introduction fits one page; a screenshot that spilled over would add a page.
    expect(pages).toBe(1 + 13);
  });
});
