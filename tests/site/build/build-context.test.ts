// A build's context: the image work started before Eleventy loads encodes the screenshots that posts'
// folders hold (and only those) before any page asks, is handed to the build once, and is stopped,
// with what it had started awaited, when the build fails.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BuildContext } from "../../../site/build/build-context.ts";
import { thumbnailOutputs } from "../../../site/screenshots/thumbnail-spec.ts";

let dir: string;
const context = (cache: string) =>
  new BuildContext({ kind: "build", postsDir: path.join(dir, "posts"), screenshotsDir: path.join(dir, "screenshots"), cacheDir: path.join(dir, cache) });
const thumbnailsIn = (cache: string) => {
  const folder = path.join(dir, cache, "thumbnails");
  return existsSync(folder) ? readdirSync(folder, { recursive: true }).filter((f) => /\.(webp|jpg)$/.test(String(f))).length : 0;
};

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "npq-build-context-"));
  mkdirSync(path.join(dir, "posts/a-service"), { recursive: true });
  writeFileSync(path.join(dir, "posts/2024-01-01-a-post.md"), "---\ntitle: A post\n---\n");
  writeFileSync(path.join(dir, "posts/a-service/2024-01-02-b-post.md"), "---\ntitle: B post\n---\n");
  for (const [folder, width] of [["a-post", 1000], ["a-service/b-post", 800], ["nobody-shows-this", 700]] as const) {
    mkdirSync(path.join(dir, "screenshots", folder), { recursive: true });
    await sharp({ create: { width, height: 500, channels: 3, background: "#1d70b8" } }).png().toFile(path.join(dir, "screenshots", folder, "01-start.png"));
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a build's image work", () => {
  it("scans every screenshot and encodes those in posts' folders before any page asks", async () => {
    const build = context("cache-early");
    build.startImageWork();
    const work = build.takeImageWork();
    const scan = await work.scanning;
    expect([...scan.keys()]).toEqual(["a-post/01-start.png", "a-service/b-post/01-start.png", "nobody-shows-this/01-start.png"]);
    const stats = await work.queue.drain();
    // The file in no post's folder is left until a page asks for it.
    expect(stats).toMatchObject({ originals: 2, encoded: thumbnailOutputs(1000, 500).length + thumbnailOutputs(800, 500).length });
    expect(thumbnailsIn("cache-early")).toBe(thumbnailOutputs(1000, 500).length + thumbnailOutputs(800, 500).length);
  });

  it("is handed to one build: the next starts its own", () => {
    const build = context("cache-twice");
    const first = build.startImageWork();
    expect(build.takeImageWork()).toBe(first);
    const second = build.takeImageWork();
    expect(second).not.toBe(first);
    second.queue.cancel();
  });

  it("stops when the build fails: nothing more is queued, and what had started is finished first", async () => {
    const build = context("cache-stopped");
    const work = build.takeImageWork();
    await work.scanning;
    await build.stop();
    expect(build.stopped).toBe(true);
    // Every encoding that had begun has finished (the queue is idle), so nothing writes after stop().
    const settledAgain = await Promise.race([work.queue.settled().then(() => "idle"), new Promise((r) => setTimeout(() => r("busy"), 1000))]);
    expect(settledAgain).toBe("idle");
    expect(thumbnailsIn("cache-stopped")).toBeLessThanOrEqual(thumbnailOutputs(1000, 500).length + thumbnailOutputs(800, 500).length);
  });
});
