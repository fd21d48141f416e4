// A tiny Eleventy site in a temporary folder, for tests of how the pinned Eleventy itself behaves
// (site/eleventy/workarounds/): built once through the programmatic API, or served under --watch
// --incremental while a file is edited, counting which templates Eleventy renders.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Eleventy from "@11ty/eleventy";
import { PROJECT_ROOT } from "./fixture-project.ts";

export interface TinySite {
  root: string;
  read(file: string): string;
  dispose(): void;
}

function writeAll(root: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
}

/** Build `files` (paths under in/) once, with `config` as the configuration callback. */
export async function tinyBuild(files: Record<string, string>, config: (eleventyConfig: any) => void): Promise<TinySite> {
  const root = mkdtempSync(path.join(os.tmpdir(), "npq-tiny-"));
  writeAll(path.join(root, "in"), files);
  const eleventy = new Eleventy(path.join(root, "in"), path.join(root, "out"), { quietMode: true, config });
  eleventy.logger.overrideLogger({ ...console, log: () => {}, warn: () => {} });
  await eleventy.write();
  return { root, read: (file) => readFileSync(path.join(root, "out", file), "utf8"), dispose: () => rmSync(root, { recursive: true, force: true }) };
}

/**
 * Serve `files` with `eleventy --watch --incremental` (through tsx, so data files may import the
 * project's TypeScript), make `edit` once the first build is done, and return the lines each build
 * printed (builds[0] the first, builds[1] the one the edit started).
 */
export async function watchAndEdit(files: Record<string, string>, edit: Record<string, string>, env: Record<string, string> = {}): Promise<string[][]> {
  const root = mkdtempSync(path.join(os.tmpdir(), "npq-tiny-watch-"));
  writeAll(root, files);
  const child = spawn(process.execPath, ["--import", pathToFileURL(path.join(PROJECT_ROOT, "node_modules/tsx/dist/loader.mjs")).href, path.join(PROJECT_ROOT, "node_modules/@11ty/eleventy/cmd.cjs"), "--config=config.mjs", "--input=in", "--output=out", "--watch", "--incremental"], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  const builds = () => (log.match(/Watching/g) ?? []).length;
  const until = async (what: string, ready: () => boolean, timeoutMs = 30_000) => {
    const end = Date.now() + timeoutMs;
    while (!ready()) {
      if (child.exitCode !== null) throw new Error(`Eleventy stopped while waiting for ${what}:\n${log}`);
      if (Date.now() > end) throw new Error(`Timed out waiting for ${what}:\n${log}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  try {
    await until("the first build", () => builds() >= 1);
    // A save in the moment after "Watching" can go unseen while the watcher starts: save until seen.
    for (let attempt = 0; builds() < 2 && attempt < 10; attempt++) {
      writeAll(root, edit);
      await until("the rebuild", () => builds() >= 2, 3_000).catch(() => {});
    }
    await until("the rebuild", () => builds() >= 2);
    return log.split(/^.*Watching.*$/m).slice(0, 2).map((part) => part.split("\n").filter(Boolean));
  } finally {
    child.kill();
    rmSync(root, { recursive: true, force: true });
  }
}
