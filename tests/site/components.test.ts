// The components DfE design histories call in posts (_includes/<name>/): each documents its
// parameters and examples in <name>.yaml beside it, and every example is rendered here in a post, as
// GOV.UK Frontend renders its components' examples; so the documentation, fixtures and tests agree.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { load } from "js-yaml";
import { parse, type HTMLElement } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixtureProject, PROJECT_ROOT, type FixtureProject } from "../helpers/fixture-project.ts";
import { assertSucceeded } from "../helpers/run-script.ts";

interface Example {
  name: string;
  params: Record<string, unknown>;
  expect?: Record<string, string>;
}
interface ComponentDocs {
  params: { name: string }[];
  examples: Example[];
}

const COMPONENTS: Record<string, string> = { embed: "appEmbed", email: "appEmail", image: "appImage", figure: "appFigure", "bar-chart": "appBarChart", "user-need": "appUserNeed" };
const docs = Object.fromEntries(
  Object.keys(COMPONENTS).map((name) => [name, load(readFileSync(path.join(PROJECT_ROOT, "_includes", name, `${name}.yaml`), "utf8")) as ComponentDocs]),
);
let project: FixtureProject;
const slug = (name: string) => `${name}-examples`;
const examplesOn = (name: string): HTMLElement[] => {
  const html = parse(readFileSync(path.join(project.root, "_site", slug(name), "index.html"), "utf8"));
  return html.querySelectorAll(".app-post__body .app-example");
};

beforeAll(() => {
  project = createFixtureProject({ withoutPosts: true });
  Object.entries(COMPONENTS).forEach(([name, macro], i) => {
    const calls = docs[name]!.examples.map((example) => `<div class="app-example">\n\n{{ ${macro}(${JSON.stringify(example.params)}) }}\n\n</div>`);
    project.write(
      `content/posts/2024-02-0${i + 1}-${slug(name)}.md`,
      `---\ntitle: ${macro} examples\ndescription: Every documented example of ${macro}\ndate: 2024-02-0${i + 1}\n---\n\n{% from "${name}/macro.njk" import ${macro}${["image", "figure"].includes(name) ? " with context" : ""} %}\n\n${calls.join("\n\n")}\n`,
    );
    project.write(`screenshots/${slug(name)}/01-start-page.png`, readFileSync(path.join(PROJECT_ROOT, "screenshots/additional-support-offer/01-start-page.png")));
  });
  assertSucceeded(project.build(), "the build of the components' examples");
});
afterAll(() => project?.dispose());

describe("the components of DfE design histories", () => {
  it("every component folder has documented parameters and at least one example", () => {
    for (const name of Object.keys(COMPONENTS)) {
      expect(existsSync(path.join(PROJECT_ROOT, "_includes", name, "macro.njk")), name).toBe(true);
      expect(docs[name]!.params.length, name).toBeGreaterThan(0);
      expect(docs[name]!.examples.length, name).toBeGreaterThan(0);
    }
    // Nothing in _includes/ that is called from posts goes undocumented.
    const documented = readdirSync(path.join(PROJECT_ROOT, "_includes")).filter((dir) => existsSync(path.join(PROJECT_ROOT, "_includes", dir, `${dir}.yaml`)));
    expect(documented).toEqual(expect.arrayContaining(Object.keys(COMPONENTS)));
  });

  it.each(Object.keys(COMPONENTS))("%s renders each of its examples", (name) => {
    const rendered = examplesOn(name);
    expect(rendered).toHaveLength(docs[name]!.examples.length);
    rendered.forEach((example, i) => expect(example.text.trim() || example.querySelector("img"), docs[name]!.examples[i]!.name).toBeTruthy());
  });

  it("appEmbed links to the video where it lives, with its title", () => {
    examplesOn("embed").forEach((example, i) => {
      const expected = docs.embed!.examples[i]!.expect!;
      const link = example.querySelector("a")!;
      expect(link.getAttribute("href")).toBe(expected.href);
      expect(link.text).toBe(expected.text);
    });
  });

  it("appEmail shows the subject and the body as Markdown", () => {
    const [example] = examplesOn("email");
    expect(example!.querySelector(".app-email__subject")?.text).toContain(docs.email!.examples[0]!.expect!.subject);
    expect(example!.querySelector("strong")?.text).toBe(docs.email!.examples[0]!.expect!.strong);
  });

  it("appImage and appFigure show the post's file as responsive thumbnails linking to the original", () => {
    for (const name of ["image", "figure"]) {
      const [example] = examplesOn(name);
      expect(example!.querySelector("a.app-screenshots__link")?.getAttribute("href")).toBe(`/screenshots/${slug(name)}/01-start-page.png`);
      expect(example!.querySelector("img")?.getAttribute("alt")).toBe("The start page");
      expect(existsSync(path.join(project.root, "_site/thumbnails", slug(name), "01-start-page-640.webp"))).toBe(true);
    }
    expect(examplesOn("figure")[0]!.querySelector("figcaption strong")?.text).toBe("first");
  });

  it("appBarChart gives each row a bar of its share of the total", () => {
    const bars = examplesOn("bar-chart")[0]!.querySelectorAll(".app-bar-chart__bar").map((bar) => bar.getAttribute("data-share"));
    expect(bars).toEqual(["75", "25"]);
  });

  it("appUserNeed shows the need's lines and its status", () => {
    const need = examplesOn("user-need")[0]!;
    expect(need.querySelector(".govuk-tag")?.text).toBe("Met");
    expect(need.querySelectorAll("br")).toHaveLength(2);
  });
});
