// Encoding one original's thumbnails with sharp, each written beside its target and renamed into
// place (an interrupted build never leaves a half-written cache entry). This runs in a worker thread
// (encode-worker.ts), not on Eleventy's thread: see there why.
//
// The thumbnails are the ones a bare sharp loop makes (bench/sharp-floor.ts: same widths, formats
// and encoder settings, each resized straight from the original), made with less work:
// - the original is decoded once; if it has an alpha channel and every pixel is opaque (every
//   screenshot Chromium captures), the alpha channel is dropped once, before any resizing. With alpha,
//   sharp premultiplies the pixels and resizes them as floating point; without, it resizes bytes.
//   Per 2400 px screenshot on one core (measured): 114 ms for the 1920 px WebP from RGBA, 79 ms from
//   RGB; dropping the alpha channel costs 20 ms once (checking it and copying the pixels);
// - a width wanted in two formats (the 1280 px WebP and its JPEG fallback) is resized once (when
//   the pixels are opaque);
// - a width wanted once is resized and encoded in one pipeline, with no intermediate buffer.
// Fully opaque pixels come out byte for byte as the plain way makes them (the benchmark compares
// every thumbnail with the floor's: bench/thumbnail-quality.ts). A screenshot with any transparency
// keeps its alpha channel and is made the plain way.
//
// A large original (over LARGE_ORIGINAL_PIXELS: a full-page capture thousands of pixels tall) is made
// the frugal way instead: no decoded copy of it is kept, and its thumbnails are made one after
// another, each by its own pipeline from the file's bytes, which libvips reads in strips. For a
// 2,400 x 20,000 PNG with an alpha channel the fast way peaked at 580 MiB above the process's own,
// the frugal way at 180 MiB (measured alone; the queue runs a large original alone: thumbnails.ts).
//
// What comes out, for the screenshots people make: sharp turns every input into 8-bit sRGB (a 16-bit
// PNG is scaled, a CMYK JPEG converted with its profile or sharp's own); an animated image gives the
// thumbnails of its first frame (the link to the full-size original shows it moving); transparent
// pixels stay transparent in the WebP thumbnails, over the page's white, and are white in the JPEG.
import { mkdir, rename } from "node:fs/promises";
import path from "node:path";
import sharp, { type Sharp } from "sharp";
import { isLargeOriginal, MAX_ORIGINAL_PIXELS, THUMBNAIL_SPEC, type ThumbnailOutput } from "./thumbnail-spec.ts";
import { partialName } from "../../common/write-atomically.ts";

/** How this file makes thumbnails; part of the cache key (thumbnails.ts OPTIONS_HASH): change it when the pixels or bytes made here may change. */
export const ENCODER_VERSION = "rgb-when-opaque-1";
/** The same for large originals, made the frugal way (their own cache key: thumbnails.ts). */
export const LARGE_ENCODER_VERSION = "frugal-1";

/** sharp refuses larger inputs; the scan names such a file first (screenshot-library.ts). */
const INPUT = { limitInputPixels: MAX_ORIGINAL_PIXELS } as const;

export interface ThumbnailJob {
  output: ThumbnailOutput;
  /** The cache file to write. */
  target: string;
}

interface Pixels {
  data: Buffer;
  raw: { width: number; height: number; channels: 1 | 2 | 3 | 4 };
}

/** A buffer of 0xff bytes, kept between calls, at least `length` long. */
let opaqueBytes = Buffer.alloc(0);

/** Whether every pixel of 4-channel (RGBA) raw pixels is fully opaque. */
export async function isOpaque(pixels: Pixels): Promise<boolean> {
  if (pixels.raw.channels !== 4) return false;
  // libvips copies the alpha channel out (about 2 ms for 2400 x 2400), and comparing it with a
  // buffer of 0xff bytes is a memcmp: about a third of the time of a loop in JavaScript.
  const alpha = await sharp(pixels.data, { raw: pixels.raw }).extractChannel(3).raw().toBuffer();
  if (opaqueBytes.length < alpha.length) opaqueBytes = Buffer.alloc(alpha.length, 0xff);
  return alpha.equals(opaqueBytes.subarray(0, alpha.length));
}

function pipeline(pixels: Pixels): Sharp {
  return sharp(pixels.data, { raw: pixels.raw });
}

async function write(from: Sharp, { output, target }: ThumbnailJob): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  // flatten() does nothing to pixels with no alpha channel.
  const encoded = output.format === "webp" ? from.webp(THUMBNAIL_SPEC.webp) : from.flatten({ background: "#ffffff" }).jpeg(THUMBNAIL_SPEC.jpeg);
  const partial = partialName(target);
  await encoded.toFile(partial);
  await rename(partial, target);
}

export async function encodeThumbnails(bytes: Uint8Array, jobs: readonly ThumbnailJob[]): Promise<void> {
  const { width, height } = await sharp(bytes, INPUT).metadata();
  if (isLargeOriginal({ width, height })) {
    for (const job of jobs) await write(sharp(bytes, INPUT).resize({ width: job.output.width, withoutEnlargement: true }), job);
    return;
  }
  const decoded = await sharp(bytes, INPUT).raw().toBuffer({ resolveWithObject: true });
  let original: Pixels = {
    data: decoded.data,
    raw: { width: decoded.info.width, height: decoded.info.height, channels: decoded.info.channels as Pixels["raw"]["channels"] },
  };
  if (await isOpaque(original)) original = { data: await pipeline(original).removeAlpha().raw().toBuffer(), raw: { ...original.raw, channels: 3 } };

  const byWidth = new Map<number, ThumbnailJob[]>();
  for (const job of jobs) byWidth.set(job.output.width, [...(byWidth.get(job.output.width) ?? []), job]);
  await Promise.all(
    [...byWidth].map(async ([width, group]) => {
      const resize = () => pipeline(original).resize({ width, withoutEnlargement: true });
      // With an alpha channel each thumbnail is made on its own: sharp flattens the JPEG before
      // resizing it, so a shared resize would blend semi-transparent pixels differently.
      const hasAlpha = original.raw.channels === 2 || original.raw.channels === 4;
      if (group.length === 1 || hasAlpha) return Promise.all(group.map((job) => write(resize(), job)));
      // The raw output's `info` says `premultiplied` when sharp premultiplied while resizing; it has
      // already reversed that, so the pixels are passed on as plain (not premultiplied) ones.
      const { data, info } = await resize().raw().toBuffer({ resolveWithObject: true });
      const resized: Pixels = { data, raw: { width: info.width, height: info.height, channels: info.channels as Pixels["raw"]["channels"] } };
      await Promise.all(group.map((job) => write(pipeline(resized), job)));
    }),
  );
}
