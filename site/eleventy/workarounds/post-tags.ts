// Workaround "post-tags" (switches.ts). Eleventy makes a collection of its own for every value of
// `tags`, which this site never reads, and under `npm start` rebuilds them, orders them in its
// dependency graph and matches every member back to its page on every save: for 1,000 posts about
// 50 ms of each edit (A/B, 39 edits each way). Authors write `tags:` in a post's front matter as in
// any design history; the posts' front-matter parser (site/eleventy/posts-plugin.ts) hands them to
// the templates as `postTags`, so Eleventy never sees them. Pages outside the posts folder keep
// Eleventy's `tags` and their collections.
import { workaroundOn } from "./switches.ts";

/** A post's front matter as the templates get it: `tags` moved to `postTags` (when this is on). */
export function movePostTags(data: Record<string, unknown>): Record<string, unknown> {
  if (!workaroundOn("post-tags") || !("tags" in data)) return data;
  const { tags, ...rest } = data;
  return { ...rest, postTags: tags };
}

/** A post's tags, wherever they are: `postTags`, or `tags` when this workaround is off. */
export function postTagsOf(data: { postTags?: unknown; tags?: unknown }): unknown {
  return "postTags" in data ? data.postTags : data.tags;
}
