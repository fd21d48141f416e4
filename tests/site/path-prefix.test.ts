// Hosting under a path (a project site on a static host): built with PATH_PREFIX, no URL in any HTML,
// CSS, XML or JSON file escapes the prefix, and absolute URLs use SITE_URL with the prefix.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRealSite, type BuiltSite } from "../helpers/built-site.ts";

const PREFIX = "/npq-design-history/";
const SITE_URL = "https://dfe-example.github.io";
let site: BuiltSite;

beforeAll(() => {
  site = buildRealSite({ PATH_PREFIX: PREFIX, SITE_URL });
});
afterAll(() => site?.dispose());

function filesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(html|css|xml|json)$/.test(e.name))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

const decode = (text: string) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

/** URLs in markup: every attribute value (srcset split into its URLs) and url() in inline styles. */
function markupUrls(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/\s[\w:-]+\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    for (const part of (m[1] ?? m[2] ?? "").split(/,\s+/)) found.push(part.trim().split(/\s+/)[0] ?? "");
  }
  for (const m of text.matchAll(/url\(\s*["']?([^"')]+)/g)) found.push(m[1]!);
  for (const m of text.matchAll(/<loc>([^<]+)<\/loc>/g)) found.push(m[1]!);
  return found;
}

/** Every URL in a file that could point into this site: root-relative paths and absolute SITE_URL addresses. */
function urlsIn(file: string, text: string): string[] {
  let candidates: string[];
  if (file.endsWith(".css")) {
    candidates = [...text.replace(/\/\*[\s\S]*?\*\//g, "").matchAll(/url\(\s*["']?([^"')]+)/g)].map((m) => m[1]!);
  } else if (file.endsWith(".json")) {
    candidates = [];
    const walk = (value: unknown): void => {
      if (typeof value === "string") candidates.push(value);
      else if (value && typeof value === "object") Object.values(value).forEach(walk);
    };
    walk(JSON.parse(text));
  } else {
    // XML holds escaped HTML (the feed's entries): read it once as it is and once decoded.
    candidates = file.endsWith(".xml") ? [...markupUrls(text), ...markupUrls(decode(text))] : markupUrls(text);
  }
  return candidates.filter((url) => (url.startsWith("/") && !url.startsWith("//")) || url.startsWith(SITE_URL));
}

describe(`a build under ${PREFIX}`, () => {
  it("has no root-relative URL outside the prefix in any HTML, CSS, XML or JSON file", () => {
    const files = filesOf(site.output);
    expect(files.length).toBeGreaterThan(10);
    const escapes: string[] = [];
    let checked = 0;
    for (const file of files) {
      for (const url of urlsIn(file, readFileSync(path.join(site.output, file), "utf8"))) {
        checked++;
        const ok = url.startsWith("http") ? url.startsWith(`${SITE_URL}${PREFIX}`) : url.startsWith(PREFIX);
        if (!ok) escapes.push(`${file}: ${url}`);
      }
    }
    expect(checked).toBeGreaterThan(200);
    expect(escapes).toEqual([]);
  });

  it("prefixes the links readers follow, the feed, the sitemap and sharing meta", () => {
    const home = site.page("/");
    expect(home.querySelector('a[href$="additional-support-offer/"]')!.getAttribute("href")).toBe(`${PREFIX}additional-support-offer/`);
    expect(home.querySelector("form.app-header-search")!.getAttribute("action")).toBe(`${PREFIX}search/`);
    expect(home.querySelector('link[rel="stylesheet"]')!.getAttribute("href")).toBe(`${PREFIX}assets/govuk-frontend.min.css`);
    const post = site.page("/additional-support-offer/");
    expect(post.querySelector('meta[property="og:image"]')!.getAttribute("content")).toBe(`${SITE_URL}${PREFIX}thumbnails/additional-support-offer/01-start-page-1280.jpg`);
    expect(site.file("/feed.xml").toString()).toContain(`<link href="${SITE_URL}${PREFIX}additional-support-offer/" rel="alternate"`);
    expect(site.file("/sitemap.xml").toString()).toContain(`<loc>${SITE_URL}${PREFIX}additional-support-offer/</loc>`);
    expect(site.page("/search/").querySelector("#app-search")!.getAttribute("data-bundle-path")).toBe(`${PREFIX}pagefind/`);
  });

  it("keeps GOV.UK Frontend's fonts and images relative to the stylesheet", () => {
    const css = site.file("/assets/govuk-frontend.min.css").toString();
    expect(css).toContain("url(fonts/");
    expect(css).not.toMatch(/url\(["']?\/assets\//);
  });
});
