// Bad input stops the build with a message naming the post, the item and the file; the exit status
// is non-zero; and the last good _site/ is left exactly as it was.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import path from "node:path";
import { readFileSync } from "node:fs";
import { createBuiltFixture, fingerprintFolder, SEED_POST, type FixtureProject } from "../helpers/fixture-project.ts";
import { describeRun } from "../helpers/run-script.ts";

const POST = SEED_POST;
let project: FixtureProject;
let goodSite: Map<string, string>;
let seedPost: string;

beforeAll(() => {
  ({ project, goodSite, seedPost } = createBuiltFixture());
});
afterAll(() => project?.dispose());

interface Case {
  name: string;
  plant: (p: FixtureProject) => void;
  undo: (p: FixtureProject) => void;
  expected: (string | RegExp)[];
}

const restorePost = (p: FixtureProject) => p.write(POST, seedPost);
const withFrontMatter = (frontMatter: string) => (p: FixtureProject) => p.write(POST, seedPost.replace(/^---[\s\S]*?\n---\n/, `---\n${frontMatter}\n---\n`));

const CASES: Case[] = [
  {
    name: "a missing screenshot file",
    plant: (p) => p.remove("screenshots/additional-support-offer/04-are-you-in-your-first-two-years-of-a-headship.png"),
    undo: (p) => p.write("screenshots/additional-support-offer/04-are-you-in-your-first-two-years-of-a-headship.png", readFileSync(path.join(import.meta.dirname, "../../screenshots/additional-support-offer/04-are-you-in-your-first-two-years-of-a-headship.png"))),
    expected: [POST, "item 4", '"Choosing the ASO: Are you in your first two years of a headship?"', "screenshots/additional-support-offer/04-are-you-in-your-first-two-years-of-a-headship.png", "no such file"],
  },
  {
    name: "a file that is not an image",
    plant: (p) => p.write("screenshots/additional-support-offer/01-start-page.png", "this is not a PNG\n"),
    undo: (p) => p.write("screenshots/additional-support-offer/01-start-page.png", readFileSync(path.join(import.meta.dirname, "../../screenshots/additional-support-offer/01-start-page.png"))),
    expected: [POST, "item 1", '"Start page"', "screenshots/additional-support-offer/01-start-page.png", "not a readable image"],
  },
  {
    name: "a src that leaves the screenshots folder",
    plant: (p) => p.write(POST, seedPost.replace('img: { src: "01-start-page.png" }', 'src: "../../../../etc/passwd.png"')),
    undo: restorePost,
    expected: [POST, "item 1", '"Start page"', "../../../../etc/passwd.png", "does not name a file inside screenshots/"],
  },
  {
    // A src is an address on the post's page, as on the histories posts come from: "../other-post/x.png" is beside it.
    name: "a src in another post's folder that has no such file",
    plant: (p) => p.write(POST, seedPost.replace('img: { src: "01-start-page.png" }', 'src: "../other-post/01-start-page.png"')),
    undo: restorePost,
    expected: [POST, "item 1", '"Start page"', "no such file screenshots/other-post/01-start-page.png"],
  },
  {
    name: "a misspelt front-matter key",
    plant: withFrontMatter("title: Additional support offer (ASO)\ndescripton: Initial designs\ndate: 2021-09-10"),
    undo: restorePost,
    expected: [POST, 'field "descripton"', 'unknown key "descripton"', "did you mean `description`?"],
  },
  {
    name: "a quote that is never closed",
    plant: withFrontMatter('title: "Additional support offer (ASO)\ndate: 2021-09-10'),
    undo: restorePost,
    expected: [POST, "line 2:"],
  },
  {
    name: "front matter without a title",
    plant: withFrontMatter("description: No title here\ndate: 2021-09-10"),
    undo: restorePost,
    expected: [POST, 'field "title"', "missing", "expected"],
  },
  {
    name: "front matter with a date that does not exist",
    plant: withFrontMatter("title: Additional support offer (ASO)\ndate: 2021-02-30"),
    undo: restorePost,
    expected: [POST, 'field "date"', "2021-02-30", "real calendar date"],
  },
  {
    name: "a related link without an href",
    plant: withFrontMatter("title: Additional support offer (ASO)\ndate: 2021-09-10\nrelated:\n  items:\n    - text: About ASOs"),
    undo: restorePost,
    expected: [POST, 'field "related.items.0.href"', "missing", "a URL or a path"],
  },
  {
    name: "front matter that is not valid YAML",
    plant: withFrontMatter("title: Additional support offer (ASO)\ndate: 2021-09-10\ntags: [unclosed"),
    undo: restorePost,
    expected: [POST, "line", "valid YAML"],
  },
];

describe("a build with bad input", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("fails clearly on %s and leaves _site/ as it was", (_name, c) => {
    c.plant(project);
    try {
      const result = project.build();
      expect(result.status).not.toBe(0);
      for (const fragment of c.expected) {
        if (typeof fragment === "string") expect(result.stderr).toContain(fragment);
        else expect(result.stderr).toMatch(fragment);
      }
      expect(fingerprintFolder(path.join(project.root, "_site"))).toEqual(goodSite);
    } finally {
      c.undo(project);
    }
  });

  it("reports every post's problems in one run: front matter, render, screenshot and link", () => {
    const posts: Record<string, string> = {
      "content/posts/2024-01-01-bad-yaml.md": '---\ntitle: "Never closed\ndate: 2024-01-01\n---\nText.\n',
      "content/posts/2024-01-02-misspelt.md": "---\ntitle: Misspelt\ndescripton: A typo\ndate: 2024-01-02\n---\nText.\n",
      "content/posts/2024-01-03-no-template.md": '---\ntitle: No template\ndescription: x\ndate: 2024-01-03\n---\nText.\n\n{% from "embedded/macro.njk" import appEmbedded %}\n{{ appEmbedded({}) }}\n',
      "content/posts/2024-01-04-broken-link.md": "---\ntitle: Broken link\ndescription: x\ndate: 2024-01-04\nrelated:\n  items:\n    - text: Nowhere\n      href: /nowhere/\n---\nText.\n",
      "content/posts/2024-01-05-missing-image.md": "---\ntitle: Missing image\ndescription: x\ndate: 2024-01-05\n---\n![A diagram](diagram.png)\n",
    };
    for (const [file, text] of Object.entries(posts)) project.write(file, text);
    try {
      const result = project.build();
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain("5 problems in 5 files");
      const lines = result.stderr.split("\n");
      const under = (file: string) => lines[lines.findIndex((l) => l.trim() === file) + 1] ?? "";
      expect(under("content/posts/2024-01-01-bad-yaml.md")).toMatch(/- line 2: .*expected valid YAML/);
      expect(under("content/posts/2024-01-02-misspelt.md")).toContain('- field "descripton": unknown key "descripton" (did you mean `description`?)');
      expect(under("content/posts/2024-01-03-no-template.md")).toMatch(/- line 8: .*embedded\/macro\.njk/);
      expect(under("content/posts/2024-01-04-broken-link.md")).toContain('- field "related.items.0.href": broken link "/nowhere/"');
      expect(under("content/posts/2024-01-05-missing-image.md")).toContain('- image "diagram.png": no such file screenshots/missing-image/diagram.png');
      expect(fingerprintFolder(path.join(project.root, "_site"))).toEqual(goodSite);
    } finally {
      for (const file of Object.keys(posts)) project.remove(file);
    }
  });

  it("goes on past a post's eleventyComputed and templateEngineOverride, and names a post with no front matter and one whose permalink is a file's", () => {
    const posts: Record<string, string> = {
      // Eleventy stopped the build at these, naming no field ("Cannot read properties of null (reading 'type')").
      "content/posts/2024-02-01-computed.md": '---\ntitle: Computed\ndescription: x\neleventyComputed:\n  title: "{{ nope( }}"\n  layout: nothere.njk\n---\nText.\n',
      "content/posts/2024-02-02-engine.md": "---\ntitle: Engine\ndescription: x\ntemplateEngineOverride: njk\n---\n{{ 6 * 7 }} is *rendered*.\n",
      // Published with an empty title.
      "content/posts/2024-02-03-no-front-matter.md": "Just text.\n",
      "content/posts/2024-02-04-empty-front-matter.md": "---\n---\nJust text.\n",
      // Published over the site's own script.
      "content/posts/2024-02-05-over-the-script.md": "---\ntitle: Over\ndescription: x\npermalink: /assets/site.js\n---\nText.\n",
      // Eleventy failed to write its tag's page (ENAMETOOLONG), naming no field.
      "content/posts/2024-02-06-long-tag.md": `---\ntitle: Long tag\ndescription: x\ntags: [${"a".repeat(300)}]\n---\nText.\n`,
    };
    for (const [file, text] of Object.entries(posts)) project.write(file, text);
    try {
      const result = project.build();
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain("4 problems in 4 files");
      const lines = result.stderr.split("\n");
      const under = (file: string) => lines[lines.findIndex((l) => l.trim() === file) + 1] ?? "";
      expect(under("content/posts/2024-02-03-no-front-matter.md")).toContain('- field "title": got nothing: the post has no front matter');
      expect(under("content/posts/2024-02-04-empty-front-matter.md")).toContain('- field "title": got nothing: the post has no front matter');
      expect(under("content/posts/2024-02-05-over-the-script.md")).toContain('- field "permalink": got "/assets/site.js"; expected a page\'s address');
      expect(under("content/posts/2024-02-06-long-tag.md")).toContain('- field "tags.0": got "aaaa');
      expect(fingerprintFolder(path.join(project.root, "_site"))).toEqual(goodSite);
      for (const file of ["content/posts/2024-02-03-no-front-matter.md", "content/posts/2024-02-04-empty-front-matter.md", "content/posts/2024-02-05-over-the-script.md", "content/posts/2024-02-06-long-tag.md"]) project.remove(file);
      const built = project.build();
      expect(built.status, describeRun(built)).toBe(0);
      const page = (slug: string) => readFileSync(path.join(project.root, "_site", slug, "index.html"), "utf8");
      expect(page("computed")).toContain(">Computed</h1>");
      expect(page("engine")).toContain("42 is <em>rendered</em>.");
    } finally {
      for (const file of Object.keys(posts)) project.remove(file);
    }
  });

  it("names a gallery's problems at the line of its call in the body, or at its field in front matter", () => {
    const posts: Record<string, string> = {
      "content/posts/2024-03-01-body-galleries.md": '---\ntitle: Body\ndescription: x\n---\n\nText.\n\n{% from "screenshots/macro.njk" import appScreenshots with context %}\n{{ appScreenshots({ items: [{ text: "A", src: "../../x.png" }] }) }}\n\n{{ appScreenshots({\n  items: [\n    { text: "B", src: "/additional-support-offer/01-start-page.png" }\n  ], foo: 1 }) }}\n\n{{ appScreenshots() }}\n',
      "content/posts/2024-03-02-front-matter-galleries.md": "---\ntitle: Front matter\ndescription: x\nscreenshots:\n  - items:\n    - text: C\n      src: nope.png\n  - items: 3\n---\n\nText.\n",
    };
    for (const [file, text] of Object.entries(posts)) project.write(file, text);
    const before = fingerprintFolder(path.join(project.root, "_site"));
    try {
      const result = project.build();
      expect(result.status).not.toBe(0);
      const lines = result.stderr.split("\n").map((l) => l.trim());
      expect(lines).toContain('- line 9, appScreenshots item 1 ("A"): "../../x.png" does not name a file inside screenshots/ (it leaves the folder, or names a folder)');
      expect(lines).toContain('- line 11, appScreenshots: unknown parameter "foo"; a gallery takes items, title, headingLevel, hideContents, path');
      expect(lines).toContain("- line 16, appScreenshots: expected an object such as { items: [...] }; got undefined");
      expect(lines).toContainEqual(expect.stringMatching(/^- field "screenshots\.0\.items\.0": no such file screenshots\/front-matter-galleries\/nope\.png/));
      expect(lines).toContain('- field "screenshots.1": "items" must be a list of screenshots; got 3');
      expect(fingerprintFolder(path.join(project.root, "_site"))).toEqual(before);
    } finally {
      for (const file of Object.keys(posts)) project.remove(file);
    }
  });

  it("builds again once the input is mended", () => {
    expect(project.build().status).toBe(0);
  });
});
