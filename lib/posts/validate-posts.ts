// Every post is checked before Eleventy reads it, so a bad post stops the build with its file, field,
// value and what was expected, rather than Eleventy quietly using the file's creation date.
import { readFileSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import path from "node:path";
import { load as loadYaml } from "js-yaml";
import { FrontMatterError, validatePostFrontMatter } from "./front-matter.ts";

export const POST_FILE_NAME = /^(\d{4}-\d{2}-\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

/** The YAML between the opening and closing `---` lines, and the line it starts on. */
export function frontMatterBlock(source: string): string | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(source);
  return match ? match[1] : undefined;
}

export function parsePostFrontMatter(file: string, source: string): unknown {
  const block = frontMatterBlock(source);
  if (block === undefined) {
    throw new FrontMatterError(`Invalid post ${file}: it has no front matter; expected it to start with a "---" line, then title and date, then "---"`);
  }
  try {
    return loadYaml(block) ?? {};
  } catch (error) {
    const e = error as { mark?: { line: number; column: number }; reason?: string };
    const line = e.mark ? e.mark.line + 2 : undefined; // +1 for 1-based, +1 for the opening ---
    throw new FrontMatterError(`Invalid front matter in ${file}${line ? `, line ${line}` : ""}: ${e.reason ?? String(error)}; expected valid YAML`);
  }
}

const checked = new Map<string, number>(); // file -> mtimeMs of the version that passed

/** Validate every Markdown post in a folder (recursively); unchanged files that passed are skipped. */
export async function validatePosts(postsDir: string): Promise<number> {
  const entries = await readdir(postsDir, { recursive: true, withFileTypes: true });
  let count = 0;
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith(".md")) continue;
    // Let other work started before the build run now and then (the screenshot scan, which starts
    // the thumbnail encoding): reading 1,000 posts in one go held it up by a third of a second.
    if (count % 64 === 63) await new Promise((resolve) => setImmediate(resolve));
    const file = path.relative(process.cwd(), path.join(entry.parentPath, entry.name));
    count++;
    if (!POST_FILE_NAME.test(entry.name)) {
      throw new FrontMatterError(`Invalid post file name ${file}: expected YYYY-MM-DD-slug.md, e.g. 2021-09-10-additional-support-offer.md (lower-case letters, digits and hyphens)`);
    }
    // Synchronous on purpose: posts are small, and 2,000 awaited stat/read calls in sequence cost
    // 0.5 s for 1,000 posts (measured), against 0.1 s for parsing and validating them.
    const { mtimeMs } = statSync(path.join(entry.parentPath, entry.name));
    if (checked.get(file) === mtimeMs) continue;
    const source = readFileSync(path.join(entry.parentPath, entry.name), "utf8");
    validatePostFrontMatter(file, parsePostFrontMatter(file, source));
    checked.set(file, mtimeMs);
  }
  return count;
}
