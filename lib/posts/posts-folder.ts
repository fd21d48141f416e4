// Which files are posts: Markdown files in the posts folder, at any depth. Shared by the validator
// (lib/posts/validate-posts.ts) and the front-matter parser that moves a post's tags
// (lib/eleventy/tags-plugin.ts), so both treat the same files as posts.
import path from "node:path";

/** Whether a path (as Eleventy's watcher or front-matter parser gives it, or any other) is a Markdown file in the posts folder. */
export function isPostsFile(postsDir: string, file: string): boolean {
  const rel = path.relative(path.resolve(postsDir), path.resolve(file));
  return rel.endsWith(".md") && !rel.startsWith("..") && !path.isAbsolute(rel);
}
