// Encoding one original's thumbnails with sharp: decoded once to raw pixels, and every width and
// format made from that buffer, each written beside its target and renamed into place (an
// interrupted build never leaves a half-written cache entry). This runs in a worker thread
// (encode-worker.ts), not on Eleventy's thread: see there why.
import { mkdir, rename } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { THUMBNAIL_SPEC, type ThumbnailOutput } from "./thumbnail-spec.ts";
import { partialName } from "../../common/write-atomically.ts";

export interface ThumbnailJob {
  output: ThumbnailOutput;
  /** The cache file to write. */
  target: string;
}

export async function encodeThumbnails(bytes: Uint8Array, jobs: readonly ThumbnailJob[]): Promise<void> {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
  await Promise.all(
    jobs.map(async ({ output, target }) => {
      await mkdir(path.dirname(target), { recursive: true });
      let pipeline = sharp(data, raw).resize({ width: output.width, withoutEnlargement: true });
      pipeline =
        output.format === "webp" ? pipeline.webp(THUMBNAIL_SPEC.webp) : pipeline.flatten({ background: "#ffffff" }).jpeg(THUMBNAIL_SPEC.jpeg);
      const partial = partialName(target);
      await pipeline.toFile(partial);
      await rename(partial, target);
    }),
  );
}
