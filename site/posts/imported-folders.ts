// Whether a post comes from another design history: its folder's directory data names a
// `historyStyle` other than this site's (as `npm run import` writes it). There, what the site it came
// from let pass (a key it ignored, a link that led nowhere) is a warning here, not an error: the
// history builds as it was published, and the warnings say what to mend.
import { readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_HISTORY_STYLE } from "../markdown/history-style.ts";

export class ImportedFolders {
  readonly #root: string;
  readonly #known = new Map<string, boolean>();

  constructor(postsDir: string) {
    this.#root = path.resolve(postsDir);
  }

  /** Whether this file (any path to a post) is in a folder of posts imported from another history. */
  has(file: string): boolean {
    for (let dir = path.dirname(path.resolve(file)); dir.startsWith(this.#root); dir = path.dirname(dir)) {
      if (this.#folder(dir)) return true;
      if (dir === this.#root) break;
    }
    return false;
  }

  #folder(dir: string): boolean {
    let imported = this.#known.get(dir);
    if (imported === undefined) {
      imported = false;
      for (const name of [`${path.basename(dir)}.11tydata.json`, `${path.basename(dir)}.json`]) {
        try {
          const style = (JSON.parse(readFileSync(path.join(dir, name), "utf8")) as { historyStyle?: unknown }).historyStyle;
          if (style !== undefined && style !== DEFAULT_HISTORY_STYLE) imported = true;
        } catch {
          // no such data file, or not one to read here: Eleventy reports a broken one itself
        }
      }
      this.#known.set(dir, imported);
    }
    return imported;
  }
}
