// Every post is checked before Eleventy reads it, so a bad post stops the build with its file, field,
// value and what was expected, rather than Eleventy quietly using the file's creation date.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { load as loadYaml } from "js-yaml";
import { FrontMatterError, validatePostFrontMatter } from "./front-matter.ts";
import { isPostsFile } from "./posts-folder.ts";

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

const checked = new Map<string, string>(); // file -> stamp (mtime and size) of the version that passed

/**
 * The validator's own version: a hash of this file and front-matter.ts, so a change to the rules a
 * post must meet re-validates every post, even those the cache says passed.
 */
let version: string | undefined;
function validatorVersion(): string {
  if (version === undefined) {
    // Once per process: the running code is the code that was loaded, whatever is on disk later.
    const hash = createHash("sha256");
    for (const file of ["validate-posts.ts", "front-matter.ts"]) hash.update(readFileSync(path.join(import.meta.dirname, file)));
    version = hash.digest("hex").slice(0, 16);
  }
  return version;
}

/** Cache files already read into `checked` by this process (a rebuild under `npm start` reads none). */
const cachesRead = new Set<string>();

interface ValidatedCache {
  validator: string;
  /** file -> "mtimeMs:size" of the version that passed. */
  passed: Record<string, string>;
}

/**
 * Validate every Markdown post in a folder (recursively); unchanged files that passed are skipped.
 * With `cacheFile`, what passed is remembered between builds (by modification time and size, and the
 * validator's version), so a rebuild reads only the posts that changed.
 *
 * `changed` (under `npm start`: the files Eleventy saw change since the last validation that covered
 * the whole folder) limits the check to those of them that are posts and still exist, without listing
 * the folder and checking every post's time and size: 60 ms of every edit for 1,000 posts.
 */
export async function validatePosts(postsDir: string, cacheFile?: string, changed?: readonly string[]): Promise<number> {
  const files = changed
    ? changed.filter((file) => isPostsFile(postsDir, file) && existsSync(file)).map((file) => path.resolve(file))
    : (await readdir(postsDir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile() && e.name.endsWith(".md")).map((e) => path.join(e.parentPath, e.name));
  const version = cacheFile ? validatorVersion() : "";
  if (cacheFile && !cachesRead.has(cacheFile)) {
    cachesRead.add(cacheFile);
    try {
      const cache = JSON.parse(readFileSync(cacheFile, "utf8")) as ValidatedCache;
      if (cache.validator === version) for (const [file, stamp] of Object.entries(cache.passed)) if (!checked.has(file)) checked.set(file, stamp);
    } catch {
      // no cache yet, or unreadable: validate everything
    }
  }
  let count = 0;
  let validated = 0;
  const present = new Set<string>();
  for (const absolute of files) {
    // Let other work started before the build run now and then (the screenshot scan, which starts
    // the thumbnail encoding): reading 1,000 posts in one go held it up by a third of a second.
    if (count % 64 === 63) await new Promise((resolve) => setImmediate(resolve));
    const file = path.relative(process.cwd(), absolute);
    present.add(file);
    count++;
    if (!POST_FILE_NAME.test(path.basename(absolute))) {
      throw new FrontMatterError(`Invalid post file name ${file}: expected YYYY-MM-DD-slug.md, e.g. 2021-09-10-additional-support-offer.md (lower-case letters, digits and hyphens)`);
    }
    // Synchronous on purpose: posts are small, and 2,000 awaited stat/read calls in sequence cost
    // 0.5 s for 1,000 posts (measured), against 0.1 s for parsing and validating them.
    const { mtimeMs, size } = statSync(absolute);
    const stamp = `${mtimeMs}:${size}`;
    if (checked.get(file) === stamp) continue;
    checked.delete(file);
    const source = readFileSync(absolute, "utf8");
    validatePostFrontMatter(file, parsePostFrontMatter(file, source));
    checked.set(file, stamp);
    validated++;
  }
  if (cacheFile && validated > 0) {
    await mkdir(path.dirname(cacheFile), { recursive: true });
    // A full listing drops posts that are gone; a check of changed files keeps every other entry.
    const passed = changed ? [...checked] : [...checked].filter(([file]) => present.has(file));
    await writeFile(cacheFile, JSON.stringify({ validator: version, passed: Object.fromEntries(passed) } satisfies ValidatedCache));
  }
  return count;
}
