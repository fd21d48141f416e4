// Tags from posts' front matter. Tags that differ only in case or punctuation ("Eligibility",
// "eligibility") are one tag: they share a slug, which is the tag page's URL (/tags/<slug>/), so two
// spellings can never ask for the same page twice. The spelling shown is the one most posts use.
import slugify from "@sindresorhus/slugify";
import { UserInputError } from "../../common/user-error.ts";
import { postTagsOf } from "../eleventy/workarounds/post-tags.ts";

export interface TagRef {
  name: string;
  slug: string;
  url: string;
}

export interface Tag<Post> extends TagRef {
  posts: Post[];
}

export interface TaggedPost {
  inputPath?: string;
  data: { postTags?: unknown; tags?: unknown };
}

// Slugs are remembered: every build (every save under `npm start`) slugs each post's tags again, and
// slugify costs ten microseconds a call, 15 ms a build for 1,000 posts.
const slugs = new Map<string, string>();
export const tagSlug = (name: string) => {
  let slug = slugs.get(name);
  if (slug === undefined) slugs.set(name, (slug = slugify(name, { decamelize: false })));
  return slug;
};
export const tagUrl = (slug: string) => `/tags/${slug}/`;

/** A post's tags as written: front matter allows one tag or a list. */
export function tagNames(tags: unknown): string[] {
  // `tags: false` and an empty `tags:` (both in DfE histories) mean none.
  const list = tags == null || tags === false ? [] : Array.isArray(tags) ? tags : [tags];
  return list.map((t) => String(t).trim()).filter(Boolean);
}

/** Every tag, alphabetically, each with its posts in the order given (newest first). */
export function collectTags<Post extends TaggedPost>(posts: readonly Post[]): Tag<Post>[] {
  const bySlug = new Map<string, { spellings: Map<string, number>; posts: Post[] }>();
  for (const post of posts) {
    const seen = new Set<string>();
    for (const name of tagNames(postTagsOf(post.data))) {
      const slug = tagSlug(name);
      if (!slug) {
        throw new UserInputError(`Invalid tag in ${post.inputPath ?? "a post"}: "${name}" has no letters or digits, so it cannot have a page; expected a word such as "eligibility"`);
      }
      let tag = bySlug.get(slug);
      if (!tag) bySlug.set(slug, (tag = { spellings: new Map(), posts: [] }));
      tag.spellings.set(name, (tag.spellings.get(name) ?? 0) + 1);
      if (!seen.has(slug)) tag.posts.push(post);
      seen.add(slug);
    }
  }
  return [...bySlug]
    .map(([slug, { spellings, posts: tagged }]) => {
      // Most used spelling; on a tie, the first seen (posts come newest first).
      const name = [...spellings].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
      return { name, slug, url: tagUrl(slug), posts: tagged };
    })
    .sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" }));
}

/** A post's own tags, for its page: the shared spelling and URL of each, once each. */
export function postTagRefs(tags: unknown, all: readonly TagRef[]): TagRef[] {
  const refs = new Map<string, TagRef>();
  for (const name of tagNames(tags)) {
    const slug = tagSlug(name);
    const known = all.find((t) => t.slug === slug);
    if (slug && !refs.has(slug)) refs.set(slug, known ? { name: known.name, slug, url: known.url } : { name, slug, url: tagUrl(slug) });
  }
  return [...refs.values()];
}
