// A rescan under `npm start` starts from the last scan: unchanged files come back as the very same
// objects (so they are not queued for thumbnails again), and new, changed and removed files are seen.
import { mkdirSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scanScreenshots, type ScreenshotFile } from "../../../site/screenshots/screenshot-library.ts";

let dir: string;
const shots = () => path.join(dir, "screenshots");
const cache = () => path.join(dir, "cache");
const png = (width: number) => sharp({ create: { width, height: 300, channels: 3, background: "#00703c" } }).png().toBuffer();

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "npq-rescan-"));
  mkdirSync(path.join(shots(), "a-post"), { recursive: true });
  writeFileSync(path.join(shots(), "a-post/01-start.png"), await png(800));
  writeFileSync(path.join(shots(), "a-post/02-end.png"), await png(900));
  mkdirSync(path.join(shots(), "a-post/.hidden"), { recursive: true });
  writeFileSync(path.join(shots(), "a-post/.hidden/03-draft.png"), await png(700));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("scanScreenshots from the last scan", () => {
  it("returns unchanged files as the same objects, and finds new, changed and removed ones", async () => {
    const first = await scanScreenshots(shots(), cache());
    expect([...first.keys()]).toEqual(["a-post/01-start.png", "a-post/02-end.png"]); // hidden folders skipped
    expect(first.get("a-post/01-start.png")).toMatchObject({ width: 800, height: 300, format: "png" });

    // Nothing changed: every file is the object the last scan returned.
    const second = await scanScreenshots(shots(), cache(), undefined, first);
    for (const [key, file] of second) expect(file).toBe(first.get(key));

    // One file replaced by a wider image, one added, one removed.
    const changedPath = path.join(shots(), "a-post/01-start.png");
    writeFileSync(changedPath, await png(1200));
    const later = new Date(statSync(changedPath).mtimeMs + 5000);
    utimesSync(changedPath, later, later);
    writeFileSync(path.join(shots(), "a-post/04-new.png"), await png(1000));
    rmSync(path.join(shots(), "a-post/02-end.png"));
    const seen: ScreenshotFile[] = [];
    const third = await scanScreenshots(shots(), cache(), (file) => seen.push(file), second);
    expect([...third.keys()]).toEqual(["a-post/01-start.png", "a-post/04-new.png"]);
    expect(third.get("a-post/01-start.png")).not.toBe(second.get("a-post/01-start.png"));
    expect(third.get("a-post/01-start.png")).toMatchObject({ width: 1200 });
    expect(third.get("a-post/04-new.png")).toMatchObject({ width: 1000 });
    expect(seen.map((f) => f.key).sort()).toEqual(["a-post/01-start.png", "a-post/04-new.png"]);

    // The metadata cache on disk follows: a fresh scan (no last scan) agrees with the rescan.
    const fresh = await scanScreenshots(shots(), cache());
    expect([...fresh].map(([key, f]) => [key, f.width, f.size, f.mtimeMs])).toEqual([...third].map(([key, f]) => [key, f.width, f.size, f.mtimeMs]));
  });
});
