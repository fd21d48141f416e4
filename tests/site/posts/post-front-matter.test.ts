// A post's front matter as the build reads it (site/posts/post-front-matter.ts, through Eleventy's YAML
// engine in site/eleventy/posts-plugin.ts): problems name the field or line, an unknown key names the
// nearest known one, a bad post is left out rather than stopping the build, and tags reach the
// templates as postTags.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { BuildContext } from "../../../site/build/build-context.ts";
import postsPlugin from "../../../site/eleventy/posts-plugin.ts";
import { readPostFrontMatter, yamlErrorLine } from "../../../site/posts/post-front-matter.ts";

const eleventyYaml = createRequire(import.meta.resolve("@11ty/eleventy"))("js-yaml") as { load(text: string): unknown };

// Eleventy's own YAML parser (js-yaml 4, which reads 2024-02-30 as a Date of 1 March).
const parse = (text: string) => eleventyYaml.load(text);
const read = (yaml: string, file = "content/posts/2024-01-15-a-post.md", unknownKeysAreWarnings = false) => readPostFrontMatter(yaml, parse, { file, unknownKeysAreWarnings });

describe("a post's front matter", () => {
  it("is the post's data when it is right, with no problems", () => {
    const result = read("title: Choosing a course\ndescription: How teachers pick\ndate: 2024-01-15\n");
    expect(result).toEqual({ data: { title: "Choosing a course", description: "How teachers pick", date: new Date("2024-01-15T00:00:00Z") }, errors: [], warnings: [] });
  });

  const cases: [string, string, string, RegExp][] = [
    ["a misspelt key names the nearest", "title: A\ndescripton: B\ndate: 2024-01-15", 'field "descripton"', /unknown key "descripton" \(did you mean `description`\?\)/],
    ["an unknown nested key names the nearest at its depth", "title: A\ndate: 2024-01-15\nrelated:\n  items:\n    - text: T\n      hfre: /x/", 'field "related.items.0.hfre"', /did you mean `related.items.href`\?/],
    ["an unknown key far from any names none", "title: A\ndate: 2024-01-15\nauthorship_notes: x", 'field "authorship_notes"', /^unknown key "authorship_notes"; this site reads/],
    ["a day that does not exist", "title: A\ndate: 2024-02-30", 'field "date"', /this day does not exist/],
    ["no date in the file or its name", "title: A", 'field "date"', /expected the date of the post/],
    ["a title of the wrong type", "title: [a, b]\ndate: 2024-01-15", 'field "title"', /got \["a","b"\]; expected a title/],
  ];
  it.each(cases)("%s", (_name, yaml, where, message) => {
    const file = yaml.includes("date:") ? "content/posts/2024-01-15-a-post.md" : "content/posts/a-post.md";
    const result = read(yaml, file);
    expect(result.errors).toContainEqual(expect.objectContaining({ file, where, message: expect.stringMatching(message) }));
    // Left out of the build: no page, in no list.
    expect(result.data).toMatchObject({ permalink: false, eleventyExcludeFromCollections: true });
  });

  it("names a field that holds ten levels of ten YAML aliases (a billion laughs) without writing it all out", () => {
    const lines = ["l0: &l0 [ha, ha, ha, ha, ha, ha, ha, ha, ha, ha]"];
    for (let i = 1; i < 10; i++) lines.push(`l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(", ")}]`);
    const result = read(`${lines.join("\n")}\ntitle: *l9\ndate: 2024-01-15`);
    expect(result.errors).toContainEqual(expect.objectContaining({ where: 'field "title"', message: expect.stringMatching(/^got \[{10}"ha".*\.\.\.; expected a title/) }));
  });

  it("accepts eleventyComputed and templateEngineOverride, as DfE histories write them, and gives neither to Eleventy", () => {
    const result = read('title: A\ndescription: B\ndate: 2024-01-15\ntemplateEngineOverride: njk,md\neleventyComputed:\n  title: "{{ nope( }}"\n  layout: nothere.njk\n');
    expect(result.errors).toEqual([]);
    expect(result.data).toEqual({ title: "A", description: "B", date: new Date("2024-01-15T00:00:00Z") });
  });

  const refused: [string, string, string, RegExp][] = [
    ["a template engine that is none", "templateEngineOverride: garbage", 'field "templateEngineOverride"', /got "garbage"; expected a template engine such as md or njk,md/],
    ["a permalink that names a file", "permalink: /assets/site.js", 'field "permalink"', /expected a page's address: starting and ending with \//],
    ["a permalink with no slash at the start", "permalink: apply/my-post/", 'field "permalink"', /expected a page's address/],
    ["a tag with none of the letters of an address", "tags: [design, 中文]", 'field "tags.1"', /got "中文", which has none of the letters a to z or digits/],
    ["a tag too long for an address", `tags: ${"a".repeat(101)}`, 'field "tags"', /\(101 characters\); expected a tag of at most 100 letters/],
  ];
  it.each(refused)("refuses %s", (_name, line, where, message) => {
    const result = read(`title: A\ndescription: B\ndate: 2024-01-15\n${line}`);
    expect(result.errors).toEqual([expect.objectContaining({ where, message: expect.stringMatching(message) })]);
  });

  it("accepts a page's address as a permalink, and tags a web address can be made of", () => {
    for (const line of ["permalink: /apply/my-post/", "permalink: /apply/my-post.html", "permalink: false", "tags: [Café, ключ, a/b]", `tags: ${"a".repeat(100)}`]) {
      expect(read(`title: A\ndescription: B\ndate: 2024-01-15\n${line}`).errors).toEqual([]);
    }
  });

  it("takes the date from the file name when front matter has none", () => {
    expect(read("title: A\ndescription: B", "content/posts/2024-01-15-a-post.md").errors).toEqual([]);
  });

  it("warns, without failing, when the description is empty or missing", () => {
    for (const yaml of ['title: A\ndate: 2024-01-15\ndescription: ""', "title: A\ndate: 2024-01-15\ndescription:", "title: A\ndate: 2024-01-15"]) {
      const result = read(yaml);
      expect(result.errors).toEqual([]);
      expect(result.warnings).toEqual([expect.objectContaining({ where: 'field "description"', message: expect.stringContaining("no description") })]);
    }
  });

  it("in a history imported from a site that ignored unknown keys, warns of them instead", () => {
    const result = read("title: A\ndescription: B\ndate: 2024-01-15\nitems: [x]", "content/posts/svc/2024-01-15-a.md", true);
    expect(result.errors).toEqual([]);
    expect(result.warnings[0]).toMatchObject({ where: 'field "items"', message: expect.stringContaining("ignored, as the site it came from ignored it") });
  });

  it("that is not YAML names the line in the file, where an unclosed quote opened", () => {
    const result = read('title: "Choosing a course\ndate: 2024-01-15\ndescription: x');
    expect(result.errors).toEqual([expect.objectContaining({ where: "line 2", message: expect.stringContaining("expected valid YAML") })]);
    expect(yamlErrorLine("title: a\ntags: [x,\ndate: 1", 1)).toBe(3);
    // As Eleventy gives it: the text after "---", starting with that line's end.
    expect(yamlErrorLine('\ntitle: "unclosed\ndate: 1', 2)).toBe(2);
    expect(yamlErrorLine("title: 'it''s fine'\nbad: : x", 1)).toBe(3);
  });
});

describe("Eleventy's YAML engine, as the posts plugin wraps it", () => {
  function engine() {
    let options: any;
    const build = new BuildContext({ kind: "build", postsDir: "content/posts", screenshotsDir: "screenshots", cacheDir: ".cache" });
    const config = {
      frontMatterParsingOptions: { engines: { yaml: parse } },
      setFrontMatterParsingOptions: (o: unknown) => (options = o),
      addLayoutAlias: () => {},
      addCollection: () => {},
      addNunjucksFilter: () => {},
      addPreprocessor: () => {},
      on: () => {},
    };
    postsPlugin(config, { postsDir: "content/posts", build });
    return { yaml: options.engines.yaml as (text: string, o?: { filePath?: string }) => any, build };
  }

  it("hands a post's tags to the templates as postTags, and leaves other pages' tags alone", () => {
    const { yaml } = engine();
    expect(yaml("title: A\ndescription: B\ndate: 2024-01-15\ntags: [Eligibility]\n", { filePath: "./content/posts/2024-01-15-a.md" })).toEqual({ title: "A", description: "B", date: new Date("2024-01-15T00:00:00Z"), postTags: ["Eligibility"] });
    expect(yaml("title: Tags\ntags: [nav]\n", { filePath: "./content/tags/index.njk" })).toEqual({ title: "Tags", tags: ["nav"] });
  });

  it("reports a bad post to the build and leaves it out; a second post at the same address is reported too", () => {
    const { yaml, build } = engine();
    expect(yaml("date: 2024-01-15\n", { filePath: "./content/posts/2024-01-15-a.md" })).toMatchObject({ permalink: false });
    yaml("title: B\ndescription: x\ndate: 2024-01-15\n", { filePath: "./content/posts/2024-01-15-b.md" });
    expect(yaml("title: B again\ndescription: x\ndate: 2024-02-15\n", { filePath: "./content/posts/2024-02-15-b.md" })).toMatchObject({ permalink: false });
    expect(build.problems.errors.map((p) => [p.file, p.where])).toEqual([
      ["content/posts/2024-01-15-a.md", 'field "title"'],
      ["content/posts/2024-02-15-b.md", "address"],
    ]);
  });

  it("says plainly when Eleventy has no YAML engine to wrap", () => {
    const build = new BuildContext({ kind: "build", postsDir: "content/posts", screenshotsDir: "screenshots", cacheDir: ".cache" });
    const config = { frontMatterParsingOptions: { engines: {} }, addLayoutAlias: () => {} };
    expect(() => postsPlugin(config, { postsDir: "content/posts", build })).toThrow(/YAML front-matter parser was not found/);
  });
});
