// Which files are posts, and where a post is published: Markdown files in the posts folder, at any
// depth. A post's address is its path in the posts folder without the date and ".md", as every DfE
// design history publishes it (posts.json there: `{{ page.filePathStem | replace('posts/', '') }}/`):
// content/posts/2021-09-10-additional-support-offer.md is /additional-support-offer/, and
// content/posts/register-for-an-npq/2021-09-10-additional-support-offer.md is
// /register-for-an-npq/additional-support-offer/. Shared by the validator, the posts' directory data
// (content/posts/posts.11tydata.ts) and the front-matter parser, so all agree.
import { readdirSync } from "node:fs";
import path from "node:path";

export const POSTS_DIR = "content/posts";

/** A file name that starts with a date, which Eleventy takes as the post's date and drops from its address. */
export const FILE_DATE = /^\d{4}-\d{2}-\d{2}-/;

/** The name `npm run new-post` gives a post: YYYY-MM-DD-slug.md, the slug in lower-case letters, digits and hyphens. */
export const POST_FILE_NAME = /^(\d{4}-\d{2}-\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

/** Whether a path (as Eleventy's watcher or front-matter parser gives it, or any other) is a Markdown file in the posts folder. */
export function isPostsFile(postsDir: string, file: string): boolean {
  const rel = path.relative(path.resolve(postsDir), path.resolve(file));
  return rel.endsWith(".md") && !rel.startsWith("..") && !path.isAbsolute(rel);
}

/**
 * A post's address from its path inside the posts folder ("register-for-an-npq/2021-09-10-aso.md"
 * -> "/register-for-an-npq/aso/"), as Eleventy's page.filePathStem gives it (TemplateFileSlug strips
 * a leading YYYY-MM-DD- from the file name, whether or not it is a real date).
 */
export function postUrlFromPath(relativeToPosts: string): string {
  const parts = relativeToPosts.split(/[\\/]/).filter(Boolean);
  const name = parts.pop() ?? "";
  const stem = name.replace(/\.md$/, "");
  const match = /\d{4}-\d{2}-\d{2}-(.*)/.exec(stem);
  return `/${[...parts, match ? match[1] : stem].join("/")}/`;
}

/** A post's address from its path relative to the project (content/posts/...). */
export function postUrlOf(file: string, postsDir = POSTS_DIR): string {
  return postUrlFromPath(path.relative(path.resolve(postsDir), path.resolve(file)));
}

/** The service a post belongs to: the first folder inside the posts folder, if it is in one. */
export function postServiceOf(file: string, postsDir = POSTS_DIR): string | undefined {
  const parts = path.relative(path.resolve(postsDir), path.resolve(file)).split(path.sep);
  return parts.length > 1 ? parts[0] : undefined;
}

/** The addresses of the posts directly in the posts folder (not in a service's folder), e.g. "/additional-support-offer/". */
export function topLevelPostUrls(postsDir: string): Set<string> {
  return new Set(
    readdirSync(postsDir)
      .filter((f) => f.endsWith(".md"))
      .map((f) => `/${f.replace(FILE_DATE, "").replace(/\.md$/, "")}/`),
  );
}
