// The physical floor for image work: a bare sharp loop making exactly the thumbnails the build makes
// (same widths, formats and options from thumbnail-spec.ts) from the same originals, one original per
// core as the build does, with nothing else (no hashing, no cache, no Eleventy).
// Run as its own process: `tsx bench/sharp-floor.ts <list.json> <out-dir>`; prints seconds as JSON.
import { mkdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { THUMBNAIL_SPEC, thumbnailOutputs } from "../site/screenshots/thumbnail-spec.ts";

export async function sharpFloor(files: string[], outDir: string, concurrency = os.availableParallelism()): Promise<{ seconds: number; outputs: number }> {
  mkdirSync(outDir, { recursive: true });
  const started = performance.now();
  const queue = files.map((file, n) => [file, n] as const);
  let outputs = 0;
  async function worker() {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [file, n] = next;
      const { data, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
      const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
      await Promise.all(
        thumbnailOutputs(info.width, info.height).map((output) => {
          const pipeline = sharp(data, raw).resize({ width: output.width, withoutEnlargement: true });
          const encoded =
            output.format === "webp" ? pipeline.webp(THUMBNAIL_SPEC.webp) : pipeline.flatten({ background: "#ffffff" }).jpeg(THUMBNAIL_SPEC.jpeg);
          outputs++;
          return encoded.toFile(path.join(outDir, `${n}-${output.width}.${output.format}`));
        }),
      );
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { seconds: (performance.now() - started) / 1000, outputs };
}

if (process.argv[1] && import.meta.filename === path.resolve(process.argv[1])) {
  const [list, outDir] = process.argv.slice(2);
  if (!list || !outDir) throw new Error("usage: tsx bench/sharp-floor.ts <list.json> <out-dir>");
  const files = JSON.parse(readFileSync(list, "utf8")) as string[];
  console.log(JSON.stringify(await sharpFloor(files, outDir)));
}
