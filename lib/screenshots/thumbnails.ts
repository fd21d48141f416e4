// Encoding thumbnails with sharp, cached by the original's content hash and the encoding options,
// so a rebuild with no image changed encodes nothing. Each original is decoded once to raw pixels and
// every width and format is made from that buffer; originals are processed in parallel, one per core.
import { createHash, randomUUID } from "node:crypto";
import { link, mkdir, rename, stat, unlink, copyFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import type { ScreenshotFile } from "./screenshot-library.ts";
import { THUMBNAIL_SPEC, type ThumbnailOutput } from "./thumbnail-spec.ts";

export const OPTIONS_HASH = createHash("sha256")
  .update(JSON.stringify({ spec: THUMBNAIL_SPEC, sharp: sharp.versions.sharp, vips: sharp.versions.vips }))
  .digest("hex")
  .slice(0, 12);

export function cachedThumbnailPath(cacheDir: string, file: ScreenshotFile, output: ThumbnailOutput): string {
  const ext = output.format === "jpeg" ? "jpg" : output.format;
  return path.join(cacheDir, "thumbnails", file.contentHash.slice(0, 2), `${file.contentHash}-${OPTIONS_HASH}-${output.width}.${ext}`);
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/** Encode the outputs of one original that are not in the cache yet; returns how many were encoded. */
async function encodeOne(file: ScreenshotFile, outputs: readonly ThumbnailOutput[], cacheDir: string): Promise<number> {
  const missing: ThumbnailOutput[] = [];
  for (const output of outputs) if (!(await exists(cachedThumbnailPath(cacheDir, file, output)))) missing.push(output);
  if (missing.length === 0) return 0;
  const { data, info } = await sharp(file.absolutePath).raw().toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
  await Promise.all(
    missing.map(async (output) => {
      const target = cachedThumbnailPath(cacheDir, file, output);
      await mkdir(path.dirname(target), { recursive: true });
      let pipeline = sharp(data, raw).resize({ width: output.width, withoutEnlargement: true });
      pipeline =
        output.format === "webp"
          ? pipeline.webp(THUMBNAIL_SPEC.webp)
          : pipeline.flatten({ background: "#ffffff" }).jpeg(THUMBNAIL_SPEC.jpeg);
      // Write beside the target and rename, so an interrupted build never leaves a half-written cache entry.
      const partial = `${target}.${process.pid}.${randomUUID()}.partial`;
      await pipeline.toFile(partial);
      await rename(partial, target);
    }),
  );
  return missing.length;
}

export interface EncodeStats {
  originals: number;
  encoded: number;
  reused: number;
  seconds: number;
}

/** Encode every requested thumbnail, `concurrency` originals at a time. */
export async function encodeThumbnails(
  requests: ReadonlyMap<ScreenshotFile, readonly ThumbnailOutput[]>,
  cacheDir: string,
  concurrency = os.availableParallelism(),
): Promise<EncodeStats> {
  const started = performance.now();
  const queue = [...requests.entries()];
  let encoded = 0;
  let total = 0;
  async function worker() {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [file, outputs] = next;
      total += outputs.length;
      // Not `encoded += await ...`: that reads `encoded` before the await and loses other workers' counts.
      const made = await encodeOne(file, outputs, cacheDir);
      encoded += made;
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return { originals: requests.size, encoded, reused: total - encoded, seconds: (performance.now() - started) / 1000 };
}

/**
 * A content-addressed copy of an original in the cache. The site links to this copy, never to the
 * file in screenshots/: a designer overwriting a screenshot in place must not change the published
 * site before a build succeeds (a hard link to the source would share its bytes).
 */
export async function cachedOriginal(cacheDir: string, file: ScreenshotFile): Promise<string> {
  const target = path.join(cacheDir, "originals", file.contentHash.slice(0, 2), `${file.contentHash}${path.extname(file.key).toLowerCase()}`);
  if (await exists(target)) return target;
  await mkdir(path.dirname(target), { recursive: true });
  // Unique per call, not per process: two items of one build with the same bytes copy at once, and
  // a shared name let the first rename take the other's partial file away (ENOENT on a cold cache).
  const partial = `${target}.${process.pid}.${randomUUID()}.partial`;
  await copyFile(file.absolutePath, partial);
  await rename(partial, target);
  return target;
}

/**
 * Put a cached file into the output folder without copying its bytes where the file system allows:
 * a hard link is instant, and cache entries are content-addressed and never rewritten in place.
 */
export async function publishFile(source: string, target: string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  try {
    const [s, t] = await Promise.all([stat(source), stat(target)]);
    if (s.ino === t.ino && s.dev === t.dev) return;
    await unlink(target);
  } catch {
    // target absent: nothing to replace
  }
  try {
    await link(source, target);
  } catch {
    await copyFile(source, target);
  }
}
