// Remembering Eleventy's path normalization (site/eleventy/path-memo.ts): the answers must be exactly
// the original function's, and the object patched must be the one Eleventy itself loads.
import { createRequire } from "node:module";
import { TemplatePath } from "@11ty/eleventy-utils";
import { describe, expect, it } from "vitest";
import { memoizeTemplatePathNormalize } from "../../site/eleventy/path-memo.ts";

const PATHS = [
  "./content/posts/2020-10-12-post-0501.md",
  "content/posts/",
  "/work/project/content//posts/../posts/a.md",
  "/",
  ".",
  "./",
  "../outside/file.njk",
  "_includes/layouts/post.njk",
  "content/tags/tag.njk/",
];

describe("memoized TemplatePath.normalize", () => {
  it("answers as the original does, the first time and when it remembers", () => {
    const original = TemplatePath.normalize;
    const expected = PATHS.map((p) => original(p));
    memoizeTemplatePathNormalize();
    expect(TemplatePath.normalize).not.toBe(original);
    expect(PATHS.map((p) => TemplatePath.normalize(p))).toEqual(expected);
    expect(PATHS.map((p) => TemplatePath.normalize(p))).toEqual(expected);
    expect(expected).toContain("content/posts"); // no trailing slash
    expect(expected).toContain("/");
  });

  it("patches the copy Eleventy loads, not another one", () => {
    memoizeTemplatePathNormalize();
    const fromEleventy = createRequire(createRequire(import.meta.url).resolve("@11ty/eleventy"))("@11ty/eleventy-utils") as { TemplatePath: unknown };
    expect(fromEleventy.TemplatePath).toBe(TemplatePath);
  });
});
