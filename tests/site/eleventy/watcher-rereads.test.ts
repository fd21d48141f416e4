// Workaround "watcher-rereads" (site/eleventy/workarounds/watcher-rereads.ts), on the watcher Eleventy
// itself loads: with the switch off, a save in a folder makes chokidar read the whole folder again;
// with it on, a save is still seen and reads nothing, and files added or removed are still seen.
// The workaround patches chokidar once per process, so the "off" case runs first, in this file's own
// process.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eleventysWatcher, skipUnchangedFolderReads } from "../../../site/eleventy/workarounds/watcher-rereads.ts";

const { FSWatcher } = eleventysWatcher();

let dir: string;
const FILES = 300;
const file = (i: number) => path.join(dir, `post-${String(i).padStart(4, "0")}.md`);

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "npq-watch-"));
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < FILES; i++) writeFileSync(file(i), `# Post ${i}\n`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Watch the folder; `folderReads` counts chokidar's reads of a whole folder (its readdirp streams). */
async function watching() {
  const watcher = new FSWatcher({ ignoreInitial: true, persistent: true });
  let folderReads = 0;
  const readdirp = watcher._readdirp.bind(watcher);
  watcher._readdirp = (...args: unknown[]) => {
    folderReads++;
    return readdirp(...args);
  };
  const events: string[] = [];
  watcher.on("all", (event: string, changed: string) => events.push(`${event} ${path.basename(changed)}`));
  watcher.add(dir);
  await new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
  const until = async (event: string) => {
    const end = Date.now() + 20_000;
    while (!events.includes(event)) {
      if (Date.now() > end) throw new Error(`no "${event}" from the watcher in 20 s; it reported: ${events.join(", ") || "nothing"}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    await new Promise((r) => setTimeout(r, 300)); // let any folder read the same event started begin
  };
  /** Save post `i` in place (adding nothing to the folder); how many folder reads that set off. */
  const readsForSave = async (i: number) => {
    const before = folderReads;
    writeFileSync(file(i), `# Post ${i}, saved\n`);
    await until(`change ${path.basename(file(i))}`);
    return folderReads - before;
  };
  return { watcher, until, readsForSave };
}

describe("watcher-rereads", () => {
  it("with it off, chokidar reads the whole folder again for a save that adds nothing", async () => {
    process.env.NPQ_WORKAROUNDS_OFF = "watcher-rereads";
    skipUnchangedFolderReads(); // switched off: installs nothing
    delete process.env.NPQ_WORKAROUNDS_OFF;
    const w = await watching();
    try {
      expect(await w.readsForSave(7)).toBeGreaterThanOrEqual(1);
    } finally {
      await w.watcher.close();
    }
  });

  it("with it on, a save is seen without reading the folder again; an added and a removed file are seen", async () => {
    skipUnchangedFolderReads();
    const w = await watching();
    try {
      expect(await w.readsForSave(8)).toBe(0);

      writeFileSync(path.join(dir, "new-post.md"), "# New\n");
      await w.until("add new-post.md");
      rmSync(file(9));
      await w.until(`unlink ${path.basename(file(9))}`);
      // And a save after them is again read-free.
      expect(await w.readsForSave(10)).toBe(0);
    } finally {
      await w.watcher.close();
    }
  });
});
