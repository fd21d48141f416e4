// Histories imported from the three styles DfE teams use (tests/fixtures/histories) look, in
// Chromium, as they did there: each gallery is a gallery (a contents list whose links reach their
// screenshots, and every screenshot loads), and Markdown images and figures load too.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStaticSite, type StaticSite } from "../../tools/checks/static-server.ts";
import { makeFixtureImages } from "../fixtures/histories/make-images.ts";
import { launchChromium, scrollThrough } from "../helpers/browser.ts";
import { createFixtureProject, PROJECT_ROOT, type FixtureProject } from "../helpers/fixture-project.ts";
import { assertSucceeded } from "../helpers/run-script.ts";

let histories: string;
let project: FixtureProject;
let server: StaticSite;
let browser: Browser;

beforeAll(async () => {
  histories = mkdtempSync(path.join(os.tmpdir(), "npq-histories-"));
  cpSync(path.join(PROJECT_ROOT, "tests/fixtures/histories"), histories, { recursive: true });
  await makeFixtureImages(histories);
  project = createFixtureProject({ withoutPosts: true });
  for (const style of ["template-style", "cpd-style", "bat-style"]) assertSucceeded(project.run("import.ts", [path.join(histories, style)]), `the import of ${style}`);
  assertSucceeded(project.build(["--allow-missing-screenshots", "--quiet"]), "the build of the imported histories");
  server = await serveStaticSite(path.join(project.root, "_site"));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  project?.dispose();
  rmSync(histories, { recursive: true, force: true });
});

const GALLERY_PAGES = ["/choosing-a-venue/", "/checking-trip-details/", "/register-for-a-course/where-do-you-work/", "/find-a-course/results-page/", "/find-a-course/saving-a-search/"];

describe("imported galleries in a browser", () => {
  it.each(GALLERY_PAGES)("%s shows every screenshot, and its contents list reaches each one", async (urlPath) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(new URL(urlPath.slice(1), server.url).href);
      await scrollThrough(page);
      const images = await page.$$eval("main img", (imgs) => imgs.map((img) => ({ alt: img.getAttribute("alt"), loaded: (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0 })));
      expect(images.length).toBeGreaterThan(0);
      expect(images.filter((i) => !i.loaded)).toEqual([]);
      const galleries = await page.$$eval("section.app-screenshots", (sections) => sections.map((s) => ({ figures: s.querySelectorAll("figure picture").length, contents: [...s.querySelectorAll(".app-screenshots__contents a")].map((a) => a.getAttribute("href")) })));
      expect(galleries.length).toBeGreaterThan(0);
      for (const gallery of galleries) {
        expect(gallery.figures).toBeGreaterThan(0);
      for (const href of gallery.contents) {
          await page.click(`.app-screenshots__contents a[href="${href}"]`);
          const id = decodeURIComponent(href!.slice(1));
          const inView = await page.evaluate((target) => {
            const element = document.getElementById(target);
            if (!element) return false;
            const box = element.getBoundingClientRect();
            return box.top >= -1 && box.top < window.innerHeight;
          }, id);
          expect(inView, `${urlPath}${href} scrolls to its screenshot`).toBe(true);
        }
      }
    } finally {
      await page.close();
    }
  });
});
