// The encoder makes exactly what a plain sharp pipeline per thumbnail makes (the benchmark's floor:
// resized straight from the decoded original), for an opaque screenshot, whose alpha channel it
// drops first, and for one with transparency, which keeps it.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { encodeThumbnails, isOpaque } from "../../../site/screenshots/encode-thumbnails.ts";
import { THUMBNAIL_SPEC, thumbnailOutputs } from "../../../site/screenshots/thumbnail-spec.ts";

const dir = mkdtempSync(path.join(os.tmpdir(), "encode-thumbnails-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function plain(png: Buffer, width: number, format: "webp" | "jpeg"): Promise<Buffer> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  const pipeline = sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } }).resize({ width, withoutEnlargement: true });
  return (format === "webp" ? pipeline.webp(THUMBNAIL_SPEC.webp) : pipeline.flatten({ background: "#ffffff" }).jpeg(THUMBNAIL_SPEC.jpeg)).toBuffer();
}

const seed = path.resolve(import.meta.dirname, "../../../screenshots/additional-support-offer/06-check-your-answers.png");

describe("encodeThumbnails", () => {
  it.each([
    ["an opaque screenshot", () => sharp(seed).resize({ width: 1400 }).png().toBuffer(), true],
    ["a screenshot with transparency", () => sharp(seed).resize({ width: 1400 }).removeAlpha().ensureAlpha(0.5).png().toBuffer(), false],
  ] as const)("makes %s's thumbnails byte for byte as a plain pipeline does", async (name, make, opaque) => {
    const png = await make();
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect(await isOpaque({ data, raw: { width: info.width, height: info.height, channels: info.channels } })).toBe(opaque);
    const outputs = thumbnailOutputs(info.width, info.height);
    const jobs = outputs.map((output) => ({ output, target: path.join(dir, name, `${output.width}.${output.format}`) }));
    await encodeThumbnails(png, jobs);
    for (const { output, target } of jobs) expect(readFileSync(target).equals(await plain(png, output.width, output.format)), target).toBe(true);
  });
});
