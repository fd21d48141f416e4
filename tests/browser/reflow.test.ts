// WCAG 1.4.10 reflow and 1.4.4 resize: every page works at 320 CSS px wide (a 1280 px window at 400%
// zoom) and at 200% zoom, without scrolling sideways or content cut off at the right edge.
// Zoom method: browser zoom shrinks the layout viewport in CSS px and doubles device pixels a CSS
// px, so 200% zoom of a 1280×800 window is emulated as a 640×400 CSS px viewport at device scale 2.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, outcomeOf, servedSite, visitEach } from "../helpers/browser.ts";

const site = servedSite();
const VIEWPORTS = [
  { name: "320 CSS px wide (reflow)", viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: "200% zoom of a 1280×800 window", viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

interface Layout {
  width: number;
  scrollWidth: number;
  spills: string[];
}

/** The page's width, its scrolling width and what spills off its right edge, in a new context of the viewport's size. */
async function layoutOf(urlPath: string, viewport: { width: number; height: number }, deviceScaleFactor: number): Promise<Layout> {
  const context = await browser.newContext({ viewport, deviceScaleFactor });
  try {
    const page = await context.newPage();
    await page.goto(site.urlFor(urlPath));
    return await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      // Wide things allowed to scroll inside their own box (tables in .app-table-scroll) are not spills.
      const inScrollBox = (el: Element) => {
        for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
          const overflow = getComputedStyle(p).overflowX;
          if (overflow === "auto" || overflow === "scroll") return true;
        }
        return false;
      };
      const spills = Array.from(document.body.querySelectorAll("*"))
        .filter((el) => {
          const rect = el.getBoundingClientRect();
          return rect.width > 1 && rect.height > 1 && rect.right > width + 1 && getComputedStyle(el).visibility !== "hidden" && !inScrollBox(el);
        })
        .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).split(" ")[0]} right edge ${Math.round(el.getBoundingClientRect().right)}`);
      return { width, scrollWidth: document.documentElement.scrollWidth, spills };
    });
  } finally {
    await context.close();
  }
}

describe.each(VIEWPORTS)("at $name", ({ viewport, deviceScaleFactor }) => {
  // Three pages at a time (a context each); the limit only stops a hang.
  let layouts: Awaited<ReturnType<typeof visitEach<string, Layout>>>;
  beforeAll(async () => {
    layouts = await visitEach(site.pagePaths, 3, (urlPath) => layoutOf(urlPath, viewport, deviceScaleFactor));
  }, 20 * 60_000);

  it.each(site.pagePaths)("%s needs no sideways scrolling and nothing spills off the right edge", (urlPath) => {
    const layout = outcomeOf(layouts, urlPath);
    expect(layout.scrollWidth, `page is ${layout.scrollWidth} px wide in a ${layout.width} px viewport`).toBeLessThanOrEqual(layout.width);
    expect(layout.spills).toEqual([]);
  });
});
