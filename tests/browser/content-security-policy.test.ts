// The site works under its strict Content Security Policy. The served site sends the policy from the
// build's _headers file (tools/checks/static-server.ts), so every browser test runs under it, and the
// every-page test fails on any violation (Chromium reports each as a console error). Here: every page
// carries the policy in a meta element too, each inline script on any page is one the policy allows
// by hash, computed here from the page itself; the checker, search and a gallery run through with no
// violation; and a script injected into a page is refused (the policy is enforced, not just sent).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "node-html-parser";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, servedSite } from "../helpers/browser.ts";

const site = servedSite();
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

const htmlOf = (urlPath: string) => readFileSync(path.join(site.folder, urlPath, "index.html"), "utf8");
const headerPolicy = async (urlPath: string) => (await fetch(site.urlFor(urlPath))).headers.get("content-security-policy") ?? "";

/** A page that records every CSP violation and console error from its first script on. */
async function watchedPage(): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { violations: string[] }).violations ??= [];
      (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`);
    });
  });
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
  return { page, problems };
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? []);

describe("the Content Security Policy", () => {
  it("is sent as a header, with frame-ancestors, and is strict", async () => {
    const policy = await headerPolicy("/");
    for (const directive of ["default-src 'self'", "style-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"]) expect(policy).toContain(directive);
    expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'(;|$)/);
    expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/);
  });

  it("is in every page's head, before any script or style, and allows exactly the inline scripts the pages have", async () => {
    const policy = await headerPolicy("/");
    const allowed = new Set([...policy.matchAll(/'sha256-([^']+)'/g)].map((m) => m[1]));
    const pages = site.pagePaths.filter((p) => p.endsWith("/"));
    expect(pages.length).toBeGreaterThan(50);
    let inlineScripts = 0;
    for (const urlPath of pages) {
      const head = parse(htmlOf(urlPath)).querySelector("head")!;
      const meta = head.querySelector('meta[http-equiv="Content-Security-Policy"]');
      expect(meta?.getAttribute("content"), urlPath).toBe(policy.replace(/; frame-ancestors 'none'/, ""));
      const first = head.querySelectorAll("script, link[rel=stylesheet], style")[0];
      expect(head.innerHTML.indexOf(meta!.outerHTML), urlPath).toBeLessThan(head.innerHTML.indexOf(first?.outerHTML ?? "</head>"));
      for (const script of parse(htmlOf(urlPath)).querySelectorAll("script:not([src])")) {
        inlineScripts++;
        expect(allowed, `${urlPath}: inline script ${script.text.slice(0, 60)}`).toContain(createHash("sha256").update(script.text).digest("base64"));
      }
      expect(parse(htmlOf(urlPath)).querySelectorAll("[style]").map((e) => e.outerHTML.slice(0, 80)), `${urlPath}: style attributes`).toEqual([]);
    }
    expect(inlineScripts).toBeGreaterThanOrEqual(pages.length);
  });

  it("lets the checker run to a result, with its controls, and no violation", async () => {
    const { page, problems } = await watchedPage();
    await page.goto(site.urlFor("/check/"));
    await page.fill("#answer-day", "1");
    await page.fill("#answer-month", "7");
    await page.fill("#answer-year", "2026");
    await page.locator("main button[type=submit]").click();
    await page.locator("[data-focus]", { hasText: "Which course" }).waitFor();
    await page.goto(site.urlFor("/check/?date=2026-07-01&course=npq-headship&workSetting=a_school&cohortFunding=full&worksInEngland=yes&previouslyFunded=no&hasInstitution=yes&list:rise=yes"));
    await page.locator(".app-checker__result").waitFor();
    expect(await page.locator(".app-checker__result").getAttribute("data-status")).toBe("funded");
    await page.locator('[data-change="course"]').click();
    await page.locator("[data-focus]", { hasText: "Which course" }).waitFor();
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("lets search find posts (Pagefind's WebAssembly) with no violation", async () => {
    const { page, problems } = await watchedPage();
    await page.goto(site.urlFor("/search/?q=funding"));
    await page.locator(".pagefind-ui__result").first().waitFor({ timeout: 15_000 });
    expect(await page.locator(".pagefind-ui__result").count()).toBeGreaterThan(0);
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("refuses a script injected into a page, and an image from another site", async () => {
    const { page } = await watchedPage();
    await page.goto(site.urlFor("/additional-support-offer/"));
    await page.evaluate(() => {
      document.body.append(Object.assign(document.createElement("script"), { textContent: "window.injected = true" }));
      document.body.append(Object.assign(document.createElement("img"), { src: "https://example.org/tracker.png" }));
    });
    // Each is refused by both the header's policy and the meta element's, so reported twice.
    await expect.poll(async () => new Set(await violations(page)).size).toBe(2);
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    expect([...new Set(await violations(page))].sort()).toEqual(["img-src blocked https://example.org/tracker.png", "script-src-elem blocked inline"]);
    await page.close();
  });
});
