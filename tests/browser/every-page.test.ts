// Every built page loads cleanly in Chromium: no console errors, no uncaught exceptions, no failed
// request and no response of 400 or more (lazy images included: the page is scrolled through), every
// image decodes, every local reference in the HTML (src, srcset, href) resolves, every #fragment
// exists; and axe's WCAG 2.2 AA rule (target-size) passes, which pa11y's WCAG2AA standard leaves out.
import { createRequire } from "node:module";
import { parse } from "node-html-parser";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, outcomeOf, scrollThrough, servedSite, visitEach } from "../helpers/browser.ts";

// axe is run through the DevTools protocol (page.evaluate), which the site's Content Security Policy
// does not govern: a <script> tag added to the page, as addScriptTag does, is refused by it.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const site = servedSite();

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

function htmlOf(urlPath: string): string {
  const file = urlPath.endsWith("/") ? path.join(site.folder, urlPath, "index.html") : path.join(site.folder, decodeURIComponent(urlPath));
  return readFileSync(file, "utf8");
}

/** Every local URL the page's HTML refers to, and every #fragment it links to on itself. */
function referencesIn(html: string, pageUrl: string): { urls: Set<string>; fragments: Set<string> } {
  const root = parse(html);
  const urls = new Set<string>();
  const fragments = new Set<string>();
  const add = (raw: string | undefined) => {
    if (!raw || /^(mailto|tel|data|javascript):/i.test(raw)) return;
    if (raw.startsWith("#")) return void fragments.add(decodeURIComponent(raw.slice(1)));
    const url = new URL(raw, pageUrl);
    if (url.origin === new URL(site.url).origin) urls.add(url.href.replace(/#.*$/, ""));
  };
  for (const el of root.querySelectorAll("[src]")) add(el.getAttribute("src"));
  for (const el of root.querySelectorAll("[href]")) add(el.getAttribute("href"));
  for (const el of root.querySelectorAll("[srcset]")) for (const candidate of el.getAttribute("srcset")!.split(",")) add(candidate.trim().split(/\s+/)[0]);
  return { urls, fragments };
}

interface Visit {
  /** Console errors, uncaught exceptions, failed requests, responses of 400 or more, broken images. */
  problems: string[];
  /** axe's WCAG 2.2 AA violations. */
  violations: string[];
}

/** One visit a page: load it, scroll through it (lazy images), then run axe's WCAG 2.2 AA rules. */
async function visit(urlPath: string): Promise<Visit> {
  const page = await browser.newPage();
  try {
    const seen: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") seen.push(`console error: ${message.text()}`);
    });
    page.on("pageerror", (error) => seen.push(`uncaught: ${error.message}`));
    page.on("requestfailed", (request) => seen.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
    page.on("response", (response) => {
      if (response.status() >= 400) seen.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.goto(site.urlFor(urlPath), { waitUntil: "load" });
    await scrollThrough(page);
    const broken = await page.evaluate(() => Array.from(document.images).filter((img) => !img.complete || img.naturalWidth === 0).map((img) => img.currentSrc || img.src));
    seen.push(...broken.map((src) => `image did not load: ${src}`));
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag22aa"] }, resultTypes: ["violations"] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    });
    return { problems: seen, violations };
  } finally {
    await page.close();
  }
}

// Three pages at a time: each visit waits for the network to be quiet for half a second after its
// scroll, time another tab's loading and axe fill. The limit only stops a hang: a loaded machine
// takes several seconds a page.
let visits: Awaited<ReturnType<typeof visitEach<string, Visit>>>;
beforeAll(async () => {
  visits = await visitEach(site.pagePaths, 3, visit);
}, 20 * 60_000);

describe.each(site.pagePaths)("the page %s", (urlPath) => {
  const pageUrl = site.urlFor(urlPath);
  it("loads with no console error, failed request or broken image", () => {
    expect(outcomeOf(visits, urlPath).problems).toEqual([]);
  });

  it("refers only to files that exist and to fragments on the page", async () => {
    const html = htmlOf(urlPath);
    const { urls, fragments } = referencesIn(html, pageUrl);
    const ids = new Set(parse(html).querySelectorAll("[id]").map((el) => el.id));
    const missingFragments = [...fragments].filter((id) => !ids.has(id));
    const statuses = await Promise.all([...urls].map(async (url) => [url, (await fetch(url, { method: "HEAD" })).status] as const));
    expect(statuses.filter(([, status]) => status !== 200)).toEqual([]);
    expect(missingFragments).toEqual([]);
  });

  it("passes axe's WCAG 2.2 AA rules (target size)", () => {
    expect(outcomeOf(visits, urlPath).violations).toEqual([]);
  });
});
