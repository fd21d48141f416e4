// Find a post's file by its slug (the URL), for commands that take --post.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { UserInputError } from "../../common/user-error.ts";
import { POST_FILE_NAME, POSTS_DIR } from "../../site/posts/posts-folder.ts";

export { POSTS_DIR };

/** The post's path relative to the root; an error listing the slugs there is when none matches. */
export async function findPostBySlug(root: string, slug: string): Promise<string> {
  const names = await readdir(path.join(root, POSTS_DIR)).catch(() => [] as string[]);
  const slugs = names.map((name) => POST_FILE_NAME.exec(name)).filter((m) => m !== null);
  const match = slugs.find((m) => m[2] === slug);
  if (match) return path.join(POSTS_DIR, match[0]);
  const known = slugs.map((m) => m[2]).join(", ") || "none yet";
  throw new UserInputError(
    `--post "${slug}": no post content/posts/YYYY-MM-DD-${slug}.md (posts: ${known}); create one first with npm run new-post -- --title "..."`,
  );
}
