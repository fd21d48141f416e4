// A post's body: Nunjucks (only when it has Nunjucks syntax), then the posts' Markdown; a post whose
// Nunjucks fails is reported with its file and line, shown as a notice, and the build goes on.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import nunjucks from "nunjucks";
import { afterAll, describe, expect, it } from "vitest";
import { BuildProblems } from "../../../site/build/build-problems.ts";
import { postMarkdown } from "../../../site/markdown/post-markdown.ts";
import { postRenderer } from "../../../site/posts/post-renderer.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "npq-renderer-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function renderer() {
  const problems = new BuildProblems();
  let calls = 0;
  const environment = new nunjucks.Environment(new nunjucks.FileSystemLoader([path.resolve("_includes")]), { autoescape: true });
  const renderString = environment.renderString.bind(environment);
  environment.renderString = ((...args: Parameters<typeof renderString>) => (calls++, renderString(...args))) as typeof renderString;
  return { render: postRenderer({ environment, markdown: postMarkdown(), problems }), problems, calls: () => calls };
}
const post = (name: string, frontMatter: string, body: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, `---\n${frontMatter}\n---\n${body}`);
  return { page: { inputPath: file, url: "/x/" } };
};

describe("a post's body", () => {
  it("without Nunjucks syntax goes straight to Markdown", async () => {
    const { render, calls } = renderer();
    expect(await render.render("A claim {not Nunjucks}.\n", post("a.md", "title: A", "A claim {not Nunjucks}.\n"))).toBe('<p class="govuk-body">A claim {not Nunjucks}.</p>\n');
    expect(calls()).toBe(0);
  });

  it("with Nunjucks is rendered by Nunjucks, with the page's data, then by Markdown", async () => {
    const { render, calls } = renderer();
    const data = { ...post("b.md", "title: B", ""), title: "Funding" };
    expect(await render.render("## {{ title }}\n", data)).toBe('<h2 id="funding" class="govuk-heading-l">Funding</h2>\n');
    expect(calls()).toBe(1);
  });

  it("with a Nunjucks syntax error names the line of the file it is on", async () => {
    const { render, problems } = renderer();
    const body = "One.\n\nTwo {{ unclosed\n";
    await render.render(body, post("d.md", "title: D\ndate: 2024-01-15", body));
    expect(problems.errors[0]!.where).toBe("line 7");
  });

  // Each line below is put at line 7 of a post (line 4 of its body), between Nunjucks that works; the
  // build must name line 7, whatever Nunjucks says (or does not say) about where it stopped.
  const broken: [string, string][] = [
    ["an output never closed", "{{ zzT"],
    ["an if never ended", "{% if zzT %}"],
    ["a for never ended", "{% for x in zzT %}"],
    ["a comment never closed", "{# zzT"],
    ["an endif with no if", "zzT {% endif %}"],
    ["a call of nothing", "{{ zzT() }}"],
    ["a call of nothing deep inside", "{{ zzT.x.y() }}"],
    ["a filter that does not exist", "{{ 1 | zzT }}"],
    ["a filter that fails", "{{ collections | dump }} zzT"],
    ["a template that does not exist", '{% include "zzT.njk" %}'],
    ["a macro file that does not exist", '{% from "zzT/macro.njk" import x %}'],
    ["a set with no value", "{% set zzT = %}"],
    ["a tag that does not exist", "{% zzT %}"],
    ["an expression cut short", '{{ "a" + }} zzT'],
    ["a macro that calls itself for ever", "{% macro zzT() %}{{ zzT() }}{% endmacro %}{{ zzT() }}"],
  ];
  it.each(broken)("with %s names its line, after a call and before more Nunjucks", async (_name, line) => {
    const { render, problems } = renderer();
    const body = `Intro {{ "with a call" | upper }} {{ range(3) | length }}.\n\n{{ "ok" }}\n${line}\n\nMore text.\n\n{{ "after" }}\n{% if true %}an if{% endif %}\n`;
    const collections: Record<string, unknown> = {};
    collections.self = collections;
    await render.render(body, { ...post("broken.md", "title: Broken", body), collections });
    expect(problems.errors).toEqual([expect.objectContaining({ where: "line 7" })]);
  });

  it("with a macro that calls itself for ever, after a gallery, names the line where it calls itself", async () => {
    // Nunjucks loses the line of this one on its way out (workaround nunjucks-error-lines).
    const problems = new BuildProblems();
    const body = `{% from "screenshots/macro.njk" import appScreenshots with context %}\n{{ appScreenshots({ items: [] }) }}\n\n{% macro again() %}\n{{ again() }}\n{% endmacro %}\n{{ again() }}\n`;
    const environment = new nunjucks.Environment(new nunjucks.FileSystemLoader([path.resolve("_includes")]), { autoescape: true });
    environment.addFilter("appScreenshotsModel", () => ({ id: "s", title: "Screenshots", headingLevel: 2, itemHeadingLevel: 3, hideContents: true, items: [] }));
    await postRenderer({ environment, markdown: postMarkdown(), problems }).render(body, post("again.md", "title: Again", body));
    expect(problems.errors).toEqual([expect.objectContaining({ where: "line 8", message: expect.stringContaining("Maximum call stack size exceeded") })]);
  });

  it("with an error inside a macro of another file names the line of the post that calls it", async () => {
    const { render, problems } = renderer();
    const body = `Intro.\n\n{% from "screenshots/macro.njk" import appScreenshots %}\n{{ appScreenshots({ items: [] }) }}\n`;
    await render.render(body, post("macro.md", "title: Macro", body));
    // This environment has no gallery filter: Nunjucks stops inside the macro's template, at its line 2.
    expect(problems.errors).toEqual([expect.objectContaining({ where: "line 7", message: expect.stringContaining("screenshots/template.njk) [Line 2") })]);
  });

  const swallowing: [string, string][] = [
    ["a comment", "<!-- a note to self"],
    ["a title", "Some <title>words"],
    ["a textarea", "<textarea>"],
    ["a script", "<script>"],
    ["a style", "<STYLE>"],
    ["plaintext", "<plaintext>"],
    ["a template", "<template>"],
    ["a select", "<select><option>One"],
    ["an iframe", '<iframe title="x">'],
  ];
  it.each(swallowing)("with %s never closed names its line: the rest of the page would be inside it", async (_name, line) => {
    for (const withNunjucks of [false, true]) {
      const { render, problems } = renderer();
      const body = `Intro${withNunjucks ? ' {{ "with Nunjucks" }}' : ""}.\n\nA \`<title>\` in code.\n${line}\n\nMore text.\n\n<div>Left open, which is harmless\n`;
      expect(await render.render(body, post("swallowing.md", "title: Swallowing", body))).toContain("This post could not be shown");
      expect(problems.errors).toEqual([expect.objectContaining({ where: "line 7", message: expect.stringMatching(/is never closed \(no (-->|<\/[a-z]+>)\): everything after it on the page/) })]);
    }
  });

  it("with the same tag closed once and left open later names the later", async () => {
    const { render, problems } = renderer();
    const body = "Early <title>closed</title>.\n\n<!-- closed -->\n\nLater <title>open\n";
    await render.render(body, post("later.md", "title: Later", body));
    expect(problems.errors.map((p) => p.where)).toEqual(["line 8"]);
  });

  it("with every comment and element closed names nothing", async () => {
    const { render, problems } = renderer();
    const body = "<!-- a note -->\n\n<details><summary>More</summary>\n\n<textarea>x</textarea> <title>t</title> <script>1</script>\n\n</details>\n\n`<!--` and `<title>` in code.\n";
    await render.render(body, post("closed.md", "title: Closed", body));
    expect(problems.errors).toEqual([]);
  });

  it("of a post left out for its front matter renders nothing", async () => {
    const { render, calls } = renderer();
    expect(await render.render("{{ broken(", { ...post("e.md", "title: E", ""), leftOut: true })).toBe("");
    expect(calls()).toBe(0);
  });

  it("whose Nunjucks fails is reported with its file's line, and shown as a notice", async () => {
    const { render, problems } = renderer();
    const body = "Intro.\n\n{% from \"no-such/macro.njk\" import appNothing %}\n{{ appNothing() }}\n";
    const data = post("c.md", "title: C\ndate: 2024-01-15", body);
    const html = await render.render(body, data);
    expect(html).toContain("This post could not be shown");
    expect(problems.errors).toHaveLength(1);
    expect(problems.errors[0]).toMatchObject({ file: path.relative(process.cwd(), data.page.inputPath), message: expect.stringContaining("no-such/macro.njk") });
    // Line 3 of the body is line 7 of the file: the front matter and its --- lines come first.
    expect(problems.errors[0]!.where).toBe("line 7");
  });
});
