// The seed post "Additional support offer (ASO)" builds as written, with its 13 real screenshots.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRealSite, type BuiltSite } from "../helpers/built-site.ts";
import { PROJECT_ROOT } from "../helpers/fixture-project.ts";

// The seed's items, in its order: the headings readers see and the files they come from.
const SEED_ITEMS = [
  ["Start page", "01-start-page.png"],
  ["Choosing the ASO", "02-branch-on-npq-choose-your-course.png"],
  ["Choosing the ASO: Are you a headteacher?", "03-are-you-a-headteacher.png"],
  ["Choosing the ASO: Are you in your first two years of a headship?", "04-are-you-in-your-first-two-years-of-a-headship.png"],
  ["Choosing the ASO: Not a headteacher, or not in first two years", "05-not-headteacher-or-not-in-first-two-years.png"],
  ["Choosing the ASO: You qualify for ASO", "05-you-qualify-for-aso.png"],
  ["Choosing the ASO: Check your answers", "06-check-your-answers.png"],
  ["Choosing an NPQH", "06-choosing-npqh.png"],
  ["Choosing an NPQH: When NPQH starts", "07-when-npqh-starts.png"],
  ["Choosing an NPQH: Check your answers", "07-check-your-answers.png"],
  ["Branch early: Have you already started?", "08-branch-early-have-you-already-started.png"],
  ["Branch early: Are you applying for ASO?", "09-are-you-applying-for-aso.png"],
  ["Branch early: Check your answers", "09-check-your-answers.png"],
] as const;

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

let site: BuiltSite;
beforeAll(() => {
  site = buildRealSite();
});
afterAll(() => site?.dispose());

describe("the seed post", () => {
  it("is copied in unchanged from the seed document", () => {
    const seed = readFileSync(path.join(PROJECT_ROOT, "sources/000_b8d5ad89a0aa3718.txt"));
    const post = readFileSync(path.join(PROJECT_ROOT, "content/posts/2021-09-10-additional-support-offer.md"));
    expect(sha256(post)).toBe(sha256(seed));
  });

  it("is published at /additional-support-offer/ with its title, date, description and related link", () => {
    const page = site.page("/additional-support-offer/");
    expect(page.querySelector("h1")?.text.trim()).toBe("Additional support offer (ASO)");
    expect(page.querySelector("time")?.getAttribute("datetime")).toBe("2021-09-10");
    expect(page.querySelector("time")?.text).toBe("10 September 2021");
    expect(page.querySelector(".govuk-body-l")?.text).toBe("Initial designs for including the ASO option");
    expect(page.querySelector(".app-related a")?.text).toBe("About ASOs");
    expect(page.querySelector("title")?.text).toBe("Additional support offer (ASO) - NPQ design history");
  });

  it("is listed on the home page with its date and description", () => {
    const home = site.page("/");
    const item = home.querySelectorAll(".app-post-list__item").find((li) => li.querySelector("a")?.getAttribute("href") === "/additional-support-offer/");
    expect(item).toBeDefined();
    expect(item!.text).toContain("10 September 2021");
    expect(item!.text).toContain("Initial designs for including the ASO option");
  });

  it("shows the 13 screenshots in the seed's order, each with its heading and alt text", () => {
    const figures = site.page("/additional-support-offer/").querySelectorAll("figure.app-screenshots__figure");
    expect(figures.map((f) => f.querySelector("h3")?.text)).toEqual(SEED_ITEMS.map(([text]) => text));
    expect(figures.map((f) => f.querySelector("img")?.getAttribute("alt"))).toEqual(SEED_ITEMS.map(([text]) => `Screenshot of ${text}`));
  });

  it("has a contents list whose anchors lead to each figure's heading, in order", () => {
    const page = site.page("/additional-support-offer/");
    const links = page.querySelectorAll(".app-screenshots__contents a");
    const headingIds = page.querySelectorAll("figure.app-screenshots__figure h3").map((h) => h.id);
    expect(links.map((a) => a.text)).toEqual(SEED_ITEMS.map(([text]) => text));
    expect(links.map((a) => a.getAttribute("href"))).toEqual(headingIds.map((id) => `#${id}`));
    expect(new Set(headingIds).size).toBe(13);
  });

  it("links every thumbnail to the byte-identical original", () => {
    const figures = site.page("/additional-support-offer/").querySelectorAll("figure.app-screenshots__figure");
    figures.forEach((figure, i) => {
      const href = figure.querySelector("a.app-screenshots__link")!.getAttribute("href")!;
      expect(href).toBe(`/screenshots/additional-support-offer/${SEED_ITEMS[i]![1]}`);
      const original = readFileSync(path.join(PROJECT_ROOT, "screenshots/additional-support-offer", SEED_ITEMS[i]![1]));
      expect(sha256(site.file(href))).toBe(sha256(original));
    });
  });

  it("shows thumbnails smaller than the originals, with the dimensions the HTML states", async () => {
    const figures = site.page("/additional-support-offer/").querySelectorAll("figure.app-screenshots__figure");
    for (const [i, figure] of figures.entries()) {
      const original = site.file(`/screenshots/additional-support-offer/${SEED_ITEMS[i]![1]}`);
      const img = figure.querySelector("img")!;
      const fallback = site.file(img.getAttribute("src")!);
      const meta = await sharp(fallback).metadata();
      expect(meta.format).toBe("jpeg");
      expect(meta.width).toBe(Number(img.getAttribute("width")));
      expect(meta.height).toBe(Number(img.getAttribute("height")));
      expect(fallback.length).toBeLessThan(original.length);
      const sources = figure.querySelector("source")!.getAttribute("srcset")!.split(", ");
      expect(sources.length).toBeGreaterThanOrEqual(2);
      for (const candidate of sources) {
        const [url, descriptor] = candidate.split(" ");
        const thumb = site.file(url!);
        const tm = await sharp(thumb).metadata();
        expect(tm.format).toBe("webp");
        expect(`${tm.width}w`).toBe(descriptor);
        expect(thumb.length).toBeLessThan(original.length);
      }
    }
  });

  it("loads only the first screenshot eagerly", () => {
    const imgs = site.page("/additional-support-offer/").querySelectorAll("figure img");
    expect(imgs.map((img) => img.getAttribute("loading"))).toEqual(["eager", ...Array(12).fill("lazy")]);
  });

  it("uses the GOV.UK page furniture: skip link, header, service navigation, phase banner, footer", () => {
    const page = site.page("/additional-support-offer/");
    expect(page.querySelector(".govuk-skip-link")?.getAttribute("href")).toBe("#main-content");
    expect(page.querySelector("main#main-content")).not.toBeNull();
    for (const selector of [".govuk-header", ".govuk-service-navigation", ".govuk-phase-banner", ".govuk-footer"]) {
      expect(page.querySelector(selector), selector).not.toBeNull();
    }
  });
});

describe("the tags page of a history whose posts have no tags yet (as the seed post has none)", () => {
  it("is still linked from the footer, and says how to add a tag", () => {
    expect(site.page("/").querySelectorAll(".govuk-footer a").map((a) => a.getAttribute("href"))).toContain("/tags/");
    const tags = site.page("/tags/").querySelector("main")!;
    expect(tags.querySelectorAll(".app-tag-list li")).toHaveLength(0);
    const text = tags.text.replace(/\s+/g, " ");
    expect(text, "the empty tags page should say how to tag a post").toMatch(/No posts have tags yet\. To tag a post, add a tags line to its front matter, for example tags: \[/);
  });
});
