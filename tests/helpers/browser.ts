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

/**
 * Scroll to the bottom in steps so that lazy-loaded images are requested, wait for the network, then
 * for every image still loading to load or fail. The network alone is not enough: on a loaded
 * machine the browser can ask for the last lazy images more than half a second after the scroll, when
 * the network has already counted as idle (a thumbnail was then reported as not loaded).
 */
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
  // An image the browser never asks for would wait forever: after 30 s the caller's check reports it.
  await page.evaluate(() => {
    const settled = (img: HTMLImageElement) => new Promise((resolve) => {
      img.addEventListener("load", resolve, { once: true });
      img.addEventListener("error", resolve, { once: true });
    });
    const loading = Array.from(document.images).filter((img) => !img.complete).map(settled);
    return Promise.race([Promise.all(loading), new Promise((resolve) => setTimeout(resolve, 30_000))]);
  });
}

/**
 * Run `visit` on every item, `concurrency` at a time (tabs of one browser: each page's waits, for the
 * network to go quiet or a lazy image, overlap another's work), keeping each outcome, error or value,
 * by its item, so that one page's failure is reported by that page's test and not by all of them.
 */
export async function visitEach<K, T>(items: readonly K[], concurrency: number, visit: (item: K) => Promise<T>): Promise<Map<K, { value: T } | { error: Error }>> {
  const outcomes = new Map<K, { value: T } | { error: Error }>();
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      try {
        outcomes.set(item, { value: await visit(item) });
      } catch (error) {
        outcomes.set(item, { error: error instanceof Error ? error : new Error(String(error)) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return outcomes;
}

/** A visit's value, or its error thrown again in the test that reads it (with the item named). */
export function outcomeOf<K, T>(outcomes: Map<K, { value: T } | { error: Error }>, item: K): T {
  const outcome = outcomes.get(item);
  if (!outcome) throw new Error(`${String(item)} was not visited`);
  if ("error" in outcome) throw new Error(`visiting ${String(item)} failed: ${outcome.error.message}`, { cause: outcome.error });
  return outcome.value;
}
