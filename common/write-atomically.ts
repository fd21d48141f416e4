// Writing a file under a temporary name beside it and renaming it into place: a reader never sees it
// half-written (an interrupted build leaves no damaged cache entry), and a file already at the target,
// which may be a hard link into a cache, is replaced rather than written through. Used by the
// thumbnail cache (site/screenshots/thumbnails.ts), the screenshot scan's metadata and the build's image stats
// (screenshot-library.ts, screenshots-plugin.ts) and the search index (site/eleventy/search-plugin.ts).
import { randomUUID } from "node:crypto";
import { renameSync, writeFileSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * A name beside the target to write to before renaming. Unique per call, not per process: two
 * originals with the same bytes share a thumbnail target, and a shared partial name let the first
 * rename take the other's file away.
 */
export const partialName = (target: string) => `${target}.${process.pid}.${randomUUID()}.partial`;

/** Write `bytes` to `target` by way of a partial file, making its folder first. */
export async function writeAtomically(target: string, bytes: Uint8Array): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const partial = partialName(target);
  await writeFile(partial, bytes);
  await rename(partial, target);
}

/** writeAtomically, synchronously, into a folder that exists. */
export function writeAtomicallySync(target: string, bytes: Uint8Array): void {
  const partial = partialName(target);
  writeFileSync(partial, bytes);
  renameSync(partial, target);
}
