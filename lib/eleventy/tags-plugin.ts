// Eleventy plugin: tags. The `tagList` collection (every tag with its posts, case-insensitive; see
// lib/posts/tags.ts) feeds /tags/ and one page per tag (content/tags/); `postTags` gives a post its
// tags' names and URLs.
import { collectTags, postTagRefs, type TagRef } from "../posts/tags.ts";

export interface TagsPluginOptions {
  /** The posts folder, as given to the posts plugin. */
  postsDir: string;
}

export default function tagsPlugin(eleventyConfig: any, options: TagsPluginOptions) {
  const glob = `${options.postsDir.replace(/\/$/, "")}/**/*.md`;
  let latest: TagRef[] = [];
  eleventyConfig.addCollection("tagList", (api: any) => {
    const posts = [...api.getFilteredByGlob(glob)];
    posts.sort((a: any, b: any) => b.date - a.date || String(a.data.title).localeCompare(String(b.data.title)));
    const tags = collectTags(posts);
    latest = tags;
    return tags;
  });
  eleventyConfig.addFilter("postTags", (tags: unknown) => postTagRefs(tags, latest));
}
