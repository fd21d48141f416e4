// Every documented appScreenshots parameter shape renders: the examples in
// _includes/screenshots/screenshots.yaml are the fixtures, so documentation and tests cannot drift.
import { readFileSync } from "node:fs";
import path from "node:path";
import { load } from "js-yaml";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixtureProject, PROJECT_ROOT, type FixtureProject } from "../helpers/fixture-project.ts";
import { assertSucceeded } from "../helpers/run-script.ts";

interface Example {
  name: string;
  params?: Record<string, any>;
  frontMatter?: { screenshots: any };
  files?: Record<string, string>;
}

const docs = load(readFileSync(path.join(PROJECT_ROOT, "_includes/screenshots/screenshots.yaml"), "utf8")) as { examples: Example[]; params: { name: string }[] };
const seedShots = path.join(PROJECT_ROOT, "screenshots/additional-support-offer");

let project: FixtureProject;
const slugOf = (i: number) => `example-${i + 1}`;

beforeAll(() => {
  project = createFixtureProject({ withoutPosts: true });
  docs.examples.forEach((example, i) => {
    const slug = slugOf(i);
    // Each example gets its own post and folder holding the seed files it names.
    const galleries = example.params ? [example.params] : [example.frontMatter!.screenshots].flat();
    for (const gallery of galleries) {
      for (const item of gallery.items) {
        const src = typeof item === "string" ? undefined : (item.src ?? item.img?.src);
        if (src) project.write(`screenshots/${slug}/${src}`, readFileSync(path.join(seedShots, src)));
      }
    }
    for (const [name, from] of Object.entries(example.files ?? {})) project.write(`screenshots/${slug}/${name}`, readFileSync(path.join(seedShots, from)));
    const frontMatter = example.frontMatter ? `screenshots: ${JSON.stringify(example.frontMatter.screenshots)}\n` : "";
    const body = example.params
      ? `{% from "screenshots/macro.njk" import appScreenshots with context %}\n{{ appScreenshots(${JSON.stringify(example.params, null, 2)}) }}\n`
      : "";
    project.write(`content/posts/2024-01-0${(i % 9) + 1}-${slug}.md`, `---\ntitle: "${example.name}"\ndate: 2024-01-0${(i % 9) + 1}\n${frontMatter}---\n\nAn example.\n\n${body}`);
  });
  const result = project.build();
  assertSucceeded(result, "the fixture build");
});
afterAll(() => project?.dispose());

const pageFor = (i: number) => parse(readFileSync(path.join(project.root, "_site", slugOf(i), "index.html"), "utf8"));
const exampleIndex = (name: string) => docs.examples.findIndex((e) => e.name.startsWith(name));

describe("appScreenshots", () => {
  it("documents every parameter the issue lists", () => {
    const names = docs.params.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["items", "title", "headingLevel", "hideContents"]));
    expect(JSON.stringify(docs.params)).toContain('"img.src"');
    for (const name of ["text", "id", "src", "alt", "caption"]) expect(JSON.stringify(docs.params)).toContain(`"${name}"`);
  });

  it.each(docs.examples.map((e, i) => [e.name, i] as const))("renders the example: %s", (_name, i) => {
    const page = pageFor(i);
    const example = docs.examples[i]!;
    const galleries = example.params ? [example.params] : [example.frontMatter!.screenshots].flat();
    const sections = page.querySelectorAll("section.app-screenshots");
    expect(sections).toHaveLength(galleries.length);
    galleries.forEach((gallery, g) => {
      const section = sections[g]!;
      const level = gallery.headingLevel ?? 2;
      expect(section.querySelector(`h${level}`)?.text).toBe(gallery.title ?? "Screenshots");
      const figures = section.querySelectorAll("figure");
      expect(figures).toHaveLength(gallery.items.length);
      gallery.items.forEach((item: any, k: number) => {
        const text = typeof item === "string" ? item : item.text;
        const heading = figures[k]!.querySelector(`h${level + 1}`)!;
        expect(heading.text).toBe(text);
        expect(figures[k]!.querySelector("img")!.getAttribute("alt")).toBe(item.alt ?? `Screenshot of ${text}`);
        if (item.id) expect(heading.id).toBe(item.id);
        if (item.caption) expect(figures[k]!.querySelector("figcaption")).not.toBeNull();
      });
      expect(section.querySelector(".app-screenshots__contents") === null).toBe(Boolean(gallery.hideContents));
    });
  });

  it("derives id and file from a plain string's text", () => {
    const page = pageFor(exampleIndex("plain strings"));
    const figure = page.querySelector("figure")!;
    expect(figure.querySelector("h3")!.id).toBe("are-you-a-headteacher");
    expect(figure.querySelector("a")!.getAttribute("href")).toBe(`/screenshots/${slugOf(exampleIndex("plain strings"))}/are-you-a-headteacher.png`);
  });

  it("renders a caption as Markdown inside the figcaption", () => {
    const caption = pageFor(exampleIndex("src, id, alt")).querySelector("figcaption")!;
    expect(caption.querySelector("strong")?.text).toBe("after");
    expect(caption.querySelector("a")?.getAttribute("href")).toBe("https://www.gov.uk/");
  });

  it("gives every heading on a page a distinct id, even when two items share a text", () => {
    const page = pageFor(exampleIndex("front matter galleries as a list"));
    const ids = page.querySelectorAll("[id]").map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(page.querySelectorAll("figure h3").map((h) => h.id)).toEqual(["start-page", "start-page-2"]);
  });

  it("puts front matter galleries after the body", () => {
    const html = readFileSync(path.join(project.root, "_site", slugOf(exampleIndex("front matter gallery as one")), "index.html"), "utf8");
    expect(html.indexOf("An example.")).toBeLessThan(html.indexOf("From front matter"));
  });
});
