// The Markdown design-history writers use, in a post written for this site (the default style):
// footnotes, heading ids and a contents list where the post asks for one, definition lists,
// attributes, and GOV.UK typography on every element the Markdown makes.
import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { postMarkdown } from "../../../site/markdown/post-markdown.ts";

const POST = `[[toc]]

## Eligibility

A claim[^1] and [a link to it](#eligibility).

## Costs, fees

Term
: Its definition

- one
- two

1. first

| a | b |
|---|---|
| 1 | 2 |

> Quoted

Some \`code\` here.

Small print {.govuk-body-s}

[^1]: The source.
`;

describe("Markdown in a post written for this site", () => {
  const html = parse(postMarkdown().render(POST));

  it("gives headings ids, lists them where [[toc]] stands, and links to them", () => {
    expect(html.querySelectorAll("h2.govuk-heading-l").map((h) => h.getAttribute("id"))).toEqual(["eligibility", "costs-fees"]);
    expect(html.querySelectorAll(".app-contents-list a").map((a) => a.getAttribute("href"))).toEqual(["#eligibility", "#costs-fees"]);
    expect(html.querySelector('p a[href="#eligibility"]')?.classList.contains("govuk-link")).toBe(true);
  });

  it("renders footnotes, linked both ways", () => {
    expect(html.querySelector("sup a")?.getAttribute("href")).toBe("#fn:1");
    expect(html.querySelector("#fn\\:1")?.text).toContain("The source.");
    expect(html.querySelector('#fn\\:1 a[href="#fnref:1"]')).not.toBeNull();
    expect(html.toString()).not.toContain("[^1]");
  });

  it("links every citation of a footnote cited twice to its note, and the note back to each", () => {
    const twice = parse(postMarkdown().render("One claim[^a] and another[^a].\n\n[^a]: The source.\n"));
    const ids = new Set(twice.querySelectorAll("[id]").map((e) => e.getAttribute("id")));
    const refs = twice.querySelectorAll("sup.app-footnote-ref");
    expect(refs.map((r) => r.getAttribute("id"))).toEqual(["fnref:1", "fnref:1:1"]);
    expect(refs.map((r) => r.querySelector("a")?.getAttribute("href"))).toEqual(["#fn:1", "#fn:1"]);
    const back = twice.querySelectorAll("#fn\\:1 a").map((a) => a.getAttribute("href")!);
    expect(back).toEqual(["#fnref:1", "#fnref:1:1"]);
    for (const href of [...refs.map((r) => r.querySelector("a")!.getAttribute("href")!), ...back]) expect(ids).toContain(href.slice(1));
  });

  it("renders definition lists and {.class} attributes", () => {
    expect(html.querySelector("dl dt")?.text).toBe("Term");
    expect(html.querySelector("dl dd")?.text).toBe("Its definition");
    expect(html.querySelectorAll("p").find((p) => p.text === "Small print")?.getAttribute("class")).toBe("govuk-body-s");
  });

  it("puts GOV.UK classes on lists, tables, quotes, code and paragraphs", () => {
    expect(html.querySelector("ul")?.classList.contains("govuk-list--bullet")).toBe(true);
    expect(html.querySelector("ol:not(.app-contents-list ol):not(.app-footnotes ol)")?.classList.contains("govuk-list--number")).toBe(true);
    expect(html.querySelector("table")?.classList.contains("govuk-table")).toBe(true);
    expect(html.querySelectorAll("td").every((td) => td.classList.contains("govuk-table__cell"))).toBe(true);
    expect(html.querySelector("blockquote")?.classList.contains("govuk-inset-text")).toBe(true);
    expect(html.querySelector("code")?.classList.contains("app-code")).toBe(true);
    expect(html.querySelectorAll("p").filter((p) => !p.getAttribute("class")).map((p) => p.text)).toEqual([]);
  });
});
