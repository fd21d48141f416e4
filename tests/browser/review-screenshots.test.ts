// Screenshots for reviewers, at phone and desktop widths, in review-screenshots/ (git-ignored): the
// home page, the seed post, and the first rules page and the checker once they are built.
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../helpers/fixture-project.ts";
import { firstPageUnder, launchChromium, servedSite } from "../helpers/browser.ts";

const OUTPUT = path.join(PROJECT_ROOT, "review-screenshots");
const WIDTHS = [
  { name: "phone", viewport: { width: 375, height: 812 } },
  { name: "desktop", viewport: { width: 1280, height: 800 } },
];
const site = servedSite();
const PAGES = [
  { name: "home", urlPath: "/" },
  { name: "seed-post", urlPath: "/additional-support-offer/" },
  { name: "rules", urlPath: firstPageUnder(site.pagePaths, "/rules/") },
  { name: "checker", urlPath: firstPageUnder(site.pagePaths, "/check/") },
].filter((p): p is { name: string; urlPath: string } => p.urlPath !== undefined && site.pagePaths.includes(p.urlPath));

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
  mkdirSync(OUTPUT, { recursive: true });
});
afterAll(() => browser?.close());

describe("review screenshots", () => {
  it("include the home page and the seed post", () => {
    expect(PAGES.map((p) => p.name).slice(0, 2)).toEqual(["home", "seed-post"]);
  });

  it.each(PAGES.flatMap((p) => WIDTHS.map((w) => ({ page: p.name, urlPath: p.urlPath, width: w.name, viewport: w.viewport }))))(
    "$page at $width width",
    async ({ page: name, urlPath, width, viewport }) => {
      const page = await browser.newPage({ viewport });
      await page.goto(site.urlFor(urlPath));
      await page.evaluate(async () => {
        for (const img of Array.from(document.images)) img.loading = "eager";
        await Promise.all(Array.from(document.images).map((img) => img.decode().catch(() => undefined)));
      });
      await page.screenshot({ path: path.join(OUTPUT, `${name}-${width}.png`), fullPage: true });
      await page.close();
    },
  );
});
