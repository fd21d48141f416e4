// Search in a real browser: the site built under a path prefix, served on 127.0.0.1 with every other
// address blocked (offline), a reader types "headteacher" in the header's search box and finds the
// ASO post. Pagefind's index, scripts and WebAssembly all come from the site itself.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../helpers/browser.ts";
import { buildRealSite, type BuiltSite } from "../helpers/built-site.ts";
import { serveStaticSite, type StaticSite } from "../../tools/checks/static-server.ts";

const PREFIX = "/npq-design-history/";
let site: BuiltSite;
let server: StaticSite;
let browser: Browser;

beforeAll(async () => {
  site = buildRealSite({ PATH_PREFIX: PREFIX });
  server = await serveStaticSite(site.output, 0, PREFIX);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  site?.dispose();
});

async function offlinePage() {
  const context = await browser.newContext();
  const blocked: string[] = [];
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1") return route.continue();
    blocked.push(url.href);
    return route.abort();
  });
  // Closing stops the route first, so a request still in flight gets no route call on a disposed context.
  const close = async () => {
    await context.unrouteAll({ behavior: "ignoreErrors" });
    await context.close();
  };
  return { page: await context.newPage(), blocked, close };
}

describe("search", () => {
  it('finds the ASO post by "headteacher" from the header search box, offline and under the prefix', async () => {
    const { page, blocked, close } = await offlinePage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.getByLabel("Search posts, qualifications and rules").fill("headteacher");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.waitForURL(`${server.url}search/?q=headteacher`);
    // The catalogue's ASO page may rank alongside it; the post must be among the results.
    await page.locator(".pagefind-ui__result-link").first().waitFor({ timeout: 15_000 });
    const result = page.locator(`.pagefind-ui__result-link[href="${PREFIX}additional-support-offer/"]`);
    expect(await result.count()).toBe(1);
    expect((await result.textContent())?.trim()).toBe("Additional support offer (ASO)");
    await result.click();
    await page.waitForURL(`${server.url}additional-support-offer/`);
    expect(await page.locator("h1").textContent()).toContain("Additional support offer (ASO)");
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    expect(server.requests.filter((r) => !r.startsWith(PREFIX))).toEqual([]);
    await close();
  });

  it("lists no listing pages (home, tags, sitemap) among the results, only content", async () => {
    const { page, close } = await offlinePage();
    await page.goto(`${server.url}search/?q=ASO`);
    await page.locator(".pagefind-ui__result-link").first().waitFor({ timeout: 15_000 });
    const hrefs = await page.locator(".pagefind-ui__result-link").evaluateAll((links) => links.map((a) => a.getAttribute("href")!.split("#")[0]));
    const found = [...new Set(hrefs)];
    expect(found).toContain(`${PREFIX}additional-support-offer/`);
    for (const listing of ["", "tags/", "sitemap/", "search/"]) expect(found).not.toContain(`${PREFIX}${listing}`);
    expect(found.every((href) => !href?.startsWith(`${PREFIX}tags/`))).toBe(true);
    await expect(page.getByText("Search needs JavaScript").isVisible()).resolves.toBe(false);
    await close();
  });

  it("without JavaScript, the header form still reaches the search page, which offers the sitemap and tags", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByLabel("Search posts, qualifications and rules").fill("headteacher");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.waitForURL(`${server.url}search/?q=headteacher`);
    await expect(page.getByText("Search needs JavaScript").isVisible()).resolves.toBe(true);
    expect(await page.locator("#app-search-fallback").getByRole("link", { name: "sitemap" }).getAttribute("href")).toBe(`${PREFIX}sitemap/`);
    await context.close();
  });
});
