// A post's `tags` reach the templates as `postTags`, so Eleventy makes no collection per tag; pages
// outside the posts folder keep `tags` (and Eleventy's collections) as Eleventy documents them.
import { load as loadYaml } from "js-yaml";
import { describe, expect, it } from "vitest";
import tagsPlugin, { moveTags } from "../../lib/eleventy/tags-plugin.ts";

const parse = (text: string) => loadYaml(text);
const moved = moveTags(parse, "content/posts");

describe("the front-matter parser for posts", () => {
  it("hands a post's tags to the templates as postTags, keeping the rest", () => {
    expect(moved("title: Choosing a course\ntags: [Eligibility, Registration]\n", { filePath: "./content/posts/2024-01-15-choosing-a-course.md" })).toEqual({
      title: "Choosing a course",
      postTags: ["Eligibility", "Registration"],
    });
    expect(moved("tags: Eligibility\n", { filePath: "./content/posts/drafts/2024-01-15-a.md" })).toEqual({ postTags: "Eligibility" });
  });

  it("leaves pages outside the posts folder, and posts without tags, as they were", () => {
    expect(moved("title: Tags\ntags: [nav]\n", { filePath: "./content/tags/index.njk" })).toEqual({ title: "Tags", tags: ["nav"] });
    expect(moved("tags: [nav]\n", { filePath: "./content/posts-archive/a.md" })).toEqual({ tags: ["nav"] });
    expect(moved("tags: [nav]\n")).toEqual({ tags: ["nav"] });
    expect(moved("title: No tags\n", { filePath: "./content/posts/2024-01-15-a.md" })).toEqual({ title: "No tags" });
    expect(moved("not a mapping", { filePath: "./content/posts/2024-01-15-a.md" })).toBe("not a mapping");
  });

  it("replaces Eleventy's YAML engine, and says so plainly when Eleventy has none to wrap", () => {
    let options: any;
    const config = (engines: Record<string, unknown>) => ({
      frontMatterParsingOptions: { engines },
      setFrontMatterParsingOptions: (o: unknown) => (options = o),
      addCollection: () => {},
      addNunjucksFilter: () => {},
    });
    tagsPlugin(config({ yaml: parse }), { postsDir: "content/posts" });
    expect(options.engines.yaml("tags: [a]\n", { filePath: "./content/posts/2024-01-15-a.md" })).toEqual({ postTags: ["a"] });
    expect(() => tagsPlugin(config({}), { postsDir: "content/posts" })).toThrow(/YAML front-matter parser was not found/);
  });
});
