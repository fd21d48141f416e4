// The head start of `npm run build`: the image work begun before Eleventy loads is handed to the
// screenshots plugin once, and only for the folders it was started for.
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { dropHeadStart, startBeforeEleventy, takeHeadStart } from "../../lib/screenshots/head-start.ts";
import { thumbnailOutputs } from "../../lib/screenshots/thumbnail-spec.ts";

let dir: string;
let screenshotsDir: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "npq-head-start-"));
  screenshotsDir = path.join(dir, "screenshots");
  mkdirSync(path.join(screenshotsDir, "a-post"), { recursive: true });
  await sharp({ create: { width: 1000, height: 500, channels: 3, background: "#1d70b8" } }).png().toFile(path.join(screenshotsDir, "a-post", "01-start.png"));
});
afterEach(() => dropHeadStart());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("head start", () => {
  it("scans and encodes every screenshot before any page asks, and is handed over once", async () => {
    const cacheDir = path.join(dir, "cache-take");
    startBeforeEleventy(screenshotsDir, cacheDir);
    const work = takeHeadStart(path.relative(process.cwd(), screenshotsDir), cacheDir); // same folder, spelled differently
    expect(work).toBeDefined();
    expect(takeHeadStart(screenshotsDir, cacheDir)).toBeUndefined();
    const scan = await work!.scanning;
    expect([...scan.keys()]).toEqual(["a-post/01-start.png"]);
    const stats = await work!.queue.drain();
    expect(stats).toMatchObject({ originals: 1, encoded: thumbnailOutputs(1000).length });
    expect(readdirSync(path.join(cacheDir, "thumbnails"), { recursive: true }).filter((f) => /\.(webp|jpg)$/.test(String(f)))).toHaveLength(thumbnailOutputs(1000).length);
  });

  it("is not handed to a build that looks in other folders", () => {
    startBeforeEleventy(screenshotsDir, path.join(dir, "cache-a"));
    expect(takeHeadStart(screenshotsDir, path.join(dir, "cache-b"))).toBeUndefined();
    expect(takeHeadStart(path.join(dir, "elsewhere"), path.join(dir, "cache-a"))).toBeUndefined();
    expect(takeHeadStart(screenshotsDir, path.join(dir, "cache-a"))).toBeDefined();
  });
});
