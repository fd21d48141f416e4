// A rescan under `npm start` starts from the last scan: unchanged files come back as the very same
// objects (so they are not queued for thumbnails again), and new, changed and removed files are seen.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentHashOf, recordContentHashes, scanScreenshots, type ScreenshotFile } from "../../../site/screenshots/screenshot-library.ts";

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

  it("records content hashes in the cache file once, and reads the file again only for files it has not recorded", async () => {
    const library = await scanScreenshots(shots(), cache());
    const cachePath = path.join(cache(), "screenshot-metadata.json");
    const onDisk = () => JSON.parse(readFileSync(cachePath, "utf8")) as Record<string, { contentHash?: string }>;
    const start = library.get("a-post/01-start.png")!;
    start.contentHash = contentHashOf(readFileSync(start.absolutePath));
    await recordContentHashes(cache(), library.values());
    expect(onDisk()["a-post/01-start.png"]!.contentHash).toBe(start.contentHash);
    expect(onDisk()["a-post/04-new.png"]!.contentHash).toBeUndefined(); // not hashed yet

    // The same objects again (a rebuild under npm start): the cache file is not read or written, so
    // an entry planted in it since stays as it is.
    const planted = { ...onDisk(), "a-post/01-start.png": { ...onDisk()["a-post/01-start.png"], contentHash: "planted" } };
    writeFileSync(cachePath, JSON.stringify(planted));
    await recordContentHashes(cache(), library.values());
    expect(onDisk()["a-post/01-start.png"]!.contentHash).toBe("planted");

    // A file hashed since (not recorded yet) sends it to the cache file, which is read afresh.
    const added = library.get("a-post/04-new.png")!;
    added.contentHash = contentHashOf(readFileSync(added.absolutePath));
    await recordContentHashes(cache(), library.values());
    expect(onDisk()["a-post/04-new.png"]!.contentHash).toBe(added.contentHash);
    expect(onDisk()["a-post/01-start.png"]!.contentHash).toBe("planted");
  });
});
