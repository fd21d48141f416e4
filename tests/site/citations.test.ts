// Every citation on the built site points to one place: a seed's citation links to the one section it
// names on the seed's page here (a heading the seed uses twice is cited with which one, and that one
// is the place linked), under the document's own title; a design-history post's citation links to the
// post on this site; the service's code is cited at a commit the specification names. And a
// qualification the funding rules do not cover cites nothing of the rules.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SOURCE_DOCUMENTS, type Source, type SourceDocumentId } from "../../rules/index.ts";
import { headingText } from "../../site/provenance/seed-outline.ts";
import { expectedCitationTitle, headingsOf } from "../catalogue/seed-text.ts";
import { buildRealSite, type BuiltSite } from "../helpers/built-site.ts";
import { PROJECT_ROOT } from "../helpers/fixture-project.ts";

/** funding-rules.md "Sources to cite": every commit the specification pairs with a rule set. */
const SPEC_COMMITS = [
  "ae28b0ff7de8d2a90d4987fbd4af5f1727267f26",
  "e3b62ac17c28568e0346adb1ceb189cfddfaf1c1",
  "96cc7abc56db4ab674eaabe0a345290718968cf5",
  "7885fd2a789cd29cc2a99673a95c98d6ab007e00",
  "c581127001199220ad95512ad66f518f326421d7",
];
const SERVICE_HREF = /^https:\/\/github\.com\/DFE-Digital\/npq-registration\/blob\/([0-9a-f]{40})\/app\/services\/funding_eligibility\.rb$/;

/** The seed's design-history post, as this project keeps it: its file in content/posts/ and its address. */
const POST = { document: "seed-000" as SourceDocumentId, file: "content/posts/2021-09-10-additional-support-offer.md", url: "/additional-support-offer/" };

let site: BuiltSite;
beforeAll(() => {
  site = buildRealSite();
});
afterAll(() => site?.dispose());

const squash = (t: string) => t.replace(/\s+/g, " ").trim();

function htmlPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => path.join(e.parentPath, e.name));
}

interface CitationLink {
  readonly page: string;
  readonly href: string;
  readonly text: string;
}

/** Every link in a citation (`.app-citation`) on every page, the seeds' public addresses apart. */
function citationLinks(): CitationLink[] {
  const links: CitationLink[] = [];
  for (const file of htmlPages(site.output)) {
    const page = `/${path.relative(site.output, file).replace(/index\.html$/, "")}`;
    for (const citation of parse(readFileSync(file, "utf8")).querySelectorAll(".app-citation")) {
      for (const a of citation.querySelectorAll("a:not(.app-citation__public)")) links.push({ page, href: a.getAttribute("href") ?? "", text: squash(a.text) });
    }
  }
  return links;
}

const pageCache = new Map<string, HTMLElement>();
/** A page, parsed with its <pre> as markup (node-html-parser keeps a <pre> as raw text by default). */
const pageAt = (url: string) => {
  if (!pageCache.has(url)) {
    const html = site.file(url.endsWith("/") ? `${url}index.html` : url).toString("utf8");
    pageCache.set(url, parse(html, { blockTextElements: { script: true, noscript: true, style: true } }));
  }
  return pageCache.get(url)!;
};

/** The section a source page's anchor marks: its heading and which of the headings with that text it is. */
function anchoredSection(id: SourceDocumentId, anchor: string): Source {
  const page = pageAt(`/sources/${id}/`);
  const marked = page.querySelectorAll(`[id="${anchor}"]`);
  expect(marked, `exactly one element with id "${anchor}" on /sources/${id}/`).toHaveLength(1);
  expect(marked[0]!.classList.contains("app-source-heading"), `#${anchor} is a heading of the text`).toBe(true);
  const section = headingText(marked[0]!.text);
  // Which heading with this text it is, by its place among the page's headings.
  const same = page.querySelectorAll(".app-source-heading").filter((h) => headingText(h.text) === section);
  const occurrence = same.indexOf(marked[0]!) + 1;
  return { title: "", document: id, section, ...(same.length > 1 ? { occurrence } : {}) };
}

describe("citations on the built site", () => {
  let links: CitationLink[];
  beforeAll(() => {
    links = citationLinks();
  });

  it("are found on the rule set, qualification and other pages", () => {
    expect(links.length).toBeGreaterThan(300);
    expect(new Set(links.map((l) => l.page)).size).toBeGreaterThan(15);
  });

  it("of a seed link to one section of it, and are titled with the document's name and that section", () => {
    const seedLinks = links.filter((l) => l.href.startsWith("/sources/"));
    expect(seedLinks.length).toBeGreaterThan(100);
    for (const l of seedLinks) {
      const where = `${l.page}: "${l.text}" -> ${l.href}`;
      const m = /^\/sources\/(seed-\d{3})\/#(section-[a-z0-9-]+)$/.exec(l.href);
      expect(m, `${where}: a seed is cited at one of its sections`).not.toBeNull();
      const id = m![1] as SourceDocumentId;
      // The one place the link reaches, read from the page; the title it must have, from the seed's outline.
      expect(l.text, where).toBe(expectedCitationTitle(anchoredSection(id, m![2]!)));
    }
  });

  it("say which section where a seed uses a heading twice (seed 002's 'Early headship coaching offer')", () => {
    const ehco = links.filter((l) => l.text.includes("'Early headship coaching offer'"));
    expect(ehco.length).toBeGreaterThan(0);
    for (const l of ehco) expect(l.text, `${l.page}: ${l.href}`).toMatch(/'Early headship coaching offer' \(the (first|second) section with this heading, before '[^']+'\)$/);
    const twice = headingsOf("seed-002").filter((h) => h.text === "Early headship coaching offer");
    expect(twice).toHaveLength(2);
  });

  it("of a design-history post link to the post on this site, at the heading cited", () => {
    const doc = SOURCE_DOCUMENTS.find((d) => d.id === POST.document)!;
    const postLinks = links.filter((l) => l.text.startsWith(doc.citeAs));
    expect(postLinks.length).toBeGreaterThan(0);
    for (const l of postLinks) {
      const where = `${l.page}: "${l.text}" -> ${l.href}`;
      const [url, fragment] = l.href.split("#");
      expect(url, where).toBe(POST.url);
      const post = pageAt(POST.url);
      if (fragment === undefined) {
        // The post's title heads its opening paragraph: the link is to the post itself.
        expect(l.text, where).toBe(`${doc.citeAs}, opening paragraph`);
        expect(squash(post.querySelector("h1")!.text), where).toBe(doc.title);
      } else {
        const marked = post.querySelectorAll(`[id="${fragment}"]`);
        expect(marked, `${where}: one element with that id`).toHaveLength(1);
        expect(marked[0]!.tagName, where).toMatch(/^H[2-6]$/);
        expect(l.text, where).toBe(expectedCitationTitle({ title: "", document: POST.document, section: squash(marked[0]!.text) }));
      }
    }
    // No citation of the post goes to its copy under /sources/ instead.
    expect(links.filter((l) => l.href.startsWith(`/sources/${POST.document}/`))).toEqual([]);
  });

  it("of a design-history post go to that post: its file is the seed, byte for byte", () => {
    const doc = SOURCE_DOCUMENTS.find((d) => d.id === POST.document)!;
    expect(doc.kind).toBe("design-history-post");
    expect(SOURCE_DOCUMENTS.filter((d) => d.kind === "design-history-post").map((d) => d.id)).toEqual([POST.document]);
    expect(readFileSync(path.join(PROJECT_ROOT, POST.file))).toEqual(readFileSync(path.join(PROJECT_ROOT, "sources", doc.file)));
  });

  it("of the service's code link to its funding file at a commit the specification names", () => {
    const service = links.filter((l) => l.href.startsWith("https://github.com/"));
    expect(service.length).toBeGreaterThan(50);
    for (const l of service) {
      const commit = SERVICE_HREF.exec(l.href)?.[1];
      expect(SPEC_COMMITS, `${l.page}: ${l.href}`).toContain(commit);
      expect(l.text, l.page).toContain(`funding_eligibility.rb (${commit!.slice(0, 7)})`);
    }
    // Every commit is cited somewhere.
    for (const commit of SPEC_COMMITS) expect(service.some((l) => l.href.includes(commit)), commit).toBe(true);
  });

  it("link nowhere else but the rules pages", () => {
    const other = links.filter((l) => !l.href.startsWith("/sources/") && !l.href.startsWith(POST.url) && !l.href.startsWith("https://github.com/"));
    for (const l of other) expect(l.href, `${l.page}: "${l.text}"`).toMatch(/^\/rules\/[0-9-]+\/$/);
  });

  it("name every seed they cite by a link (no citation of a seed without one)", () => {
    for (const file of htmlPages(site.output)) {
      for (const citation of parse(readFileSync(file, "utf8")).querySelectorAll(".app-citation")) {
        const linked = citation.querySelectorAll("a").map((a) => squash(a.text)).join(" | ");
        for (const d of SOURCE_DOCUMENTS) {
          const mentions = squash(citation.text).split(d.citeAs).length - 1;
          const linkedMentions = linked.split(d.citeAs).length - 1;
          expect(linkedMentions, `${path.relative(site.output, file)}: "${squash(citation.text)}"`).toBe(mentions);
        }
      }
    }
  });
});

describe("a qualification the funding rules do not cover", () => {
  it("cites nothing from the rules (the NASENCo)", () => {
    const page = pageAt("/npqs/nasenco/");
    const hrefs = page.querySelectorAll("main a").map((a) => a.getAttribute("href") ?? "");
    expect(hrefs.filter((h) => h.startsWith("https://github.com/") || h.startsWith("/rules/"))).toEqual([]);
    expect(squash(page.querySelector("#funding-by-work-setting")!.nextElementSibling!.text)).toMatch(/not a course in the funding rules/i);
  });

  it("names its successor as the NPQ for SENCOs, not as a person", () => {
    const status = squash(pageAt("/npqs/nasenco/").querySelector("#status")!.nextElementSibling!.text);
    expect(status).toContain("Replaced by the NPQ for SENCOs");
    expect(status).toContain("Its successor, the NPQ for SENCOs,");
    expect(status).not.toMatch(/Replaced by the Special educational needs co-ordinator/i);
  });
});

describe("the source pages", () => {
  it.each(SOURCE_DOCUMENTS.map((d) => [d.id, d] as const))("%s: every heading of the seed carries its own anchor, and the text is unchanged", (id, d) => {
    const page = pageAt(`/sources/${id}/`);
    const anchors = page.querySelectorAll(".app-source-heading").map((h) => h.getAttribute("id"));
    expect(anchors).toHaveLength(headingsOf(id).length);
    expect(new Set(anchors).size).toBe(anchors.length);
    expect(page.querySelector("pre")!.text).toBe(readFileSync(path.join(PROJECT_ROOT, "sources", d.file), "utf8"));
  });
});
