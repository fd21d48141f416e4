// Finding posts: tags (case-insensitive), the Atom feed, the sitemaps and the 404 page; and sharing:
// Open Graph and Twitter cards from each post's first screenshot. One fixture build with planted
// posts, published at a stated SITE_URL (set from the environment, as a deploy would).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtPagePaths } from "../../tools/checks/built-pages.ts";
import { siteSettings } from "../../site/site-settings.ts";
import { createFixtureProject, SEED_POST, type FixtureProject } from "../helpers/fixture-project.ts";
import { assertSucceeded } from "../helpers/run-script.ts";

const SITE_URL = "https://npq-design.example.org";
let project: FixtureProject;
const read = (file: string) => readFileSync(path.join(project.root, "_site", file), "utf8");
const page = (file: string) => parse(read(file));

const post = (frontMatter: string, body = "") => `---\n${frontMatter}\n---\n\n${body}\n`;

beforeAll(() => {
  project = createFixtureProject();
  // Of the real posts only the seed stays, so the lists below (feed, sitemap) are exactly the planted
  // posts and the seed, however many posts the history has.
  for (const name of readdirSync(path.join(project.root, "content/posts"))) {
    if (!name.endsWith(".md") || path.posix.join("content/posts", name) === SEED_POST) continue;
    project.remove(path.posix.join("content/posts", name));
    project.remove(path.posix.join("screenshots", name.replace(/^\d{4}-\d{2}-\d{2}-/, "").replace(/\.md$/, "")));
  }
  project.write("content/posts/2024-01-15-choosing-a-course.md", post('title: Choosing a course\ndescription: How teachers pick an NPQ\ndate: 2024-01-15\ntags: [Eligibility, Registration]', "Plain text, no screenshots."));
  project.write("content/posts/2024-02-20-funding-questions.md", post("title: Funding questions\ndate: 2024-02-20\ntags: ELIGIBILITY", "Text & more, 5 < 6."));
  project.write(
    "content/posts/2024-03-01-gallery-in-front-matter.md",
    post('title: Gallery in front matter\ndate: 2024-03-01\ntags: [Eligibility, "Check answers"]\nscreenshots:\n  items:\n    - text: Check your answers\n      src: 06-check-your-answers.png'),
  );
  project.write("screenshots/gallery-in-front-matter/06-check-your-answers.png", readFileSync(path.join(project.root, "screenshots/additional-support-offer/06-check-your-answers.png")));
  const build = project.build([], { SITE_URL });
  assertSucceeded(build, "the fixture build");
});
afterAll(() => project?.dispose());

describe("tags", () => {
  it("that differ only in case are one tag, spelt as most posts spell it, with one page", () => {
    const index = page("tags/index.html");
    const items = index.querySelectorAll(".app-tag-list li").map((li) => [li.querySelector("a")!.text, li.querySelector("a")!.getAttribute("href"), li.querySelector(".app-meta")!.text]);
    expect(items).toEqual([
      ["Check answers", "/tags/check-answers/", "(1 post)"],
      ["Eligibility", "/tags/eligibility/", "(3 posts)"],
      ["Registration", "/tags/registration/", "(1 post)"],
    ]);
  });

  it("each have a page listing their posts, newest first", () => {
    const tagPage = page("tags/eligibility/index.html");
    expect(tagPage.querySelector("h1")!.text).toBe("Eligibility");
    expect(tagPage.querySelector("title")!.text).toBe("Posts tagged “Eligibility” - NPQ design history");
    expect(tagPage.querySelectorAll(".app-post-list__item h2 a").map((a) => a.getAttribute("href"))).toEqual(["/gallery-in-front-matter/", "/funding-questions/", "/choosing-a-course/"]);
  });

  it("are shown on each post, linking to their pages", () => {
    const links = page("choosing-a-course/index.html").querySelectorAll(".app-post-tags a");
    expect(links.map((a) => [a.text, a.getAttribute("href")])).toEqual([["Eligibility", "/tags/eligibility/"], ["Registration", "/tags/registration/"]]);
  });
});

describe("the Atom feed at /feed.xml", () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "link", "category"].includes(name) });

  it("is well-formed XML", () => {
    expect(XMLValidator.validate(read("feed.xml"))).toBe(true);
  });

  it("is an Atom feed with the elements RFC 4287 requires, its URLs from SITE_URL", () => {
    const { feed } = parser.parse(read("feed.xml"));
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.title).toBe("NPQ design history");
    expect(feed.id).toBe(`${SITE_URL}/`);
    expect(feed.updated).toBe("2024-03-01T00:00:00Z");
    expect(feed.author.name).toBeTruthy();
    expect(feed.link.find((l: any) => l["@rel"] === "self")["@href"]).toBe(`${SITE_URL}/feed.xml`);
  });

  it("has an entry per post, newest first, each with id, link, dates, summary, categories and absolute URLs in its content", () => {
    const { feed } = parser.parse(read("feed.xml"));
    const entries = feed.entry as any[];
    expect(entries.map((e) => e.link[0]["@href"])).toEqual([
      `${SITE_URL}/gallery-in-front-matter/`,
      `${SITE_URL}/funding-questions/`,
      `${SITE_URL}/choosing-a-course/`,
      `${SITE_URL}/additional-support-offer/`,
    ]);
    for (const entry of entries) {
      expect(entry.id).toBe(entry.link[0]["@href"]);
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
      expect(entry.title).toBeTruthy();
    }
    const choosing = entries[2];
    expect(choosing.summary).toBe("How teachers pick an NPQ");
    expect(choosing.category.map((c: any) => c["@label"])).toEqual(["Eligibility", "Registration"]);
    // The content is HTML, escaped once inside the XML: the parser gives back the HTML.
    expect(entries[1].content["#text"]).toContain("Text &amp; more, 5 &lt; 6.");
    const aso = parse(entries[3].content["#text"]);
    const urls = [...aso.querySelectorAll("[href]").map((e) => e.getAttribute("href")!), ...aso.querySelectorAll("img").map((e) => e.getAttribute("src")!)];
    expect(urls.length).toBeGreaterThan(20);
    for (const url of urls) if (!url.startsWith("https://www.gov.uk")) expect(url.startsWith(`${SITE_URL}/`), url).toBe(true);
  });

  it("is announced in every page's head", () => {
    expect(page("index.html").querySelector('link[rel="alternate"][type="application/atom+xml"]')!.getAttribute("href")).toBe("/feed.xml");
  });
});

describe("the sitemaps", () => {
  it("/sitemap.xml is well-formed and lists every page but the 404 and search pages, by absolute URL", () => {
    const xml = read("sitemap.xml");
    expect(XMLValidator.validate(xml)).toBe(true);
    const { urlset } = new XMLParser({ isArray: (name) => name === "url" }).parse(xml);
    const locs = (urlset.url as any[]).map((u) => u.loc);
    // Every page the build wrote, read from the output (pages other sections add are included).
    const expected = builtPagePaths(path.join(project.root, "_site")).filter((p) => p !== "/404.html" && p !== "/search/");
    expect(expected).toEqual(expect.arrayContaining(["/", "/additional-support-offer/", "/choosing-a-course/", "/tags/eligibility/", "/sitemap/"]));
    expect([...locs].sort()).toEqual(expected.map((p) => `${SITE_URL}${p}`).sort());
    expect((urlset.url as any[]).find((u) => u.loc === `${SITE_URL}/choosing-a-course/`).lastmod).toBe("2024-01-15");
  });

  it("/sitemap/ is a readable page: posts newest first, then each folder of pages", () => {
    const sitemap = page("sitemap/index.html");
    const headings = sitemap.querySelectorAll("main h2").map((h) => h.text);
    expect(headings[0]).toBe("Design history");
    expect(headings).toContain("Tags");
    // Every page in sitemap.xml is linked from the readable sitemap.
    const linked = new Set(sitemap.querySelectorAll("main a").map((a) => a.getAttribute("href")));
    const { urlset } = new XMLParser({ isArray: (name) => name === "url" }).parse(read("sitemap.xml"));
    for (const { loc } of urlset.url as { loc: string }[]) expect(linked.has(loc.slice(SITE_URL.length)), loc).toBe(true);
    const first = sitemap.querySelectorAll("main ul")[0]!.querySelectorAll("a").map((a) => a.text);
    expect(first).toEqual(["NPQ design history", "Gallery in front matter", "Funding questions", "Choosing a course", "Additional support offer (ASO)"]);
  });
});

describe("the 404 page", () => {
  it("is /404.html, says the page was not found and offers search and the sitemap", () => {
    const notFound = page("404.html");
    expect(notFound.querySelector("h1")!.text).toBe("Page not found");
    expect(notFound.querySelectorAll("main a").map((a) => a.getAttribute("href"))).toEqual(["/search/", "/sitemap/", "/"]);
  });
});

describe("sharing", () => {
  const meta = (file: string) => {
    const head = page(file).querySelector("head")!;
    const get = (key: string) => head.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content");
    return { get, canonical: head.querySelector('link[rel="canonical"]')?.getAttribute("href") };
  };

  it("a post's card uses its first screenshot's thumbnail, by absolute URL, and that file is published", () => {
    const { get, canonical } = meta("additional-support-offer/index.html");
    expect(get("og:type")).toBe("article");
    expect(get("og:title")).toBe("Additional support offer (ASO)");
    expect(get("og:description")).toBe("Initial designs for including the ASO option");
    expect(get("og:url")).toBe(`${SITE_URL}/additional-support-offer/`);
    expect(canonical).toBe(`${SITE_URL}/additional-support-offer/`);
    expect(get("og:image")).toBe(`${SITE_URL}/thumbnails/additional-support-offer/01-start-page-1280.jpg`);
    expect(get("og:image:alt")).toBe("Screenshot of Start page");
    expect(get("twitter:card")).toBe("summary_large_image");
    expect(get("twitter:image")).toBe(get("og:image"));
    expect(existsSync(path.join(project.root, "_site/thumbnails/additional-support-offer/01-start-page-1280.jpg"))).toBe(true);
  });

  it("a gallery in front matter gives the card its first screenshot too", () => {
    // This screenshot is a 672 px crop, so its JPEG thumbnail is 672 px wide (never upscaled).
    expect(meta("gallery-in-front-matter/index.html").get("og:image")).toBe(`${SITE_URL}/thumbnails/gallery-in-front-matter/06-check-your-answers-672.jpg`);
    expect(existsSync(path.join(project.root, "_site/thumbnails/gallery-in-front-matter/06-check-your-answers-672.jpg"))).toBe(true);
  });

  it("a post without screenshots falls back to GOV.UK's Open Graph image", () => {
    const { get } = meta("choosing-a-course/index.html");
    expect(get("og:image")).toBe(`${SITE_URL}/assets/images/govuk-opengraph-image.png`);
    expect(get("og:image:width")).toBe("1200");
  });
});

describe("the site URL setting", () => {
  it("defaults to the local server and can be overridden from the environment", () => {
    expect(siteSettings({}).url).toBe("http://localhost:8080");
    expect(siteSettings({ SITE_URL: "https://example.org/" }).url).toBe("https://example.org");
    expect(() => siteSettings({ SITE_URL: "example.org" })).toThrow("SITE_URL must be an absolute http(s) URL");
  });
});
