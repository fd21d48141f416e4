// The benchmark: builds the corpus with the project's real build (cold, then warm), measures the dev
// server's edit-to-page time, the floors (bare sharp, bare Eleventy) and the peer, and weighs the seed
// post in Chromium, all in one run so the figures can be compared side by side.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureCorpus, SEED_SLUG } from "./corpus.ts";
import { measureIncremental } from "./incremental.ts";
import { measureCommand, type Measured } from "./measure.ts";
import { nodeArguments, npmScript } from "./npm-script.ts";
import { weighPages, type PageWeight } from "./page-weight.ts";
import { ensurePeerInstall, writePeerSite } from "./peer.ts";
import { thumbnailQuality } from "./thumbnail-quality.ts";
import { writeTextFloorSite } from "./text-floor.ts";

export interface BenchOptions {
  posts: number;
  screenshots: number;
  edits: number;
  /** Posts in a second, larger corpus (0: none) built cold, warm and edited after the main run. */
  scale: number;
  projectRoot: string;
  progress: (message: string) => void;
}

export interface BenchResult {
  posts: number;
  screenshots: number;
  cold_s: number;
  warm_s: number;
  incremental_s: number;
  image_s: number;
  sharp_floor_s: number;
  /** Least structural similarity of any cold-build thumbnail to the sharp floor's of the same width and format. */
  thumbnail_ssim_min: number;
  /** Bytes of the cold build's thumbnails over the sharp floor's, over the same pairs. */
  thumbnail_bytes_ratio: number;
  floor_s: number;
  peer_s: number;
  page_kb: number;
  peer_page_kb: number;
  peak_rss_mb: number;
  /** The larger corpus's figures (`--scale N`), beside the main corpus's. */
  scale?: ScaleResult;
  details: Record<string, unknown>;
}

/** A corpus of `posts` posts whose galleries reuse the main corpus's distinct screenshots. */
export interface ScaleResult {
  posts: number;
  /** Gallery images on its pages (hard links to `distinct_screenshots` files). */
  screenshot_references: number;
  distinct_screenshots: number;
  cold_s: number;
  warm_s: number;
  incremental_s: number;
  incremental_reload_s: number;
  peak_rss_mb: number;
  details: Record<string, unknown>;
}

export interface Target {
  name: string;
  check: string;
  ratio: number;
  limit: number;
  pass: boolean;
  /** "max": the ratio may not exceed the limit (the default); "min": it may not fall below it. */
  kind?: "max" | "min";
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export function targets(r: BenchResult): Target[] {
  const t = (name: string, check: string, value: number, limit: number): Target => ({ name, check, ratio: round(value, 3), limit, pass: value <= limit });
  const atLeast = (name: string, check: string, value: number, limit: number): Target => ({ name, check, ratio: round(value, 4), limit, pass: value >= limit, kind: "min" });
  return [
    t("warm rebuild vs cold", "warm_s / cold_s", r.warm_s / r.cold_s, 0.1),
    t("warm rebuild vs peer", "warm_s / peer_s", r.warm_s / r.peer_s, 0.5),
    t("text work", "(cold_s - image_s) / floor_s", (r.cold_s - r.image_s) / r.floor_s, 1.5),
    t("image work", "image_s / sharp_floor_s", r.image_s / r.sharp_floor_s, 0.5),
    atLeast("thumbnails look the same", "thumbnail_ssim_min (>=)", r.thumbnail_ssim_min, 0.98),
    t("thumbnail bytes", "thumbnail_bytes_ratio", r.thumbnail_bytes_ratio, 1.1),
    t("editing", "incremental_s (s)", r.incremental_s, 0.5),
    t("reading", "page_kb / peer_page_kb", r.page_kb / r.peer_page_kb, 0.2),
    t("memory", "peak_rss_mb (MiB)", r.peak_rss_mb, 1024),
    ...(r.scale ? scaleTargets(r, r.scale) : []),
  ];
}

/**
 * At `scale.posts` posts (issue 16: 10,000 against 1,000): a warm rebuild at most 1.2 times linear
 * (12x for ten times the posts), peak memory at most 2 GiB, an edit's page under `npm start` within 1 s.
 */
function scaleTargets(r: BenchResult, scale: ScaleResult): Target[] {
  const times = scale.posts / r.posts;
  const limit = round(1.2 * times, 2);
  return [
    { name: `warm rebuild at ${scale.posts} posts`, check: `scale.warm_s / warm_s`, ratio: round(scale.warm_s / r.warm_s, 3), limit, pass: scale.warm_s / r.warm_s <= limit },
    { name: `memory at ${scale.posts} posts`, check: "scale.peak_rss_mb (MiB)", ratio: scale.peak_rss_mb, limit: 2048, pass: scale.peak_rss_mb <= 2048 },
    { name: `editing at ${scale.posts} posts`, check: "scale.incremental_s (s)", ratio: scale.incremental_s, limit: 1, pass: scale.incremental_s <= 1 },
  ];
}

/** Run a measurement `times` times and keep the median run (these machines are shared and noisy). */
async function medianOf(times: number, run: () => Promise<Measured>): Promise<Measured & { samples: number[] }> {
  const runs: Measured[] = [];
  for (let i = 0; i < times; i++) runs.push(await run());
  const sorted = [...runs].sort((a, b) => a.seconds - b.seconds);
  return { ...sorted[Math.floor(sorted.length / 2)]!, peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)), samples: runs.map((r) => round(r.seconds)) };
}

function nodeTsx(script: string, ...args: string[]): [string, string[]] {
  return [process.execPath, ["--import", "tsx", script, ...args]];
}

/** How a corpus is built, the same in the main run and the scale phase: `npm run build` with the corpus's own cache. */
function corpusBuild(root: string) {
  const cacheDir = path.join(root, ".bench-cache");
  const output = path.join(root, "_site");
  // As `npm run build` runs it (package.json's build script, its environment included), into _site.
  const script = npmScript(root, "build");
  const env = { ...script.env, SITE_CACHE_DIR: cacheDir };
  const [cmd, args]: [string, string[]] = [process.execPath, [...nodeArguments(script, "build"), "--output", "_site", "--quiet"]];
  return {
    cacheDir,
    output,
    env,
    build: () => measureCommand(cmd, args, { cwd: root, env }),
    /** For a cold build: no cache, no output. */
    empty: () => {
      rmSync(cacheDir, { recursive: true, force: true });
      rmSync(output, { recursive: true, force: true });
    },
  };
}

/** Edits to the corpus's middle post under `npm start` (bench/incremental.ts), with the same build settings. */
async function measureEditing(root: string, options: BenchOptions) {
  const { output, env } = corpusBuild(root);
  const posts = readdirSync(path.join(root, "content/posts")).filter((f) => f.endsWith(".md")).sort();
  const edited = posts[Math.floor(posts.length / 2)]!;
  const editedSlug = edited.replace(/^\d{4}-\d{2}-\d{2}-/, "").replace(/\.md$/, "");
  const incremental = await measureIncremental(root, edited, path.join(output, editedSlug, "index.html"), env, options.edits, options.progress);
  options.progress(`  edit to page: ${incremental.seconds.map((s) => s.toFixed(3)).join(", ")} s (median ${incremental.median.toFixed(3)} s)`);
  options.progress(`  edit to reload: ${incremental.reloadSeconds.map((s) => s.toFixed(3)).join(", ")} s (median ${incremental.reloadMedian.toFixed(3)} s)`);
  return { posts, edited, incremental };
}

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const { progress, projectRoot } = options;
  const corpus = await ensureCorpus(projectRoot, options.posts, options.screenshots, progress);
  const root = corpus.root;
  const { cacheDir, output, build, empty } = corpusBuild(root);
  const imageSeconds = () => JSON.parse(readFileSync(path.join(cacheDir, "screenshot-stats.json"), "utf8")) as {
      seconds: number;
      encoded: number;
      originals: number;
      startedAt: number;
      finishedAt: number;
    };

  // Each floor is measured next to what it is compared with, so a change in the machine's load
  // between phases distorts the ratios as little as possible.
  // The sharp floor is measured just before and just after the cold build, and the mean is used:
  // this machine's speed drifts by 10-20% over minutes, and one floor three minutes away from the
  // build it is compared with moved the image ratio by as much.
  const list = path.join(projectRoot, ".bench/sharp-floor-files.json");
  const floorOut = path.join(projectRoot, ".bench/sharp-floor-out");
  writeFileSync(list, JSON.stringify(corpus.files));
  // The floor's thumbnails from the run after the cold build are kept until they have been compared
  // with the build's (bench/thumbnail-quality.ts).
  const measureSharpFloor = async (when: string, keep = false) => {
    progress(`sharp floor (${when} the cold build): ${corpus.files.length} originals, bare sharp on every core`);
    rmSync(floorOut, { recursive: true, force: true });
    const [scmd, sargs] = nodeTsx(path.join(projectRoot, "bench/sharp-floor.ts"), list, floorOut);
    const run = await measureCommand(scmd, sargs, { cwd: projectRoot });
    const result = JSON.parse(run.stdout.trim().split("\n").pop()!) as { seconds: number; outputs: number };
    if (!keep) rmSync(floorOut, { recursive: true, force: true });
    progress(`  sharp floor ${result.seconds.toFixed(1)} s for ${result.outputs} thumbnails`);
    return result;
  };
  const sharpBefore = await measureSharpFloor("before");

  const loadAtStart = readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
  progress(`cold build: empty cache and output (load average ${loadAtStart})`);
  empty();
  const cold = await build();
  const coldImages = imageSeconds();
  progress(`  cold ${cold.seconds.toFixed(1)} s (thumbnails ${coldImages.seconds.toFixed(1)} s for ${coldImages.originals} originals), peak ${cold.peakRssMb.toFixed(0)} MiB`);
  const sharpAfter = await measureSharpFloor("after", true);
  const sharpFloor = { seconds: (sharpBefore.seconds + sharpAfter.seconds) / 2, outputs: sharpBefore.outputs };

  progress("thumbnails: every one the cold build made against the sharp floor's of the same width and format (SSIM, bytes)");
  const quality = await thumbnailQuality(corpus.files, path.join(root, "screenshots"), cacheDir, floorOut);
  rmSync(floorOut, { recursive: true, force: true });
  progress(
    `  ${quality.compared} pairs: SSIM min ${quality.ssimMin.toFixed(4)}, mean ${quality.ssimMean.toFixed(4)}; ` +
      `bytes ${(quality.oursBytes / 1024 / 1024).toFixed(1)} MiB vs ${(quality.floorBytes / 1024 / 1024).toFixed(1)} MiB (${quality.identical} byte for byte the same)`,
  );
  if (quality.compared !== sharpFloor.outputs) throw new Error(`Compared ${quality.compared} thumbnails, but the floor made ${sharpFloor.outputs}`);

  progress("text floor: bare Eleventy, same Markdown, no layouts, macros or images");
  const floorRoot = writeTextFloorSite(projectRoot, root);
  const textFloor = await medianOf(3, () => {
    rmSync(path.join(floorRoot, "_site"), { recursive: true, force: true });
    return measureCommand(process.execPath, ["node_modules/@11ty/eleventy/cmd.cjs", "--input=posts", "--output=_site", "--quiet"], { cwd: floorRoot });
  });
  progress(`  floor ${textFloor.samples.join(", ")} s (median of 3)`);

  progress("warm build: nothing changed (median of 3)");
  const warm = await medianOf(3, build);
  progress(`  warm ${warm.samples.join(", ")} s, peak ${warm.peakRssMb.toFixed(0)} MiB`);

  const peerInstall = ensurePeerInstall(projectRoot, progress);
  const peerRoot = writePeerSite(projectRoot, root, peerInstall);
  progress("peer: GOV.UK Eleventy plugin 8.3.0, originals copied");
  const peer = await medianOf(3, () => {
    rmSync(path.join(peerRoot, "_site"), { recursive: true, force: true });
    return measureCommand(process.execPath, ["node_modules/@11ty/eleventy/cmd.cjs", "--quiet"], { cwd: peerRoot });
  });
  progress(`  peer ${peer.samples.join(", ")} s (median of 3), peak ${peer.peakRssMb.toFixed(0)} MiB`);

  progress("editing: dev server on the corpus");
  const { posts, edited, incremental } = await measureEditing(root, options);

  progress("page weight: the seed post in headless Chromium, 1280 x 800, before scrolling");
  const seedPath = `/${SEED_SLUG}/`;
  if (!existsSync(path.join(peerRoot, "_site", SEED_SLUG, "index.html"))) throw new Error("The peer did not build the seed post");
  const [ours1x, peer1x] = (await weighPages([{ root: output, path: seedPath }, { root: path.join(peerRoot, "_site"), path: seedPath }], 1)) as [PageWeight, PageWeight];
  const [ours2x, peer2x] = (await weighPages([{ root: output, path: seedPath }, { root: path.join(peerRoot, "_site"), path: seedPath }], 2)) as [PageWeight, PageWeight];
  progress(`  ours ${ours1x.kb.toFixed(0)} KiB, peer ${peer1x.kb.toFixed(0)} KiB (2x screen: ${ours2x.kb.toFixed(0)} vs ${peer2x.kb.toFixed(0)})`);

  const scale = options.scale > 0 ? await measureScale(options, corpus.screenshots) : undefined;

  return {
    posts: posts.length,
    screenshots: corpus.screenshots,
    cold_s: round(cold.seconds),
    warm_s: round(warm.seconds),
    incremental_s: round(incremental.median, 3),
    image_s: round(coldImages.seconds),
    sharp_floor_s: round(sharpFloor.seconds),
    thumbnail_ssim_min: round(quality.ssimMin, 4),
    thumbnail_bytes_ratio: round(quality.oursBytes / quality.floorBytes, 4),
    floor_s: round(textFloor.seconds),
    peer_s: round(peer.seconds),
    page_kb: round(ours1x.kb, 1),
    peer_page_kb: round(peer1x.kb, 1),
    peak_rss_mb: round(Math.max(cold.peakRssMb, warm.peakRssMb, incremental.peakRssMb), 0),
    ...(scale ? { scale } : {}),
    details: {
      // The text work on its own: a warm build encodes nothing, so all of it is text work.
      text_alone_vs_floor: round(warm.seconds / textFloor.seconds, 2),
      // cold_s - image_s in two parts: from starting the build to the first thumbnail (Node, tsx,
      // loading Eleventy and the config) and from the last thumbnail to the build's exit.
      cold_before_images_s: round((coldImages.startedAt - cold.startedAt) / 1000),
      cold_after_images_s: round((cold.endedAt - coldImages.finishedAt) / 1000),
      thumbnails_encoded_cold: coldImages.encoded,
      warm_runs_s: warm.samples,
      floor_runs_s: textFloor.samples,
      peer_runs_s: peer.samples,
      load_average_at_start: loadAtStart,
      load_average_at_end: readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" "),
      sharp_floor_thumbnails: sharpFloor.outputs,
      sharp_floor_runs_s: [round(sharpBefore.seconds), round(sharpAfter.seconds)],
      thumbnails_compared: quality.compared,
      thumbnails_identical: quality.identical,
      thumbnail_ssim_mean: round(quality.ssimMean, 4),
      thumbnail_ssim_worst: quality.worst && { ...quality.worst, ours: path.relative(projectRoot, quality.worst.ours), floor: path.relative(projectRoot, quality.worst.floor) },
      thumbnail_bytes: quality.oursBytes,
      sharp_floor_thumbnail_bytes: quality.floorBytes,
      thumbnail_seconds_compared: round(quality.seconds),
      incremental_runs_s: incremental.seconds.map((s) => round(s, 3)),
      // Save to the browser's reload signal (the rebuild's end): what the designer waits for.
      incremental_reload_s: round(incremental.reloadMedian, 3),
      incremental_reload_runs_s: incremental.reloadSeconds.map((s) => round(s, 3)),
      dev_server_startup_s: round(incremental.startupSeconds),
      cold_peak_rss_mb: round(cold.peakRssMb, 0),
      warm_peak_rss_mb: round(warm.peakRssMb, 0),
      dev_server_peak_rss_mb: round(incremental.peakRssMb, 0),
      peer_peak_rss_mb: round(peer.peakRssMb, 0),
      floor_peak_rss_mb: round(textFloor.peakRssMb, 0),
      page_requests: ours1x.requests,
      peer_page_requests: peer1x.requests,
      page_kb_by_type: ours1x.byType,
      peer_page_kb_by_type: peer1x.byType,
      page_kb_2x: round(ours2x.kb, 1),
      peer_page_kb_2x: round(peer2x.kb, 1),
      viewport: "1280x800, deviceScaleFactor 1 (2x figures alongside)",
      edited_post: edited,
      corpus: path.relative(projectRoot, root),
    },
  };
}

/**
 * The scale phase: a corpus of `options.scale` posts (galleries on every post, as in the main corpus's
 * pattern, cycling through the same distinct screenshots) built cold, warm (median of 3) and edited
 * under `npm start`, with the same commands as the main run.
 */
async function measureScale(options: BenchOptions, distinct: number): Promise<ScaleResult> {
  const { progress } = options;
  const corpus = await ensureCorpus(options.projectRoot, options.scale, options.screenshots, progress, true);
  const root = corpus.root;
  const { build, empty } = corpusBuild(root);
  progress(`scale: cold build of ${corpus.posts} posts (${corpus.screenshots} gallery images, ${distinct} distinct), empty cache and output`);
  empty();
  const cold = await build();
  progress(`  cold ${cold.seconds.toFixed(1)} s, peak ${cold.peakRssMb.toFixed(0)} MiB`);
  progress("scale: warm build, nothing changed (median of 3)");
  const warm = await medianOf(3, build);
  progress(`  warm ${warm.samples.join(", ")} s, peak ${warm.peakRssMb.toFixed(0)} MiB`);
  progress("scale: editing, dev server on the larger corpus");
  const { posts, edited, incremental } = await measureEditing(root, options);
  return {
    posts: posts.length,
    screenshot_references: corpus.screenshots,
    distinct_screenshots: distinct,
    cold_s: round(cold.seconds),
    warm_s: round(warm.seconds),
    incremental_s: round(incremental.median, 3),
    incremental_reload_s: round(incremental.reloadMedian, 3),
    peak_rss_mb: round(Math.max(cold.peakRssMb, warm.peakRssMb, incremental.peakRssMb), 0),
    details: {
      warm_runs_s: warm.samples,
      incremental_runs_s: incremental.seconds.map((s) => round(s, 3)),
      incremental_reload_runs_s: incremental.reloadSeconds.map((s) => round(s, 3)),
      dev_server_startup_s: round(incremental.startupSeconds),
      cold_peak_rss_mb: round(cold.peakRssMb, 0),
      warm_peak_rss_mb: round(warm.peakRssMb, 0),
      dev_server_peak_rss_mb: round(incremental.peakRssMb, 0),
      edited_post: edited,
      corpus: path.relative(options.projectRoot, root),
    },
  };
}
