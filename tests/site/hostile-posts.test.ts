// Hostile posts, generated (issue 20, item 2). fast-check makes hundreds of posts by mutating valid
// ones (tests/site/hostile-posts/hostile-posts.ts lists every mutation and what the build must do
// with it) and builds them in batches, many posts a build, in a copy of the project:
// - a post the build must refuse is named in the build's report, under its file, with the field, the
//   line or the gallery item (the one expected, where the post says), and never with a stack trace;
// - a post the build must accept is not named, and, once its batch's bad posts are removed, is built
//   with the others: its heading reads as its title (escaped) and the page after it is whole (parsed
//   as a browser parses it), and in Chromium, under the site's Content Security Policy, none of the
//   scripts planted in it runs (every handler fired, every javascript: link clicked), though they do
//   with the policy taken off;
// - after every failed build, _site/ (the last good build) is byte for byte as it was.
// A fixed seed by default, logged; HOSTILE_POSTS_SEED=<n> replays another run, HOSTILE_POSTS_BATCHES
// makes it longer (docs/testing.md). Batch b is fast-check's sample for seed + b.
import fc from "fast-check";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "parse5";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStaticSite, type StaticSite } from "../../tools/checks/static-server.ts";
import { launchChromium } from "../helpers/browser.ts";
import { createBuiltFixture, fingerprintFolder, type FixtureProject } from "../helpers/fixture-project.ts";
import { describeRun, type ScriptRun } from "../helpers/run-script.ts";
import { hostilePostArb, KINDS, MARKER, type Expectation, type HostilePost, type Where } from "./hostile-posts/hostile-posts.ts";

const DEFAULT_SEED = 20_200_002;
const SEED = Number(process.env.HOSTILE_POSTS_SEED ?? DEFAULT_SEED);
const BATCHES = Number(process.env.HOSTILE_POSTS_BATCHES ?? 4);
/** A build's own work is most of its time (about 4 s of CPU with no post, 0.06 s more a post): few big batches. */
const POSTS_PER_BATCH = 128;
/** A build of a batch that takes longer than this has hung (one takes seconds). */
const BUILD_TIMEOUT_MS = 120_000;

let project: FixtureProject;
let goodSite: Map<string, string>;

beforeAll(() => {
  ({ project, goodSite } = createBuiltFixture());
});
afterAll(() => project?.dispose());

// ---------------------------------------------------------------------------------------------------
// The build's report: "N problems in M files (...):", then each file and its problems ("- where: message").

const REPORT_HEADING = /^\d+ problems? in \d+ files? \(the build reports them all at once\):$/;
/** The forms a problem's place may take: a field, a line (a gallery's: "line 12, appScreenshots item 3"), an image, the file's name or address. */
const NAMED_PLACE = /^(field "|lines? \d+|image "|file name: |address: )/;

function problemsByFile(stderr: string): Map<string, string[]> {
  const byFile = new Map<string, string[]>();
  const lines = stderr.split("\n");
  const start = lines.findIndex((l) => REPORT_HEADING.test(l.trim()));
  if (start === -1) return byFile;
  let current: string[] | undefined;
  for (const line of lines.slice(start + 1)) {
    if (/^ {2}\S/.test(line)) byFile.set(line.trim(), (current = []));
    else if (/^ {4}- /.test(line) && current) current.push(line.slice(6));
  }
  return byFile;
}

/** The line numbers a `Where` allows in a post's text. */
function linesFor(text: string, where: Where): number[] | undefined {
  if ("text" in where) return undefined;
  const lines = text.split(/\r?\n/);
  const first = (needle: string, from = 0) => lines.findIndex((l, i) => i >= from && l.includes(needle));
  if ("lineOf" in where) return [first(where.lineOf) + 1];
  const from = first(where.lineIn[0]);
  const to = where.lineIn[1] === null ? lines.length - 1 : first(where.lineIn[1], from + 1);
  return Array.from({ length: (to === -1 ? lines.length - 1 : to) - from + 1 }, (_, i) => from + i + 1);
}

function matches(problem: string, text: string, where: Where): boolean {
  if ("text" in where) {
    if (where.at === undefined) return problem.startsWith(where.text);
    const line = text.split(/\r?\n/).findIndex((l) => l.includes(where.at!)) + 1;
    return problem.startsWith(`line ${line}, ${where.text}`);
  }
  const allowed = linesFor(text, where)!;
  const named = /^lines? ([\d, or]+):/.exec(problem)?.[1]?.match(/\d+/g)?.map(Number) ?? [];
  return named.some((n) => allowed.includes(n));
}

/** What is wrong with how the build reported one post, or nothing. */
function reportProblems(post: HostilePost, problems: string[]): string[] {
  const wrong: string[] = [];
  for (const p of problems) if (!NAMED_PLACE.test(p)) wrong.push(`names no field, line or item: "${p.slice(0, 300)}"`);
  if (!post.expected.length) {
    if (problems.length) wrong.push("is a post the build must accept, but the build named it");
    return wrong;
  }
  if (!problems.length) return [...wrong, "must be refused, but the build did not name it"];
  // What stops what: unreadable YAML hides the rest; wrong front matter leaves the post out (nothing
  // renders); a Nunjucks error is the one named; a gallery-wide problem hides its items'; HTML that
  // would swallow the page has the post shown as a notice, whose links are not the body's.
  const level = Math.min(...post.expected.map((e) => e.level));
  const checked = post.expected.filter((e) => e.level === level || (level === 3 && e.level >= 3));
  const wide = checked.some((e) => e.galleryWide);
  const swallowed = checked.some((e) => e.swallows);
  const due = checked.filter((e) => !(wide && e.galleryItem) && !(swallowed && e.bodyLink));
  const found = (e: Expectation) => problems.filter((p) => matches(p, post.text, e.where)).length;
  if (level <= 2) {
    // One YAML error or one Nunjucks error is reported a post: any of the expected ones.
    if (level !== 1 && !due.some((e) => found(e) > 0)) wrong.push(`should be named at ${due.map((e) => describeWhere(post.text, e.where)).join(" or ")}`);
  }
  if (level === 1 || level === 3) {
    for (const e of due) {
      const n = found(e);
      if (e.count !== undefined ? n < e.count : n === 0) wrong.push(`should be named at ${describeWhere(post.text, e.where)}${e.count ? ` ${e.count} times (was ${n})` : ""} (${e.by})`);
    }
  }
  return wrong;
}

const describeWhere = (text: string, where: Where) =>
  "text" in where ? `"${where.at ? `line ${text.split(/\r?\n/).findIndex((l) => l.includes(where.at!)) + 1}, ` : ""}${where.text}..."` : `line ${linesFor(text, where)!.join(" or ")}`;

// ---------------------------------------------------------------------------------------------------
// Saying what went wrong: the seed, the post, what was expected, and the whole run.

const failuresDir = path.join(os.tmpdir(), `hostile-posts-${SEED}`);
const clip = (text: string, n = 3000) => (text.length > n ? `${text.slice(0, n)}\n... (${text.length - n} more characters; the whole post is in ${failuresDir})` : text);

function describeFailures(batch: number | "final", failures: { post: HostilePost; wrong: string[]; problems: string[] }[], run: ScriptRun): string {
  mkdirSync(failuresDir, { recursive: true });
  const parts = failures.slice(0, 5).map(({ post, wrong, problems }) => {
    writeFileSync(path.join(failuresDir, path.basename(post.file)), post.text);
    return [
      `${post.file} ${wrong.join("; ")}`,
      `  mutations: ${post.mutations.join(", ")}`,
      `  expected: ${post.expected.length ? post.expected.map((e) => `${describeWhere(post.text, e.where)} (level ${e.level}, ${e.by})`).join(", ") : "it builds"}`,
      `  named: ${problems.length ? problems.slice(0, 10).map((p) => p.slice(0, 200)).join(" | ") : "nothing"}`,
      `  text:\n${clip(post.text)}`,
    ].join("\n");
  });
  return [
    `Hostile posts: seed ${SEED}, batch ${batch}; replay with HOSTILE_POSTS_SEED=${SEED} npx vitest run tests/site/hostile-posts.test.ts`,
    `${failures.length} post(s) reported wrongly${failures.length > 5 ? " (the first 5)" : ""}:`,
    ...parts,
    describeRun(run),
  ].join("\n\n");
}

// ---------------------------------------------------------------------------------------------------
// Each published page as a browser reads it (parse5, the WHATWG parser): its heading, and whether the
// page after the post (the footer, the site's script) is still there, or swallowed by the post.

interface Node5 {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node5[];
  value?: string;
}

function* elements(node: Node5): Generator<Node5> {
  for (const child of node.childNodes ?? []) {
    yield child;
    yield* elements(child);
  }
}
const attr = (node: Node5, name: string) => node.attrs?.find((a) => a.name === name)?.value;
const classes = (node: Node5) => (attr(node, "class") ?? "").split(/\s+/);
const textOf = (node: Node5): string => (node.nodeName === "#text" ? (node.value ?? "") : (node.childNodes ?? []).map(textOf).join(""));

function readPage(html: string): { heading: string; pageWhole: boolean } {
  const all = [...elements(parse(html) as unknown as Node5)];
  const main = all.find((n) => n.nodeName === "main");
  const h1 = main && [...elements(main)].find((n) => n.nodeName === "h1");
  const footer = all.find((n) => n.nodeName === "footer" && classes(n).includes("govuk-template__footer"));
  const footerWhole = footer !== undefined && [...elements(footer)].some((n) => classes(n).includes("govuk-footer"));
  const script = all.some((n) => n.nodeName === "script" && attr(n, "src") === "/assets/site.js");
  return { heading: h1 ? textOf(h1) : "", pageWhole: footerWhole && script };
}

// In Chromium: fire everything a planted script could hang on, and record every call of the marker.

async function visit(context: BrowserContext, url: string): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: "load" });
    await page.evaluate(async () => {
      for (const el of Array.from(document.querySelectorAll("*"))) {
        for (const attr of Array.from(el.attributes)) if (attr.name.startsWith("on")) el.dispatchEvent(new Event(attr.name.slice(2)));
        const href = (el.getAttribute("href") ?? el.getAttribute("xlink:href") ?? "").trim().toLowerCase();
        if (href.startsWith("javascript:")) el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
      }
      for (const form of Array.from(document.forms)) if ((form.getAttribute("action") ?? "").trim().toLowerCase().startsWith("javascript:")) form.requestSubmit();
      // Let what was queued run (a javascript: navigation, a refresh) before the marker calls are read.
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
  } finally {
    await page.close();
  }
}

/** Visit every address, a few at a time. */
async function visitAll(context: BrowserContext, urls: string[], atOnce = 3): Promise<void> {
  const queue = [...urls];
  await Promise.all(Array.from({ length: atOnce }, async () => {
    for (let url = queue.shift(); url; url = queue.shift()) await visit(context, url);
  }));
}

const normalise = (s: string) => s.replace(/\s+/g, " ").trim();

// ---------------------------------------------------------------------------------------------------

describe("hostile posts, generated", () => {
  it("are each either built with no script of theirs running, or named with their field or line; _site/ is kept", async () => {
    console.log(`hostile posts: seed ${SEED}, ${BATCHES} batches of ${POSTS_PER_BATCH} (replay: HOSTILE_POSTS_SEED=${SEED})`);
    const counts = { tried: 0, refused: 0, accepted: 0, builds: 0, failedCleanly: 0, succeeded: 0, plants: 0, planted: 0 };
    const accepted: HostilePost[] = [];
    const seconds: number[] = [];

    for (let batch = 0; batch < BATCHES; batch++) {
      const arb = fc.tuple(...Array.from({ length: POSTS_PER_BATCH }, (_, i) => hostilePostArb(batch * POSTS_PER_BATCH + i, `${batch}x${i}`)));
      const posts = fc.sample(arb, { seed: SEED + batch, numRuns: 1 })[0]!;
      for (const post of posts) project.write(post.file, post.text);
      counts.tried += posts.length;

      const started = performance.now();
      const run = project.build([], {}, { timeoutMs: BUILD_TIMEOUT_MS });
      seconds.push((performance.now() - started) / 1000);
      counts.builds++;
      const report = problemsByFile(run.stderr);
      const failures = posts.map((post) => ({ post, problems: report.get(post.file) ?? [], wrong: [] as string[] }));
      for (const f of failures) f.wrong = reportProblems(f.post, f.problems);
      const mustFail = posts.some((p) => p.expected.length);
      const general: string[] = [];
      if (run.signal || run.error) general.push(`the build did not finish (${run.signal ?? run.error})`);
      if (mustFail && run.status !== 1) general.push(`the build exited with ${run.status}, not 1`);
      if (/^\s+at .+:\d+:\d+\)?$/m.test(run.stderr)) general.push("the build printed a stack trace");
      const strangers = [...report.keys()].filter((file) => !posts.some((p) => p.file === file));
      if (strangers.length) general.push(`the build named files that are no post of this batch: ${strangers.join(", ")}`);
      if (run.status !== 0) {
        const site = fingerprintFolder(path.join(project.root, "_site"));
        if (JSON.stringify([...site]) !== JSON.stringify([...goodSite])) general.push("_site/ changed although the build failed");
      }
      const wrong = failures.filter((f) => f.wrong.length);
      if (general.length || wrong.length) {
        throw new Error(`${general.join("; ")}\n\n${describeFailures(batch, wrong, run)}`);
      }
      if (run.status === 0) {
        counts.succeeded++;
        goodSite = fingerprintFolder(path.join(project.root, "_site"));
      } else counts.failedCleanly++;

      for (const post of posts) {
        if (post.expected.length) {
          counts.refused++;
          project.remove(post.file);
        } else accepted.push(post);
      }
    }

    // Every accepted post of every batch, built together.
    const started = performance.now();
    const run = project.build([], {}, { timeoutMs: BUILD_TIMEOUT_MS });
    seconds.push((performance.now() - started) / 1000);
    counts.builds++;
    if (run.status !== 0) {
      const report = problemsByFile(run.stderr);
      const named = accepted.filter((p) => report.has(p.file)).map((post) => ({ post, problems: report.get(post.file)!, wrong: ["was accepted in its batch, but not with the others"] }));
      throw new Error(describeFailures("final", named, run));
    }
    counts.succeeded++;
    counts.accepted = accepted.length;

    // Every accepted post reads as it was written, and leaves the page after it whole.
    const broken: string[] = [];
    for (const post of accepted) {
      const file = path.join(project.root, "_site", decodeURIComponent(post.url), post.url.endsWith("/") ? "index.html" : "");
      const { heading, pageWhole } = readPage(readFileSync(file, "utf8"));
      if (!normalise(heading).includes(normalise(post.title))) broken.push(`${post.file}: its heading reads "${heading.slice(0, 200)}", not its title "${post.title.slice(0, 200)}"`);
      if (!pageWhole) broken.push(`${post.file} (${post.mutations.join(", ")}): the page after the post is gone (no footer or no site script)`);
    }
    expect(broken, `seed ${SEED}`).toEqual([]);

    // In Chromium, under the site's Content Security Policy: no script planted in a post runs.
    const browserStarted = performance.now();
    const planted = accepted.filter((p) => p.plants.length);
    counts.plants = planted.reduce((n, p) => n + p.plants.length, 0);
    counts.planted = planted.length;
    const server: StaticSite = await serveStaticSite(path.join(project.root, "_site"));
    const browser: Browser = await launchChromium();
    try {
      const context = await browser.newContext();
      const ran: { id: string; url: string }[] = [];
      await context.exposeBinding(MARKER, ({ frame }, id: unknown) => void ran.push({ id: String(id), url: frame.url() }));
      // Screenshots, styles and fonts are not what is checked here: not loading them saves time.
      await context.route(/\.(png|jpe?g|webp|css|woff2?)$/, (route) => route.abort());
      const urlOf = (p: string) => new URL(p.replace(/^\//, ""), server.url).href;
      await visitAll(context, [...planted.map((p) => urlOf(p.url)), ...["/", "/tags/", "/sitemap/"].map(urlOf)]);
      expect(ran, `planted scripts ran (seed ${SEED})`).toEqual([]);
      await context.unrouteAll({ behavior: "ignoreErrors" });

      // The plants are live: with the Content Security Policy taken off the page, they run.
      const richest = [...planted].sort((a, b) => b.plants.length - a.plants.length)[0]!;
      const open = await browser.newContext();
      const ranOpen: string[] = [];
      await open.exposeBinding(MARKER, (_source, id: unknown) => void ranOpen.push(String(id)));
      await open.route("**/*", async (route) => {
        const response = await route.fetch();
        const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => name.toLowerCase() !== "content-security-policy"));
        if (!(headers["content-type"] ?? "").includes("text/html")) return route.fulfill({ response, headers });
        const body = (await response.text()).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, "");
        return route.fulfill({ response, headers, body });
      });
      await visit(open, urlOf(richest.url));
      // A request still in flight (the favicon) must not reach route.fetch() once the context is
      // going: that rejected as an unhandled "Request context disposed" in one run. Playwright's way.
      await open.unrouteAll({ behavior: "ignoreErrors" });
      await open.close();
      expect(ranOpen.length, `with no Content Security Policy, the scripts planted in ${richest.file} run`).toBeGreaterThan(0);
      console.log(`hostile posts: with the Content Security Policy removed, ${new Set(ranOpen).size} of the ${richest.plants.length} scripts planted in ${richest.file} ran`);
    } finally {
      await browser.close();
      await server.close();
    }

    console.log(`hostile posts: builds took ${seconds.map((t) => t.toFixed(1)).join(", ")} s; the browser checks ${((performance.now() - browserStarted) / 1000).toFixed(1)} s`);
    console.log(
      `hostile posts (seed ${SEED}, ${KINDS.length} kinds of mutation): ${counts.tried} generated posts tried in ${counts.builds} builds; ` +
        `${counts.refused} refused, each named with its field, line or item, by ${counts.failedCleanly} builds that failed cleanly (_site/ unchanged); ` +
        `${counts.accepted} accepted and built (${counts.succeeded} successful build${counts.succeeded === 1 ? "" : "s"}); ${counts.plants} scripts planted in ${counts.planted} of them, none ran in Chromium`,
    );
    expect(counts.tried).toBeGreaterThanOrEqual(500);
    expect(counts.refused).toBeGreaterThan(0);
    expect(counts.accepted).toBeGreaterThan(0);
    expect(counts.failedCleanly).toBeGreaterThan(0);
    expect(counts.plants).toBeGreaterThan(0);
  }, 900_000);
});
