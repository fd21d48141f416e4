// Every page in a policy reader's words (issue 18, item 1): no internal code of the rules' vocabulary
// in the words a reader meets (only in <code>, addresses and the downloads), each outcome said once,
// numbers and nouns that agree. Read from a real build, every HTML page of it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRealSite, type BuiltSite } from "../helpers/built-site.ts";
import { parse, type HTMLElement } from "node-html-parser";
import { GLOSSARY } from "../../catalogue/index.ts";
import { findRawCodes, readerText, VOCABULARY_CODES } from "./raw-codes.ts";

let site: BuiltSite;
let pages: { url: string; html: string }[];
beforeAll(() => {
  site = buildRealSite();
  pages = readdirSync(site.output, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      const url = `/${path.relative(site.output, file).split(path.sep).join("/")}`.replace(/index\.html$/, "");
      return { url, html: readFileSync(file, "utf8") };
    })
    .sort((a, b) => a.url.localeCompare(b.url));
});
afterAll(() => site?.dispose());

describe("the raw-code scan itself", () => {
  // Each case is a piece of a page and the codes a reader would meet in it.
  const cases: [string, string, string[]][] = [
    ["an outcome code in a sentence", "<p>The outcome is unfunded_cohort here.</p>", ["unfunded_cohort"]],
    ["an outcome code in a table cell", "<table><tr><td>Not funded</td><td>not_in_england</td></tr></table>", ["not_in_england"]],
    ["a course id in words", "<li>Funded for npq-senco and npq-headship</li>", ["npq-senco", "npq-headship"]],
    ["a work setting id", "<dd>a_school; an_academy_trust</dd>", ["a_school", "an_academy_trust"]],
    ["a list id", "<p>Not on pp50-schools</p>", ["pp50-schools"]],
    ["a parameter id", "<p>Read from pp50-only-courses.</p>", ["pp50-only-courses"]],
    ["an answer's field name", "<p>Needs approvedIttProvider</p>", ["approvedIttProvider"]],
    ["a label read aloud", '<a aria-label="Open npq-headship" href="/x/">Open</a>', ["npq-headship"]],
    ["bare establishment types", "<p>Establishment type 1 or 2</p>", ["type 1 or 2"]],
    ["a parameter's type numbers beside its description", "<dl><dt>GIAS establishment type codes</dt><dd>1, 2, 3, 5</dd></dl>", ["1, 2, 3, 5"]],
    ["codes in <code>", "<p>Outcome <code>unfunded_cohort</code>, <kbd>npq-senco</kbd>, <samp>a_school</samp></p><pre>rise pp50-schools</pre>", []],
    ["codes in addresses", '<p><a href="/rules/2026-06-01/npq-senco/">Headship</a>: see /rules/2026-06-01/npq-senco/ or #step-works-in-england</p>', []],
    ["codes in data attributes", '<tr data-status="unfunded_cohort" data-settings="a_school"><td>Not funded</td></tr>', []],
    ["one-word values that are also English", "<p>Funded, other, school, rise, full and capped are words.</p>", []],
    ["an establishment type named before its number", "<p>Community school (type 1); a local authority nursery school (establishment type 15)</p>", []],
    ["step numbers", "<table><tr><td>Not funded</td><td>1, 2, 3, 5, 6</td></tr></table>", []],
  ];
  it.each(cases)("finds %s", (_name, html, expected) => {
    expect(findRawCodes(html).map((h) => h.code)).toEqual(expected);
  });

  it("takes its codes from the rules module", () => {
    for (const code of ["unfunded_cohort", "missing_mandatory_institution", "npq-early-headship-coaching-offer", "a_16_to_19_educational_setting", "la-disadvantaged-nurseries", "lead_mentor_for_accredited_itt_provider", "eligible-establishment-types", "completed_npqh"]) {
      expect(VOCABULARY_CODES.has(code), code).toBe(true);
    }
    expect(VOCABULARY_CODES.has("funded")).toBe(false);
  });
});

describe("every built page", () => {
  it("is read: the scan sees the rules, the tables, the catalogue and the posts", () => {
    const urls = pages.map((p) => p.url);
    expect(urls.length).toBeGreaterThan(50);
    for (const url of ["/", "/rules/", "/rules/2026-06-01/", "/rules/2026-06-01/npq-headship/", "/rules/changes/", "/npqs/npqh/", "/check/", "/glossary/"]) expect(urls, url).toContain(url);
  });

  it("names the rules' vocabulary in words, never by its codes", () => {
    const hits = pages.flatMap((p) => findRawCodes(p.html).map((h) => `${p.url}: ${h.kind} "${h.code}" in "…${h.context}…"`));
    expect(hits).toEqual([]);
  });

  // (A post quoting the old mistake, “Funded Funded”, is a quotation.)
  it("says an outcome once (\"Funded\", not \"Funded: Funded\" nor a tag and the same words beside it)", () => {
    const doubled = pages.flatMap((p) => readerText(p.html).filter((t) => /(?<![“"‘'])\b(Funded|Not funded|Subject to review)[\s:.]*\1\b/i.test(t)).map((t) => `${p.url}: ${t}`));
    expect(doubled).toEqual([]);
  });

  it("makes a number and its noun agree (\"1 cell\", \"2 cells\")", () => {
    const nouns = "cell|table cell|step|row|parameter|course|outcome|path|change|setting|difference|page|post|term";
    // "16 to 19 setting" is an age range, not a count.
    const one = new RegExp(`(?<![\\w.,-]|to )1 (?:${nouns})s\\b`);
    // "36 course tables": the noun qualifies the one after it, which carries the number.
    const many = new RegExp(`(?<![\\w.,-]|to )(?:0|[2-9]|\\d{2,}) (?:${nouns})\\b(?! (?:tables?|pages?|rows?)\\b)`);
    const wrong = pages.flatMap((p) => readerText(p.html).filter((t) => one.test(t) || many.test(t)).map((t) => `${p.url}: ${t}`));
    expect(wrong).toEqual([]);
  });
});

describe("the glossary", () => {
  it("prints every term on /glossary/ with its anchor, its definition and a source for each it rests on", () => {
    const page = site.page("/glossary/");
    for (const t of GLOSSARY) {
      const entry = page.querySelector(`#${t.id}`);
      expect(entry, t.id).not.toBeNull();
      expect(entry!.querySelector("dt")!.text.trim()).toBe(t.term);
      expect(entry!.querySelector("dd")!.text).toContain(t.definition);
      expect(entry!.querySelectorAll(".app-citation")).toHaveLength(t.sources.length);
    }
    expect(page.querySelectorAll(".app-glossary-link")).toHaveLength(0);
  });

  it("is linked from a term's first appearance on a page, once a term, only where a link belongs", () => {
    const forms = new Map(GLOSSARY.map((t) => [t.id, t.forms.map((f) => f.toLowerCase())]));
    const NOT_INSIDE = /^(a|h[1-6]|code|pre|kbd|samp|th|strong|summary|caption|button|label)$/i;
    let linked = 0;
    const wrong: string[] = [];
    for (const p of pages) {
      const links = parse(p.html).querySelectorAll("a.app-glossary-link");
      const ids = links.map((a) => a.getAttribute("href")!.replace(/^\/glossary\/#/, ""));
      if (new Set(ids).size !== ids.length) wrong.push(`${p.url}: an entry linked twice (${ids.join(", ")})`);
      links.forEach((a, i) => {
        linked++;
        const id = ids[i]!;
        if (!forms.get(id)?.includes(a.text.replace(/\s+/g, " ").toLowerCase())) wrong.push(`${p.url}: "${a.text}" links to ${a.getAttribute("href")}`);
        for (let up = a.parentNode as HTMLElement | null; up; up = up.parentNode as HTMLElement | null) {
          const tag = up.rawTagName ?? "";
          if (NOT_INSIDE.test(tag) || /\b(govuk-tag|app-citation|govuk-visually-hidden)\b/.test(up.getAttribute?.("class") ?? "")) wrong.push(`${p.url}: "${a.text}" inside <${tag} class="${up.getAttribute?.("class") ?? ""}">`);
          if (tag === "main") break;
          if (tag === "body") wrong.push(`${p.url}: "${a.text}" outside the main content`);
        }
      });
    }
    expect(wrong).toEqual([]);
    expect(linked).toBeGreaterThan(pages.length);
  });

  it("links the terms of art where a policy reader meets them on the rules and catalogue pages", () => {
    const linkedOn = (url: string) => site.page(url).querySelectorAll("a.app-glossary-link").map((a) => a.getAttribute("href"));
    expect(linkedOn("/rules/2026-06-01/")).toEqual(expect.arrayContaining(["/glossary/#pp50", "/glossary/#rise", "/glossary/#lead-mentor", "/glossary/#cohort", "/glossary/#establishment-type"]));
    expect(linkedOn("/npqs/nasenco/")).toEqual(expect.arrayContaining(["/glossary/#senco", "/glossary/#qts"]));
    expect(linkedOn("/rules/")).toContain("/glossary/#rule-set");
  });
});
