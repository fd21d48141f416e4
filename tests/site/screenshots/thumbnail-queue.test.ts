// The thumbnail queue: encoding starts as soon as thumbnails are asked for, each output is made once
// however often it is asked for, the cache is reused, and a failure surfaces when the build waits.
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ScreenshotFile } from "../../../site/screenshots/screenshot-library.ts";
import { ThumbnailQueue, ThumbnailsFailedError } from "../../../site/screenshots/thumbnails.ts";
import { thumbnailOutputs } from "../../../site/screenshots/thumbnail-spec.ts";

let dir: string;
let png: ScreenshotFile;

function fileAt(absolutePath: string, width: number, height: number): ScreenshotFile {
  const { size, mtimeMs } = statSync(absolutePath);
  return { key: path.basename(absolutePath), absolutePath, size, mtimeMs, width, height, format: "png" };
}

const cached = (cacheDir: string) => readdirSync(path.join(cacheDir, "thumbnails"), { recursive: true }).filter((f) => /\.(webp|jpg)$/.test(String(f)));

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "npq-queue-"));
  const target = path.join(dir, "screen.png");
  await sharp({ create: { width: 1400, height: 600, channels: 3, background: "#1d70b8" } }).png().toFile(target);
  png = fileAt(target, 1400, 600);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("ThumbnailQueue", () => {
  it("makes each output once, however often and in whatever pieces it is asked for", async () => {
    const cacheDir = path.join(dir, "cache-once");
    const outputs = thumbnailOutputs(png.width!, png.height!); // 640, 1280 and 1400 WebP, 1280 JPEG
    const queue = new ThumbnailQueue(cacheDir, 2);
    queue.add(png, outputs.slice(0, 2));
    queue.add(png, outputs);
    queue.add(png, outputs.slice(1));
    const stats = await queue.drain();
    expect(stats).toMatchObject({ originals: 1, encoded: outputs.length, reused: 0 });
    expect(stats.seconds).toBeGreaterThan(0);
    expect(cached(cacheDir)).toHaveLength(outputs.length);
  });

  it("encodes nothing when the cache already holds every output", async () => {
    const cacheDir = path.join(dir, "cache-reuse");
    const outputs = thumbnailOutputs(png.width!, png.height!);
    const first = new ThumbnailQueue(cacheDir);
    first.add({ ...png }, outputs);
    expect((await first.drain()).encoded).toBe(outputs.length);
    const second = new ThumbnailQueue(cacheDir);
    second.add({ ...png }, outputs);
    expect(await second.drain()).toMatchObject({ encoded: 0, reused: outputs.length });
  });

  it("reports nothing to do when nothing was asked for", async () => {
    expect(await new ThumbnailQueue(path.join(dir, "cache-empty")).drain()).toEqual({ originals: 0, encoded: 0, reused: 0, seconds: 0 });
  });

  it("rejects when the build waits, naming every file that could not be encoded, having made the rest", async () => {
    const cacheDir = path.join(dir, "cache-broken");
    const broken = ["broken.png", "also-broken.png"].map((name) => {
      writeFileSync(path.join(dir, name), "not a PNG");
      return fileAt(path.join(dir, name), 800, 600);
    });
    const queue = new ThumbnailQueue(cacheDir);
    for (const file of broken) queue.add(file, thumbnailOutputs(800, 600));
    queue.add(png, thumbnailOutputs(png.width!, png.height!));
    const error = await queue.drain().then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(ThumbnailsFailedError);
    const { failures, message } = error as ThumbnailsFailedError;
    expect(failures.map((f) => f.file.key).sort()).toEqual(["also-broken.png", "broken.png"]);
    for (const key of ["broken.png", "also-broken.png"]) expect(message).toMatch(new RegExp(`^screenshots/${key}: its thumbnails could not be made: .*damaged or cut short`, "m"));
    expect(cached(cacheDir)).toHaveLength(thumbnailOutputs(png.width!, png.height!).length);
  });

  it("tells a late listener about the files finished before it listened, then about each as it finishes", async () => {
    const queue = new ThumbnailQueue(path.join(dir, "cache-listen"), 1);
    const other = fileAt(path.join(dir, "screen.png"), 1400, 600);
    queue.add(png, thumbnailOutputs(png.width!, png.height!));
    await queue.drain();
    const heard: ScreenshotFile[] = [];
    queue.listen((file) => heard.push(file));
    expect(heard).toEqual([png]);
    queue.add(other, thumbnailOutputs(other.width!, other.height!));
    await queue.drain();
    expect(heard).toEqual([png, other]);
  });

  it("drops what has not started when cancelled, and finishes what has", async () => {
    const cacheDir = path.join(dir, "cache-cancel");
    const queue = new ThumbnailQueue(cacheDir, 1);
    const second = path.join(dir, "second.png");
    await sharp({ create: { width: 900, height: 500, channels: 3, background: "#00703c" } }).png().toFile(second);
    queue.add(png, thumbnailOutputs(png.width!, png.height!)); // starts at once: one worker
    queue.add(fileAt(second, 900, 500), thumbnailOutputs(900, 500)); // waits for the worker
    queue.cancel();
    const stats = await queue.drain();
    expect(stats.encoded).toBe(thumbnailOutputs(png.width!, png.height!).length);
    expect(cached(cacheDir)).toHaveLength(thumbnailOutputs(png.width!, png.height!).length);
    // Cancelled for good: what pages still ask for after a failed build is not encoded.
    queue.add(fileAt(second, 900, 500), thumbnailOutputs(900, 500));
    expect(await queue.drain()).toMatchObject({ encoded: thumbnailOutputs(png.width!, png.height!).length });
    expect(cached(cacheDir)).toHaveLength(thumbnailOutputs(png.width!, png.height!).length);
  });
});
