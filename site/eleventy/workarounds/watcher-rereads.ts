// Workaround "watcher-rereads" (switches.ts). Under `npm start`, Eleventy's file watcher (chokidar 4,
// through @11ty/chokidar-with-glob-support) answers every event in a folder, a save included, by
// reading the whole folder again and lstat-ing each entry, to find files added or removed: with
// 10,000 posts in content/posts/ that is 10,000 lstat calls and their Stats objects on every save, on
// the thread that then rebuilds the site. A save that adds or removes nothing leaves the folder's
// names as they were, so the watcher's folder read is skipped when a plain list of the names (no
// stat) is the same as the one taken before its last read; any difference, and the folder's first
// read, go to chokidar as before. The file's own change event does not come from the folder read
// (chokidar watches each file too), so a save is still seen.
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { workaroundOn } from "./switches.ts";

type ReadFolder = (this: any, directory: string, initialAdd: boolean, wh: unknown, target: string | undefined, ...rest: unknown[]) => unknown;

let installed = false;

/** Eleventy's watcher module (@11ty/chokidar-with-glob-support), and the chokidar copy it loads. */
export function eleventysWatcher(): { FSWatcher: new (options: object) => any; NodeFsHandler: { prototype: { _handleRead: ReadFolder } } } {
  const fromEleventy = createRequire(createRequire(import.meta.url).resolve("@11ty/eleventy"));
  const withGlobs = createRequire(fromEleventy.resolve("@11ty/chokidar-with-glob-support"));
  return { FSWatcher: withGlobs("@11ty/chokidar-with-glob-support").FSWatcher, NodeFsHandler: withGlobs("chokidar/handler.js").NodeFsHandler };
}

/** A folder's names, in one string (no stat); undefined if it cannot be listed. */
function namesOf(directory: string): string | undefined {
  try {
    return readdirSync(directory).sort().join("\0");
  } catch {
    return undefined;
  }
}

export function skipUnchangedFolderReads(): void {
  if (installed || !workaroundOn("watcher-rereads")) return;
  installed = true;
  const proto = eleventysWatcher().NodeFsHandler.prototype;
  const readFolder = proto._handleRead;
  // Per watcher: each folder's names as listed just before the watcher's last read of it.
  const listed = new WeakMap<object, Map<string, string>>();
  proto._handleRead = function (this: any, directory, initialAdd, wh, target, ...rest) {
    const watcher = this.fsw as { _throttled?: Map<string, Map<string, unknown>> } | undefined;
    if (target !== undefined || !watcher) return readFolder.call(this, directory, initialAdd, wh, target, ...rest);
    const key = path.join(directory, "");
    const names = namesOf(key);
    // A read of this folder under way (chokidar's throttle) runs once more when it ends: that one is
    // compared with the names listed before the read under way, so nothing it missed is lost.
    const busy = watcher._throttled?.get("readdir")?.has(key) ?? false;
    let byFolder = listed.get(watcher);
    if (!byFolder) listed.set(watcher, (byFolder = new Map()));
    if (!busy && !initialAdd && names !== undefined && byFolder.get(key) === names) return undefined;
    // Listed before the read starts: a file added after the list but before the read is read now and
    // makes the next list differ, so it is never skipped unseen.
    if (!busy) {
      if (names === undefined) byFolder.delete(key);
      else byFolder.set(key, names);
    }
    return readFolder.call(this, directory, initialAdd, wh, target, ...rest);
  };
}
