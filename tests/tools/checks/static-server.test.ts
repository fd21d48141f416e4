// The static server behaves as a static host would, and the page list is read from the build output.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtPagePaths } from "../../../tools/checks/built-pages.ts";
import { serveStaticSite, type StaticSite } from "../../../tools/checks/static-server.ts";

let folder: string;
let site: StaticSite;
beforeAll(async () => {
  folder = mkdtempSync(path.join(os.tmpdir(), "npq-static-"));
  const files: Record<string, string> = {
    "index.html": "<h1>Home</h1>",
    "a-post/index.html": "<h1>Post</h1>",
    "rules/npqh/index.html": "<h1>Rule</h1>",
    "404.html": "<h1>Not found</h1>",
    "assets/site.css": "body{}",
    "assets/fonts/x.woff2": "w",
    "thumbnails/a.webp": "w",
    "assets/images/a.svg": "<svg/>",
    "assets/manifest.json": "{}",
    "screenshots/a/01.png": "p",
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), text);
  }
  site = await serveStaticSite(folder);
});
afterAll(async () => {
  await site?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe("the static server", () => {
  it("listens on 127.0.0.1", () => {
    expect(site.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  const CASES: [string, number, string][] = [
    ["/", 200, "text/html; charset=utf-8"],
    ["/a-post/", 200, "text/html; charset=utf-8"],
    ["/a-post", 200, "text/html; charset=utf-8"],
    ["/assets/site.css", 200, "text/css; charset=utf-8"],
    ["/assets/fonts/x.woff2", 200, "font/woff2"],
    ["/thumbnails/a.webp", 200, "image/webp"],
    ["/assets/images/a.svg", 200, "image/svg+xml"],
    ["/assets/manifest.json", 200, "application/json; charset=utf-8"],
    ["/screenshots/a/01.png", 200, "image/png"],
    ["/missing.png", 404, "text/html; charset=utf-8"],
    ["/../../etc/passwd", 404, "text/html; charset=utf-8"],
  ];
  it.each(CASES)("answers %s with %i and %s", async (urlPath, status, contentType) => {
    const response = await fetch(site.url + urlPath.slice(1));
    expect(response.status).toBe(status);
    expect(response.headers.get("content-type")).toBe(contentType);
  });
});

describe("the list of built pages", () => {
  it("is every .html file in the output, as URL paths", () => {
    expect(builtPagePaths(folder)).toEqual(["/", "/404.html", "/a-post/", "/rules/npqh/"]);
  });
});
