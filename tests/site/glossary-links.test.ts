// Linking a glossary term's first appearance on a page (site/glossary/link-terms.ts): only in the
// main content's running text, once a term, and every other byte of the page as it was.
import { describe, expect, it } from "vitest";
import { GLOSSARY } from "../../catalogue/index.ts";
import { termLinker } from "../../site/glossary/link-terms.ts";

const terms = [
  { id: "pp50", forms: ["PP50"] },
  { id: "lead-mentor", forms: ["lead mentor", "lead mentors"] },
  { id: "npq", forms: ["NPQ", "NPQs"] },
  { id: "itt", forms: ["ITT", "initial teacher training"] },
];
const linker = termLinker(terms, { glossaryUrl: "/glossary/" });
const page = (main: string, outside = "") => `<!doctype html><html><head><title>PP50</title></head><body>${outside}<main id="main-content">${main}</main></body></html>`;
const link = (id: string, text: string) => `<a class="govuk-link app-glossary-link" href="/glossary/#${id}">${text}</a>`;
const unlink = (html: string) => html.replace(/<a class="govuk-link app-glossary-link" href="[^"]*">([^<]*)<\/a>/g, "$1");

describe("linking glossary terms", () => {
  // [what, main content, main content expected]
  const cases: [string, string, string][] = [
    ["links a term where it first appears", "<p>A PP50 school. Another PP50 school.</p>", `<p>A ${link("pp50", "PP50")} school. Another PP50 school.</p>`],
    ["counts every form of a term as the term", "<p>Initial teacher training (ITT) providers.</p>", `<p>${link("itt", "Initial teacher training")} (ITT) providers.</p>`],
    ["matches a phrase with a capital first letter, keeping the page's words", "<p>Lead mentors and a lead mentor.</p>", `<p>${link("lead-mentor", "Lead mentors")} and a lead mentor.</p>`],
    ["matches an acronym only as written, and whole words only", "<p>NPQH, npq, pp50, PP50-only and npq-senco; then the NPQ.</p>", `<p>NPQH, npq, pp50, PP50-only and npq-senco; then the ${link("npq", "NPQ")}.</p>`],
    ["skips headings, links, code, tags, bold text and table headers, then links the next", '<h2>PP50</h2><a href="/x/">PP50</a><code>PP50</code><span class="govuk-tag">PP50</span><strong>PP50</strong><table><tr><th>PP50</th><td>PP50</td></tr></table>', `<h2>PP50</h2><a href="/x/">PP50</a><code>PP50</code><span class="govuk-tag">PP50</span><strong>PP50</strong><table><tr><th>PP50</th><td>${link("pp50", "PP50")}</td></tr></table>`],
    ["skips a details summary, a citation and visually hidden text", '<details><summary>PP50</summary><p class="app-citation">Source: PP50</p><span class="govuk-visually-hidden">PP50</span><p>PP50</p></details>', `<details><summary>PP50</summary><p class="app-citation">Source: PP50</p><span class="govuk-visually-hidden">PP50</span><p>${link("pp50", "PP50")}</p></details>`],
    ["leaves scripts, styles and attributes alone", '<script>var a = "PP50 <p>";</script><style>.PP50{}</style><p title="PP50">x</p><p>PP50</p>', `<script>var a = "PP50 <p>";</script><style>.PP50{}</style><p title="PP50">x</p><p>${link("pp50", "PP50")}</p>`],
    ["honours an opt-out class", '<div class="app-no-glossary"><p>PP50</p></div><p>PP50</p>', `<div class="app-no-glossary"><p>PP50</p></div><p>${link("pp50", "PP50")}</p>`],
    ["copies a stretch marked no-glossary (a list of posts) without reading it, and links after it", '<!-- no-glossary --><ul><li><p>PP50 <em>lead mentor</em></p></li><li><script>"<!-- /no"</script></li></ul><!-- /no-glossary --><p>PP50</p>', `<!-- no-glossary --><ul><li><p>PP50 <em>lead mentor</em></p></li><li><script>"<!-- /no"</script></li></ul><!-- /no-glossary --><p>${link("pp50", "PP50")}</p>`],
    ["copies an unclosed no-glossary stretch to the end of the main content", "<p>NPQ</p><!-- no-glossary --><p>PP50</p>", `<p>${link("npq", "NPQ")}</p><!-- no-glossary --><p>PP50</p>`],
    ["finds terms inside inline markup after a void element", "<p>Works<br>as a <em>lead mentor</em></p>", `<p>Works<br>as a <em>${link("lead-mentor", "lead mentor")}</em></p>`],
  ];
  it.each(cases)("%s", (_what, main, expected) => {
    const html = page(main, "<header><p>PP50 NPQ</p></header>");
    const out = linker.link(html).html;
    expect(out).toBe(page(expected, "<header><p>PP50 NPQ</p></header>"));
    expect(unlink(out)).toBe(html);
  });

  it("leaves a page without main content, or a fragment, as it was", () => {
    const fragment = "<p>A PP50 school and a lead mentor.</p>";
    expect(linker.link(fragment).html).toBe(fragment);
  });

  it("says which terms it linked, in order", () => {
    expect(linker.link(page("<p>An NPQ for a lead mentor at a PP50 school, then PP50 again.</p>")).linked).toEqual(["npq", "lead-mentor", "pp50"]);
  });

  it("puts the site's path prefix in the link it is given", () => {
    const prefixed = termLinker(terms, { glossaryUrl: "/npq/glossary/" });
    expect(prefixed.link(page("<p>PP50</p>")).html).toContain('href="/npq/glossary/#pp50"');
  });

  it("links every form of every entry of the real glossary", () => {
    const real = termLinker(GLOSSARY, { glossaryUrl: "/glossary/" });
    for (const t of GLOSSARY) {
      for (const form of t.forms) expect(real.link(page(`<p>Here: ${form}.</p>`)).linked, form).toEqual([t.id]);
    }
  });
});
