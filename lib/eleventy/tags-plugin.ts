// Eleventy plugin: tags. The `tagList` collection (every tag with its posts, case-insensitive; see
// lib/posts/tags.ts) feeds /tags/ and one page per tag (content/tags/); `tagLinks` gives a post its
// tags' names and URLs.
//
// Authors write a post's tags as `tags:` in front matter, as in any Eleventy or DfE design history. The
// templates read them as `postTags`: the front-matter parser moves them (see moveTags). Eleventy makes
// a collection of its own for every value of `tags`, which this site never reads, and under
// `npm start` it rebuilds them, orders them in its dependency graph and matches every member back to
// its page on every save: for 1,000 posts that was about 50 ms of each edit (A/B, 39 edits each way).
// Pages outside the posts folder keep Eleventy's `tags` and their collections.
import { isPostsFile } from "../posts/posts-folder.ts";
import { collectTags, postTagRefs, type TagRef } from "../posts/tags.ts";
import { postsNewestFirst } from "./posts-plugin.ts";

export interface TagsPluginOptions {
  /** The posts folder, as given to the posts plugin. */
  postsDir: string;
}

type ParseYaml = (text: string, options?: { filePath?: string }) => unknown;

/**
 * Wrap a YAML front-matter parser so that, for posts (isPostsFile), `tags` comes back as `postTags`.
 * Eleventy passes the file's path to front-matter engines as `options.filePath` ("./content/posts/...").
 */
export function moveTags(parse: ParseYaml, postsDir: string): ParseYaml {
  return (text, options) => {
    const data = parse(text, options);
    if (data && typeof data === "object" && "tags" in data && options?.filePath && isPostsFile(postsDir, options.filePath)) {
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
