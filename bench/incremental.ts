// Editing: with the dev server running on the corpus (`npm start`: Eleventy --serve --incremental with
// the project's config), the time from saving an edit to one post until its page in the output holds
// the edit. Several edits; the median is reported.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { treeCpuSeconds, treePeakRssMb } from "./measure.ts";
import { nodeArguments, npmScript } from "./npm-script.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * After "Server at", the file watcher still walks the project to set up its watches, and after each
 * rebuild the search index is written by Pagefind's own process: a designer's next edit comes later.
 * Wait until the server and its child processes are idle (under 5% of a core for a second), at most 60 s.
 */
async function waitUntilIdle(pid: number): Promise<void> {
  const until = performance.now() + 60_000;
  let last = treeCpuSeconds(pid);
  while (performance.now() < until) {
    await sleep(1000);
    const now = treeCpuSeconds(pid);
    if (now - last < 0.05) return;
    last = now;
  }
}

export interface IncrementalResult {
  seconds: number[];
  median: number;
  /** From the save until Eleventy tells the browser to reload (the whole rebuild, after the page). */
  reloadSeconds: number[];
  reloadMedian: number;
  startupSeconds: number;
  peakRssMb: number;
}

export async function measureIncremental(
  corpusRoot: string,
  postFile: string,
  outputPath: string,
  env: Record<string, string>,
  edits = 5,
  progress: (m: string) => void = () => {},
): Promise<IncrementalResult> {
  const port = 18000 + (process.pid % 1000);
  // As `npm start` runs it: package.json's start script, its environment and Node flags included.
  const start = npmScript(corpusRoot, "start");
  const child = spawn(
    process.execPath,
    [...nodeArguments(start, "start"), `--port=${port}`],
    { cwd: corpusRoot, env: { ...process.env, ...start.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: false },
  );
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  let peak = 0;
  const poll = setInterval(() => (peak = Math.max(peak, treePeakRssMb(child.pid!))), 200);
  const source = path.join(corpusRoot, "content/posts", postFile);
  const original = readFileSync(source, "utf8");
  const started = performance.now();
  try {
    while (!/Server at|Watching/.test(log)) {
      if (child.exitCode !== null) throw new Error(`The dev server stopped:\n${log.slice(-3000)}`);
      if (performance.now() - started > 600_000) throw new Error(`The dev server did not start in 10 minutes:\n${log.slice(-3000)}`);
      await sleep(50);
    }
    const startupSeconds = (performance.now() - started) / 1000;
    await waitUntilIdle(child.pid!);
    progress(`dev server ready in ${startupSeconds.toFixed(1)} s, idle after ${((performance.now() - started) / 1000).toFixed(1)} s; editing ${postFile} ${edits} times`);
    const seconds: number[] = [];
    const reloadSeconds: number[] = [];
    for (let i = 0; i < edits; i++) {
      const marker = `bench-edit-${Date.now()}-${i}`;
      const edited = original.replace(/\n## What we found\n/, `\n## What we found\n\nEdited: ${marker}.\n`);
      if (edited === original) throw new Error(`${postFile} has no "## What we found" heading to edit`);
      const logAtSave = log.length;
      const saved = performance.now();
      writeFileSync(source, edited);
      for (;;) {
        let html = "";
        try {
          html = readFileSync(outputPath, "utf8");
        } catch {
          // being written
        }
        if (html.includes(marker)) break;
        if (performance.now() - saved > 120_000) throw new Error(`The edit did not reach ${outputPath} in 2 minutes:\n${log.slice(-3000)}`);
        await sleep(5);
      }
      seconds.push((performance.now() - saved) / 1000);
      // Eleventy prints "Watching…" as it tells the browser to reload: when the designer sees the edit.
      while (!log.slice(logAtSave).includes("Watching")) {
        if (performance.now() - saved > 120_000) throw new Error(`The dev server did not finish the rebuild in 2 minutes:\n${log.slice(-3000)}`);
        await sleep(5);
      }
      reloadSeconds.push((performance.now() - saved) / 1000);
      await waitUntilIdle(child.pid!); // let the rebuild's tail (after-build work, reload) finish first
    }
    const sorted = [...seconds].sort((a, b) => a - b);
    const reloads = [...reloadSeconds].sort((a, b) => a - b);
    return { seconds, median: sorted[Math.floor(sorted.length / 2)]!, reloadSeconds, reloadMedian: reloads[Math.floor(reloads.length / 2)]!, startupSeconds, peakRssMb: peak };
  } finally {
    clearInterval(poll);
    writeFileSync(source, original);
    child.kill("SIGTERM");
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.on("close", r)));
  }
}
