// Markdown with no Nunjucks syntax skips Nunjucks; Markdown with it (the appScreenshots macro) and
// pages that name their own engine are left alone.
import { describe, expect, it } from "vitest";
import postsPlugin from "../../lib/eleventy/posts-plugin.ts";

type Preprocessor = (data: Record<string, unknown>, content: unknown) => unknown;

function preprocessor(): { extensions: string; run: Preprocessor } {
  let found: { extensions: string; run: Preprocessor } | undefined;
  const config = {
    addPreprocessor: (_name: string, extensions: string, run: Preprocessor) => (found = { extensions, run }),
    on: () => {},
    addCollection: () => {},
    addNunjucksFilter: () => {},
  };
  postsPlugin(config, { postsDir: "content/posts" });
  if (!found) throw new Error("the posts plugin registered no preprocessor");
  return found;
}

describe("the Markdown engine of a page", () => {
  const { extensions, run } = preprocessor();

  it("applies to Markdown", () => expect(extensions).toBe("md"));

  it("is Markdown alone when the text has no Nunjucks syntax", () => {
    const data: Record<string, unknown> = {};
    run(data, "# Choosing a course\n\nTeachers choose a course {not Nunjucks}.\n");
    expect(data.templateEngineOverride).toBe("md");
  });

  for (const [what, text] of [
    ["a tag", '{% from "screenshots/macro.njk" import appScreenshots with context %}'],
    ["an output", "{{ page.url }}"],
    ["a comment", "{# draft #}"],
  ]) {
    it(`stays Nunjucks then Markdown when the text has ${what}`, () => {
      const data: Record<string, unknown> = {};
      run(data, `Intro.\n\n${text}\n`);
      expect(data.templateEngineOverride).toBeUndefined();
    });
  }

  it("keeps an engine the page names itself", () => {
    const data: Record<string, unknown> = { templateEngineOverride: "njk,md" };
    run(data, "Plain text.\n");
    expect(data.templateEngineOverride).toBe("njk,md");
  });
});
