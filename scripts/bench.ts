// `npm run bench`: measure the site against its floors and its peer, side by side in one run.
// The logic lives in bench/; this file parses arguments, shows progress and prints the result.
import path from "node:path";
import { runBench, targets, type BenchResult } from "../bench/run-bench.ts";
import { commandLineOrExit, wholeNumberOption } from "../common/command-line.ts";

const HELP = `Usage: npm run bench [-- --posts N] [-- --screenshots N] [-- --edits N] [-- --scale N] [-- --json]

Builds a generated corpus (default 1000 posts, 1000 distinct screenshots derived from the seed's real
screenshots) with the site's real build and compares it with its floors and its peer:
  cold_s          full build from nothing (empty cache and output)
  warm_s          the same build again, nothing changed
  incremental_s   dev server running: save an edit to one post until its page is rebuilt (median)
  image_s         the part of cold_s spent making thumbnails: from the first thumbnail queued to the
                  last one written (they are encoded while the pages render, so this overlaps text work)
  sharp_floor_s   a bare sharp loop making the same thumbnails on every core (mean of one run just
                  before and one just after the cold build)
  thumbnail_ssim_min    least SSIM of any cold-build thumbnail against the sharp floor's of the
                        same width and format (1 when their bytes are the same)
  thumbnail_bytes_ratio bytes of the cold build's thumbnails over the sharp floor's
  floor_s         bare Eleventy building the same Markdown, no layouts, macros or images
  peer_s          the same corpus with @x-govuk/govuk-eleventy-plugin 8.3.0, originals copied
  page_kb         bytes Chromium loads for the seed post before scrolling (ours, and peer_page_kb)
  peak_rss_mb     largest resident memory of any of our build processes

Options:
  --posts N         posts in the corpus (default 1000)
  --screenshots N   distinct screenshots in the corpus (default 1000)
  --edits N         edits timed on the dev server (default 5)
  --scale N         then also build a corpus of N posts (galleries on every post, reusing the same
                    distinct screenshots) cold, warm and edited, and report it as "scale" beside
                    the main figures, with its targets: warm rebuild <= 1.2 x linear (12x at ten
                    times the posts), peak memory <= 2 GiB, edit to page <= 1 s
  --json            print one JSON object on stdout (progress still goes to stderr)
The corpus, generated screenshots and the peer install are cached in .bench/.`;

const { values } = commandLineOrExit(process.argv.slice(2), {
  command: "npm run bench",
  help: HELP,
  options: { posts: { type: "string" }, screenshots: { type: "string" }, edits: { type: "string" }, scale: { type: "string" }, json: { type: "boolean" } },
});
function intOption(name: string, fallback: number): number {
  try {
    return wholeNumberOption(values, name.replace(/^--/, ""), fallback);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}

const started = performance.now();
const progress = (message: string) => {
  const t = ((performance.now() - started) / 1000).toFixed(0).padStart(4);
  process.stderr.write(`[bench ${t}s] ${message}\n`);
};

let result: BenchResult;
try {
  result = await runBench({
    posts: intOption("--posts", 1000),
    screenshots: intOption("--screenshots", 1000),
    edits: intOption("--edits", 5),
    scale: intOption("--scale", 0),
    projectRoot: path.resolve(import.meta.dirname, ".."),
    progress,
  });
} catch (error) {
  console.error(`\nBenchmark failed: ${(error as Error).message}`);
  process.exit(1);
}

const checks = targets(result);
if (values.json) {
  console.log(JSON.stringify({ ...result, targets: checks, total_s: Math.round((performance.now() - started) / 1000) }, null, 2));
} else {
  const figures = Object.entries(result).filter(([, v]) => typeof v === "number");
  const lines = ["", "figure          value", ...figures.map(([k, v]) => `${k.padEnd(15)} ${String(v)}`), ""];
  if (result.scale) {
    const scaleFigures = Object.entries(result.scale).filter(([, v]) => typeof v === "number");
    lines.push(`at ${result.scale.posts} posts`, ...scaleFigures.map(([k, v]) => `${`scale.${k}`.padEnd(28)} ${String(v)}`), "");
  }
  lines.push(`${"target".padEnd(24)} ${"measure".padEnd(30)} ${"ratio".padStart(7)} ${"limit".padStart(7)}  result`);
  for (const c of checks) lines.push(`${c.name.padEnd(24)} ${c.check.padEnd(30)} ${String(c.ratio).padStart(7)} ${`${c.kind === "min" ? ">=" : "<="}${c.limit}`.padStart(7)}  ${c.pass ? "PASS" : "MISS"}`);
  // Thumbnails are encoded while pages render, so cold_s - image_s is the text work the images do not
  // hide; a warm build (nothing to encode) shows the text work on its own. Both are reported.
  lines.push("", `text work on its own (warm build / floor): ${result.details.text_alone_vs_floor}x the floor`);
  lines.push(`cold_s - image_s: ${result.details.cold_before_images_s} s before the first thumbnail, ${result.details.cold_after_images_s} s after the last`);
  lines.push(`edit to the browser's reload (the whole rebuild): ${result.details.incremental_reload_s} s`);
  lines.push("", `${checks.filter((c) => c.pass).length}/${checks.length} targets met; details: npm run bench -- --json`);
  console.log(lines.join("\n"));
}
