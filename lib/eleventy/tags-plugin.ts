// Eleventy plugin: tags. The `tagList` collection (every tag with its posts, case-insensitive; see
// lib/posts/tags.ts) feeds /tags/ and one page per tag (content/tags/); `tagLinks` gives a post its
// tags' names and URLs.
//
// Authors write a post's tags as `tags:` in front matter, as in any Eleventy or DfE design history. The
// templates read them as `postTags`: the front-matter parser moves them (see moveTags). Eleventy makes
// a collection of its own for every value of `tags`, which this site never reads, and under
// `npm start` it rebuilds them, orders them in its dependency graph and matches every member back to
// its page on every save: for 1,000 posts that was 0.14 s of each 0.5 s edit. Pages outside the posts
// folder keep Eleventy's `tags` and their collections.
import path from "node:path";
import { collectTags, postTagRefs, type TagRef } from "../posts/tags.ts";
import { postsNewestFirst } from "./posts-plugin.ts";

export interface TagsPluginOptions {
  /** The posts folder, as given to the posts plugin. */
  postsDir: string;
}

type ParseYaml = (text: string, options?: { filePath?: string }) => unknown;

/**
 * Wrap a YAML front-matter parser so that, for files in `postsDir`, `tags` comes back as `postTags`.
 * Eleventy passes the file's path to front-matter engines as `options.filePath` ("./content/posts/...").
 */
export function moveTags(parse: ParseYaml, postsDir: string): ParseYaml {
  const folder = path.resolve(postsDir) + path.sep;
  return (text, options) => {
    const data = parse(text, options);
    if (data && typeof data === "object" && "tags" in data && options?.filePath && path.resolve(options.filePath).startsWith(folder)) {
      const { tags, ...rest } = data as Record<string, unknown>;
      return { ...rest, postTags: tags };
    }
    return data;
  };
}

export default function tagsPlugin(eleventyConfig: any, options: TagsPluginOptions) {
  const parseYaml: ParseYaml | undefined = eleventyConfig.frontMatterParsingOptions?.engines?.yaml;
  if (typeof parseYaml !== "function") {
    throw new Error("tags plugin: Eleventy's YAML front-matter parser was not found (frontMatterParsingOptions.engines.yaml); has Eleventy changed how it parses front matter?");
  }
  eleventyConfig.setFrontMatterParsingOptions({ engines: { yaml: moveTags(parseYaml, options.postsDir) } });

  let latest: TagRef[] = [];
  eleventyConfig.addCollection("tagList", (api: any) => {
    const tags = collectTags(postsNewestFirst(api.getAllSorted(), options.postsDir));
    latest = tags;
    return tags;
  });
  eleventyConfig.addNunjucksFilter("tagLinks", (tags: unknown) => postTagRefs(tags, latest));
}
