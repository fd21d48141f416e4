// Moving a design history here: `npm run import` copies each fixture history (tests/fixtures/histories,
// one per style DfE teams use) into an empty copy of the site, unchanged, and reports what points to
// nothing; the build then names every missing image (and, allowed, shows placeholders); every post
// keeps its address, anchors, galleries, components and Markdown.
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeFixtureImages } from "../../fixtures/histories/make-images.ts";
import { createFixtureProject, fingerprintFolder, PROJECT_ROOT, type FixtureProject } from "../../helpers/fixture-project.ts";
import { assertSucceeded, describeRun, type ScriptRun } from "../../helpers/run-script.ts";

const STYLES = ["template-style", "cpd-style", "bat-style"] as const;
let histories: string;
let project: FixtureProject;
const imports = new Map<string, ScriptRun>();
let strict: ScriptRun;
let allowed: ScriptRun;

const page = (urlPath: string): HTMLElement => parse(readFileSync(path.join(project.root, "_site", decodeURIComponent(urlPath), "index.html"), "utf8"));
const source = (style: string, file: string) => readFileSync(path.join(histories, style, "app/posts", file), "utf8");
const lineOf = (text: string, needle: string) => text.split("\n").findIndex((line) => line.includes(needle)) + 1;

beforeAll(async () => {
  histories = mkdtempSync(path.join(os.tmpdir(), "npq-histories-"));
  cpSync(path.join(PROJECT_ROOT, "tests/fixtures/histories"), histories, { recursive: true });
  await makeFixtureImages(histories);
  project = createFixtureProject({ withoutPosts: true });
  for (const style of STYLES) imports.set(style, project.run("import.ts", [path.join(histories, style)]));
  strict = project.build();
  allowed = project.build(["--allow-missing-screenshots"]);
});
afterAll(() => {
  project?.dispose();
  rmSync(histories, { recursive: true, force: true });
});

describe("npm run import", () => {
  it.each(STYLES)("imports the %s history, saying which style it was built in", (style) => {
    const run = assertSucceeded(imports.get(style)!, `the import of ${style}`);
    const expected = { "template-style": "govuk-design-history", "cpd-style": "govuk-eleventy-plugin-6", "bat-style": "dfe-own-layouts" }[style];
    expect(run.stdout).toContain(`style: ${expected}`);
    expect(run.stdout).toMatch(/posts copied: 2, unchanged/);
  });

  it("copies every post byte for byte, each service's into its own folder, with its listing page's title", () => {
    const copied = (file: string) => readFileSync(path.join(project.root, "content/posts", file), "utf8");
    expect(copied("2024-03-04-choosing-a-venue.md")).toBe(source("template-style", "2024-03-04-choosing-a-venue.md"));
    expect(copied("register-for-a-course/2022-02-01-where-do-you-work.md")).toBe(source("cpd-style", "register-for-a-course/2022-02-01-where-do-you-work.md"));
    expect(copied("find-a-course/2021-06-01-results-page.md")).toBe(source("bat-style", "find-a-course/2021-06-01-results-page.md"));
    const data = JSON.parse(copied("register-for-a-course/register-for-a-course.11tydata.json"));
    expect(data).toMatchObject({ historyStyle: "govuk-eleventy-plugin-6", service: { title: "Register for a course", description: "Teachers register for a professional development course" } });
  });

  it("names each image reference that points to nothing: the post, its line and the reference", () => {
    const cases: [string, string, string][] = [
      ["template-style", "2024-05-20-checking-trip-details.md", 'gallery item 3 ("A page we lost") "missing-on-purpose.png"'],
      ["cpd-style", "register-for-a-course/2022-03-10-funding-messages.md", 'Markdown image "/register-for-a-course/2022-03-10-funding-messages/missing-on-purpose.png"'],
      ["bat-style", "find-a-course/2021-07-15-saving-a-search.md", 'front matter gallery item 2 ("A screen we lost") "missing-on-purpose.png"'],
    ];
    for (const [style, file, reference] of cases) {
      const line = lineOf(source(style, file), "missing-on-purpose.png");
      expect(imports.get(style)!.stdout).toContain(`content/posts/${file}, line ${line}: ${reference}`);
      expect(imports.get(style)!.stdout).toContain("Image references that point to nothing (1)");
    }
  });

  it("names the links to pages of the old site that will not be here", () => {
    const line = lineOf(source("cpd-style", "register-for-a-course/2022-02-01-where-do-you-work.md"), "/words-we-use/");
    expect(imports.get("cpd-style")!.stdout).toContain("Links to pages that will not be here (1)");
    expect(imports.get("cpd-style")!.stdout).toContain(`content/posts/register-for-a-course/2022-02-01-where-do-you-work.md, line ${line}: "/words-we-use/"`);
    // The build publishes it, as the old site did, and warns of it.
    expect(allowed.stderr).toContain(`line ${line}: broken link "/words-we-use/"`);
    expect(allowed.stderr).toContain("published anyway, as the history it came from published it");
  });

  it("refuses to overwrite, writing nothing", () => {
    const before = fingerprintFolder(path.join(project.root, "content"));
    const again = project.run("import.ts", [path.join(histories, "cpd-style")]);
    expect(again.status, describeRun(again)).toBe(2);
    expect(again.stderr).toContain("Refusing to import: nothing was written");
    expect(again.stderr).toContain("content/posts/register-for-a-course/2022-02-01-where-do-you-work.md already exists");
    expect(fingerprintFolder(path.join(project.root, "content"))).toEqual(before);
  });

  it("names the services there are when asked for one there is not", () => {
    const run = project.run("import.ts", [path.join(histories, "bat-style"), "--service", "find-a-job"]);
    expect(run.status, describeRun(run)).toBe(2);
    expect(run.stderr).toContain('--service "find-a-job"');
    expect(run.stderr).toContain("its services are find-a-course");
  });
});

describe("the build of the imported histories", () => {
  it("fails by default, naming every missing image in one run", () => {
    expect(strict.status, describeRun(strict)).toBe(1);
    expect(strict.stderr).toContain("3 problems in 3 files");
    expect(strict.stderr).toContain("content/posts/2024-05-20-checking-trip-details.md");
    expect(strict.stderr).toContain("no such file screenshots/register-for-a-course/2022-03-10-funding-messages/missing-on-purpose.png");
    expect(strict.stderr).toContain("no such file screenshots/find-a-course/saving-a-search/missing-on-purpose.png");
  });

  it("with --allow-missing-screenshots builds, with a warning and a placeholder for each", () => {
    assertSucceeded(allowed, "the build allowing missing screenshots");
    expect(allowed.stderr.match(/shown as a placeholder/g)).toHaveLength(3);
    expect(page("/checking-trip-details/").querySelector(".app-screenshots__missing")?.text).toContain("screenshots/checking-trip-details/missing-on-purpose.png");
  });
});

describe("posts from the GOV.UK design history template", () => {
  it("keep their address, their contents list, heading ids, footnotes and GOV.UK Markdown", () => {
    const post = page("/choosing-a-venue/");
    expect(post.querySelectorAll(".app-contents-list a").map((a) => a.getAttribute("href"))).toEqual(["#what-we-changed", "#why-we-changed-it"]);
    expect(post.querySelector("h2#why-we-changed-it")).not.toBeNull();
    expect(post.querySelector('sup a[href="#fn:1"]')).not.toBeNull();
    expect(post.querySelector("li#fn\\:1")?.text).toContain("venue names only");
    expect(post.querySelector(".app-alert--note")?.text).toContain("We kept search");
    expect(post.querySelector("table.govuk-table td.govuk-table__cell")).not.toBeNull();
    expect(post.querySelector("dl.app-definition-list dt")?.text).toBe("Venue");
    expect(post.querySelector(".app-post__body p.govuk-body-s")?.text).toContain("six venues at a time");
  });

  it("call GOV.UK Frontend's macros, and show author, dates and tags", () => {
    const post = page("/choosing-a-venue/");
    expect(post.querySelector(".govuk-inset-text:not(.app-alert)")?.text).toContain("checked by the council");
    expect(post.querySelector(".govuk-details__summary-text")?.text.trim()).toBe("How we measured success");
    expect(post.querySelector(".govuk-warning-text")?.text).toContain("may close without notice");
    expect(post.querySelector('a[href="https://example.org/priya"]')?.text).toBe("Priya Shah");
    expect(post.querySelector(".app-meta")?.text).toContain("last updated 2 April 2024");
    expect(post.querySelectorAll(".app-post-tags a").map((a) => a.text)).toEqual(["venues", "search"]);
  });

  it("show front matter galleries as galleries, with Markdown captions that keep their line breaks", () => {
    const gallery = page("/choosing-a-venue/").querySelector("section.app-screenshots")!;
    expect(gallery.querySelector("h2")?.text).toBe("Venue pages");
    expect(gallery.querySelectorAll("figure picture img").map((img) => img.getAttribute("alt"))).toEqual(["A list of six venues, each with its distance from the school", "Screenshot of Venue details"]);
    const caption = gallery.querySelector("figcaption")!;
    expect(caption.innerHTML).toContain("<br>");
    expect(caption.querySelector("strong")?.text).toBe("always");
  });

  it("show a lead image, Markdown images with captions, and share the image they choose", () => {
    const post = page("/checking-trip-details/");
    expect(post.querySelector(".app-post__lead-image img")?.getAttribute("alt")).toBe("A sketch of the summary page");
    expect(post.querySelector(".app-post__lead-image figcaption strong")?.text).toBe("workshop");
    const figure = post.querySelectorAll("figure.app-figure").find((f) => f.querySelector("figcaption")?.text === "The summary page");
    expect(figure?.querySelector("source")?.getAttribute("srcset")).toContain("/thumbnails/checking-trip-details/summary-page-640.webp");
    expect(post.querySelector('meta[property="og:image"]')?.getAttribute("content")).toContain("/thumbnails/checking-trip-details/summary-sketch-");
    expect(page("/choosing-a-venue/").querySelector('meta[property="og:image"]')?.getAttribute("content")).toContain("/thumbnails/choosing-a-venue/01-venue-list-");
    // A plain-string item's file is its text's slug, as the template's macro makes it.
    expect(post.querySelectorAll("figure").find((f) => f.querySelector("h3")?.id === "check-your-answers")?.querySelector("img")?.getAttribute("src")).toBe("/thumbnails/checking-trip-details/check-your-answers-1200.jpg");
  });
});

describe("posts from a teacher-cpd-design-history style service", () => {
  it("keep their old addresses under the service, and the service has its listing page", () => {
    const listing = page("/register-for-a-course/");
    expect(listing.querySelector("h1")?.text).toBe("Register for a course");
    expect(listing.querySelectorAll(".app-post-list__item h2 a").map((a) => a.getAttribute("href"))).toEqual(["/register-for-a-course/funding-messages/", "/register-for-a-course/where-do-you-work/"]);
    expect(listing.querySelector('.app-related a[href="https://example.org/prototype"]')?.text).toBe("Prototype on GitHub");
    // Its related list also has an item with no text, as a real DfE listing does: no empty link.
    expect(listing.querySelectorAll(".app-related a").map((a) => a.text.trim())).toEqual(["Prototype on GitHub"]);
    expect(page("/").querySelector('a[href="/register-for-a-course/"]')?.text).toBe("Register for a course");
    expect(page("/register-for-a-course/where-do-you-work/").querySelector(".govuk-breadcrumbs")?.text).toContain("Register for a course");
  });

  it("keep their line breaks, videos (as links) and gallery ids as Eleventy 2 made them", () => {
    const post = page("/register-for-a-course/where-do-you-work/");
    expect(post.querySelector(".app-post__body p.govuk-body")?.innerHTML.match(/<br>/g)).toHaveLength(3);
    expect(post.querySelector('.app-embed a[href="https://www.youtube.com/watch?v=aBcDeFgHiJk"]')?.text).toBe("Watch the video: Video of the work details questions");
    expect(post.querySelectorAll("figure h3").map((h) => h.id)).toEqual(["where-do-you-work", "i-don-t-know-my-school-s-name"]);
    expect(post.querySelector(".app-meta")?.text).toContain("By Sam Okafor");
  });

  it("keep markdown-it-anchor's heading ids, so in-page links still work, and absolute image paths", () => {
    const post = page("/register-for-a-course/funding-messages/");
    expect(post.querySelectorAll(".app-post__body h2[id]").map((h) => h.id)).toEqual(["1.-funding-status", "costs%2C-fees-and-grants", "1.-funding-status-1", "footnotes-label"]);
    expect(post.querySelectorAll("figure.app-figure img").map((img) => img.getAttribute("src"))).toEqual([
      "/thumbnails/register-for-a-course/2022-03-10-funding-messages/funded-1200.jpg",
      "/thumbnails/register-for-a-course/2022-03-10-funding-messages/not-funded-1200.jpg",
    ]);
    expect(post.querySelector(".app-email__subject")?.text).toContain("Your course funding");
    expect(post.querySelector(".app-email strong")?.text).toBe("eligible");
  });
});

describe("posts from a bat-design-history style service", () => {
  it("keep ids and file names made the way that history made them", () => {
    const post = page("/find-a-course/results-page/");
    const gallery = post.querySelector("section.app-screenshots")!;
    expect(gallery.querySelector("h3")?.id).toBe("results");
    expect(gallery.querySelectorAll("figure h4").map((h) => h.id)).toEqual(["results-with-filters-above", "2. filter panel"]);
    expect(gallery.querySelectorAll("figure a.app-screenshots__link").map((a) => a.getAttribute("href"))).toEqual([
      "/screenshots/find-a-course/results-page/results-filters-above.png",
      "/screenshots/find-a-course/results-page/2.%20filter%20panel.png",
    ]);
    expect(gallery.querySelector("figure img")?.getAttribute("alt")).toBe("Results with the filters above the list");
  });

  it("link bare addresses and abbreviations, and show figures, linked images and raw HTML images", () => {
    const post = page("/find-a-course/results-page/");
    expect(post.querySelector('a[href="https://example.org/api-docs"]')).not.toBeNull();
    expect(post.querySelector('abbr[title="application programming interface"]')?.text).toBe("API");
    expect(post.querySelectorAll("figure.app-figure figcaption").map((f) => f.text.trim())).toEqual(expect.arrayContaining(["The whole journey", "Round 3 summary"]));
    // A linked image links to its original once, not to a link inside a link.
    const linked = post.querySelector('a[href="/screenshots/find-a-course/results-page/round-3.png"]')!;
    expect(linked.querySelector("picture")).not.toBeNull();
    expect(linked.querySelector("a")).toBeNull();
    expect(post.querySelectorAll(".app-side-by-side img").map((img) => img.getAttribute("src"))).toEqual(["/screenshots/find-a-course/results-page/before.png", "/screenshots/find-a-course/results-page/after.png"]);
    expect(post.querySelector("table.govuk-table caption")?.text).toContain("Filters used");
    expect(post.querySelector('.govuk-warning-text a[href="https://example.org/notes"]')).not.toBeNull();
  });

  it("take the date from the file name when front matter has none, and show galleries from front matter", () => {
    const post = page("/find-a-course/saving-a-search/");
    expect(post.querySelector(".app-meta time")?.getAttribute("datetime")).toBe("2021-07-15");
    expect(post.querySelectorAll("section.app-screenshots > h2").map((h) => h.text)).toEqual(["First version", "After research"]);
  });
});
