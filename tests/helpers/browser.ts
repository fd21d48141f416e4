// Shared by the browser tests: Debian's Chromium through playwright-core (never a download), the
// served site from the global setup, and every page of its build.
import { chromium, type Browser, type Page } from "playwright-core";
import { inject } from "vitest";
import { builtPagePaths } from "../../tools/checks/built-pages.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../tools/checks/chromium.ts";

export { CHROMIUM_PATH };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export function servedSite() {
  const site = inject("site");
  return {
    ...site,
    /** Every HTML page of the build, as URL paths (/, /slug/, ...). */
    pagePaths: builtPagePaths(site.folder),
    urlFor: (urlPath: string) => new URL(urlPath.replace(/^\//, ""), site.url).href,
  };
}

/** The first built page under a folder (e.g. /rules/), or undefined until someone builds one. */
export function firstPageUnder(pagePaths: string[], prefix: string): string | undefined {
  return pagePaths.find((p) => p === prefix) ?? pagePaths.find((p) => p.startsWith(prefix));
}

/** Scroll to the bottom in steps so that lazy-loaded images are requested, then wait for the network. */
export async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const step = Math.max(200, Math.floor(window.innerHeight * 0.8));
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    window.scrollTo(0, document.documentElement.scrollHeight);
  });
  await page.waitForLoadState("networkidle");
}
