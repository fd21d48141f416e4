// Keyboard only, with real key presses: from the home page's skip link to a post, through its
// screenshot contents list to a figure, and on to the full-size image.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, servedSite } from "../helpers/browser.ts";

const POST = "/additional-support-offer/";
const CONTENTS_ITEM = 5; // "Choosing the ASO: You qualify for ASO": far enough down to need a scroll

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});
afterAll(() => browser?.close());

const focused = (p: Page) =>
  p.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const style = el ? getComputedStyle(el) : null;
    return {
      tag: el?.tagName.toLowerCase(),
      id: el?.id,
      className: el?.className,
      href: el?.getAttribute("href"),
      text: el?.textContent?.replace(/\s+/g, " ").trim(),
      // WCAG 2.4.7: GOV.UK's focus state is a yellow background with a black underline (box-shadow) or an outline.
      focusVisible: !!style && (style.outlineStyle !== "none" || style.boxShadow !== "none"),
    };
  });

/** Press Tab until the focused element matches, at most `limit` times; returns how many presses. */
async function tabTo(p: Page, matches: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 40): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await p.keyboard.press("Tab");
    const f = await focused(p);
    expect(f.focusVisible, `focus indicator on ${f.tag} "${f.text}"`).toBe(true);
    if (matches(f)) return presses;
  }
  throw new Error(`Not reached in ${limit} Tab presses; focus is on ${JSON.stringify(await focused(p))}`);
}

describe("keyboard-only navigation", () => {
  it("starts with the skip link, which moves focus to the main content", async () => {
    await page.goto(servedSite().urlFor("/"));
    await page.keyboard.press("Tab");
    const skip = await focused(page);
    expect(skip).toMatchObject({ tag: "a", href: "#main-content", text: "Skip to main content", focusVisible: true });
    await page.keyboard.press("Enter");
    expect((await focused(page)).id).toBe("main-content");
  });

  it("reaches the post by Tab from the main content, past the introduction's links, and opens it with Enter", async () => {
    // The home page's introduction links to the catalogue, the rules and the checker, then the posts,
    // newest first, one link each (no glossary links in the list of posts): the seed post is the last
    // of them. Tab must take focus through them in the page's order, one press a link.
    const posts = await page.locator(".app-post-list__item a:not(.app-glossary-link)").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
    expect(posts.at(-1), "the seed post should be the oldest post").toBe(POST);
    const before = await page.evaluate((post) => {
      const links = Array.from(document.querySelectorAll("#main-content a[href]"));
      return links.findIndex((a) => a.getAttribute("href") === post);
    }, POST);
    expect(before, "links in the main content before the seed post's").toBeGreaterThanOrEqual(3 + posts.length - 1);
    expect(await tabTo(page, (f) => f.href === POST, before + 1)).toBe(before + 1);
    await Promise.all([page.waitForURL(servedSite().urlFor(POST)), page.keyboard.press("Enter")]);
    expect(await page.locator("h1").textContent()).toBe("Additional support offer (ASO)");
  });

  it("goes through the screenshot contents list; Enter scrolls to the figure", async () => {
    const links = page.locator(".app-screenshots__contents a");
    const targetHref = await links.nth(CONTENTS_ITEM - 1).getAttribute("href");
    // Past the post's opening links (its glossary terms among them) to the contents list.
    await tabTo(page, (f) => f.href === targetHref, 80);
    await page.keyboard.press("Enter");
    await page.waitForFunction((hash) => location.hash === hash, targetHref);
    const heading = page.locator(targetHref!);
    const box = await heading.boundingBox();
    const scrollY = await page.evaluate(() => window.scrollY);
    expect(scrollY).toBeGreaterThan(0);
    expect(box!.y).toBeGreaterThanOrEqual(-1);
    expect(box!.y).toBeLessThan(200); // the figure's heading is at the top of the window
  });

  it("Tab then moves to that figure's thumbnail, and Enter opens the full-size PNG", async () => {
    const targetHref = await page.locator(".app-screenshots__contents a").nth(CONTENTS_ITEM - 1).getAttribute("href");
    const thumbnailHref = await page.locator(`figure:has(${targetHref}) a.app-screenshots__link`).getAttribute("href");
    await page.keyboard.press("Tab");
    const f = await focused(page);
    expect(f).toMatchObject({ tag: "a", href: thumbnailHref, focusVisible: true });
    expect(f.className).toContain("app-screenshots__link");
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().isNavigationRequest() && r.url() === servedSite().urlFor(thumbnailHref!)),
      page.keyboard.press("Enter"),
    ]);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
  });
});
