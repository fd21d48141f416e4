// Eleventy plugin: tags. The `tagList` collection (every tag with its posts, case-insensitive; see
// site/posts/tags.ts) feeds /tags/ and one page per tag (content/tags/); `tagLinks` gives a post its
// tags' names and URLs. Authors write a post's tags as `tags:`; the posts plugin hands them to the
// templates as `postTags` (site/eleventy/posts-plugin.ts says why).
import { collectTags, postTagRefs, type TagRef } from "../posts/tags.ts";
import { postsNewestFirst } from "./posts-plugin.ts";
import { addSiteFilter } from "./workarounds/nunjucks-only-filters.ts";

export interface TagsPluginOptions {
  /** The posts folder, as given to the posts plugin. */
  postsDir: string;
}

export default function tagsPlugin(eleventyConfig: any, options: TagsPluginOptions) {
  let latest: TagRef[] = [];
  eleventyConfig.addCollection("tagList", (api: any) => {
    const tags = collectTags(postsNewestFirst(api.getAllSorted(), options.postsDir));
    latest = tags;
    return tags;
  });
  addSiteFilter(eleventyConfig, "tagLinks", (tags: unknown) => postTagRefs(tags, latest));
}
