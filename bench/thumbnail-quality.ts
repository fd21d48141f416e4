// Do the build's thumbnails look like the plain way's? For every thumbnail, the structural similarity
// (SSIM, by ssim.js) of the build's file against the sharp floor's file of the same width and format
// (bench/sharp-floor.ts: decoded from the original and resized straight to each width), and the bytes
// of both. SSIM as Wang et al. compute it: both images first scaled down by f = round(min side / 256)
// (done here by sharp, which is native and fast, so ssim.js runs on the small images: its own
// downsampling in JavaScript took 0.7 s a pair). A pair of files with the same bytes is the same
// image: its SSIM is 1 without decoding either.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { ssim } from "ssim.js";
import { cachedThumbnailPath } from "../site/screenshots/thumbnails.ts";
import { thumbnailOutputs } from "../site/screenshots/thumbnail-spec.ts";

export interface ThumbnailQuality {
  compared: number;
  /** Pairs whose files are byte for byte the same. */
  identical: number;
  ssimMin: number;
  ssimMean: number;
  /** The least similar pair, to look at. */
  worst: { ours: string; floor: string; ssim: number } | undefined;
  oursBytes: number;
  floorBytes: number;
  /** How long the comparison took. */
  seconds: number;
}

async function smallRgba(file: string, factor: number, width: number, height: number) {
  const { data, info } = await sharp(file)
    .resize({ width: Math.max(1, Math.floor(width / factor)), height: Math.max(1, Math.floor(height / factor)), fit: "fill", kernel: "linear" })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), width: info.width, height: info.height };
}

export async function pairSsim(ours: string, floor: string): Promise<number> {
  const meta = await sharp(floor).metadata();
  const factor = Math.max(1, Math.round(Math.min(meta.width!, meta.height!) / 256));
  const [a, b] = await Promise.all([smallRgba(ours, factor, meta.width!, meta.height!), smallRgba(floor, factor, meta.width!, meta.height!)]);
  return ssim(a as never, b as never, { ssim: "bezkrovny", downsample: false }).mssim;
}

/**
 * Compare the build's cached thumbnails of `files` (absolute paths under `screenshotsDir`) with the
 * floor's outputs in `floorOut` (named `<index>-<width>.<format>`, as bench/sharp-floor.ts writes them).
 */
export async function thumbnailQuality(files: readonly string[], screenshotsDir: string, cacheDir: string, floorOut: string): Promise<ThumbnailQuality> {
  const meta = JSON.parse(readFileSync(path.join(cacheDir, "screenshot-metadata.json"), "utf8")) as Record<string, { contentHash?: string; width?: number; height?: number }>;
  const pairs: { ours: string; floor: string }[] = [];
  files.forEach((file, n) => {
    const entry = meta[path.relative(screenshotsDir, file).split(path.sep).join("/")];
    if (!entry?.contentHash || !entry.width) return;
    for (const output of thumbnailOutputs(entry.width, entry.height ?? 0)) {
      const ours = cachedThumbnailPath(cacheDir, { contentHash: entry.contentHash } as never, output);
      const floor = path.join(floorOut, `${n}-${output.width}.${output.format}`);
      if (existsSync(ours) && existsSync(floor)) pairs.push({ ours, floor });
    }
  });
  const started = performance.now();
  let min = 1;
  let sum = 0;
  let identical = 0;
  let worst: ThumbnailQuality["worst"];
  let oursBytes = 0;
  let floorBytes = 0;
  const queue = [...pairs];
  const worker = async () => {
    for (let pair = queue.shift(); pair; pair = queue.shift()) {
      const [ours, floor] = [readFileSync(pair.ours), readFileSync(pair.floor)];
      const same = ours.equals(floor);
      const value = same ? 1 : await pairSsim(pair.ours, pair.floor);
      if (same) identical++;
      sum += value;
      if (value < min) (min = value), (worst = { ...pair, ssim: value });
      oursBytes += ours.length;
      floorBytes += floor.length;
    }
  };
  await Promise.all([worker(), worker()]);
  return { compared: pairs.length, identical, seconds: (performance.now() - started) / 1000, ssimMin: pairs.length ? min : 0, ssimMean: pairs.length ? sum / pairs.length : 0, worst, oursBytes, floorBytes };
}
