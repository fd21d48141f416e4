// The benchmark's corpus: a separate copy of the project with many generated posts and distinct
// screenshots derived from the 13 real seed screenshots. Screenshots are made once (they depend only on
// their number) and kept in .bench/images/; each corpus folder hard-links them, so a rerun costs seconds.
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";

export const SEED_POST = "2021-09-10-additional-support-offer.md";
export const SEED_SLUG = "additional-support-offer";
const SEED_DIR = `screenshots/${SEED_SLUG}`;
/** Top-level entries of the project that are not build inputs. */
const NOT_BUILD_INPUTS = new Set(["node_modules", ".git", ".bench", ".cache", "_site", "tests", "test-results", "review-screenshots", "screenshots", "content"]);

export interface Corpus {
  root: string;
  posts: number;
  screenshots: number;
  /** Every generated screenshot file (absolute paths), seed screenshots included. */
  files: string[];
  seedSlug: string;
}

type Progress = (message: string) => void;

const WORDS = (
  "teacher headteacher school trust provider funding eligibility course application register check answers " +
  "training early years leadership senior special educational needs coordinator journey research users " +
  "interview prototype iteration content design service standard assessment accessibility page question " +
  "guidance policy cohort start date choose evidence support offer email confirmation outcome decision"
).split(" ");
const SCREENS = [
  "Start page", "Choose your course", "Are you a headteacher?", "Where do you work?", "Check your answers",
  "Confirmation", "Choose your provider", "Funding eligibility", "What is your teacher reference number?",
  "Sign in", "Your applications", "Application submitted", "Are you in your first two years of headship?",
];

/** A deterministic pseudo-random sequence, so the same options always give the same corpus. */
function random(seed: number) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

const slugOf = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

function sentence(rand: () => number, words = 8 + Math.floor(rand() * 14)): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)]!);
  const text = out.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 4);
  return Array.from({ length: n }, () => sentence(rand)).join(" ");
}

// ---- Screenshots -------------------------------------------------------------------------------

/**
 * Screenshot `n` (0-based): a crop of seed screenshot n % 11 (the 2400 px ones) at an offset and height
 * of its own, re-tinted slightly, with a banner naming the variant: every file differs in content,
 * keeps a screenshot's flat colours and text, and stays 2400 px wide.
 */
async function makeScreenshot(seedFiles: string[], n: number, target: string): Promise<void> {
  const rand = random(n * 7919 + 17);
  const source = seedFiles[n % seedFiles.length]!;
  const meta = await sharp(source).metadata();
  const width = meta.width!;
  const fullHeight = meta.height!;
  const height = Math.max(900, Math.round(fullHeight * (0.55 + rand() * 0.45)));
  const top = Math.floor(rand() * (fullHeight - height + 1));
  const hue = Math.round((rand() - 0.5) * 40);
  const brightness = 0.94 + rand() * 0.1;
  const bannerY = 40 + Math.floor(rand() * (height - 200));
  const banner = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="120">` +
      `<rect x="0" y="0" width="${width}" height="120" fill="#${(0x1d70b8 + n * 2654435761).toString(16).slice(-6).padStart(6, "0")}" opacity="0.85"/>` +
      `<text x="60" y="80" font-family="sans-serif" font-size="56" fill="#ffffff">Prototype variant ${n + 1}: ${SCREENS[n % SCREENS.length]}</text></svg>`,
  );
  const partial = `${target}.partial`;
  await sharp(source)
    .extract({ left: 0, top, width, height })
    .modulate({ hue, brightness })
    .composite([{ input: banner, top: bannerY, left: 0 }])
    .png()
    .toFile(partial);
  const { renameSync } = await import("node:fs");
  renameSync(partial, target);
}

/** Make (or reuse) screenshots 0..count-1 in .bench/images/, several at a time. */
export async function ensureScreenshotPool(projectRoot: string, count: number, progress: Progress): Promise<string[]> {
  const dir = path.join(projectRoot, ".bench/images");
  mkdirSync(dir, { recursive: true });
  const seedDir = path.join(projectRoot, SEED_DIR);
  const seedFiles = readdirSync(seedDir)
    .filter((f) => f.endsWith(".png"))
    .sort()
    .map((f) => path.join(seedDir, f));
  const wide: string[] = [];
  for (const f of seedFiles) if ((await sharp(f).metadata()).width === 2400) wide.push(f);
  const files = Array.from({ length: count }, (_, n) => path.join(dir, `${String(n).padStart(5, "0")}.png`));
  const missing = files.map((f, n) => [f, n] as const).filter(([f]) => !existsSync(f));
  if (missing.length) {
    progress(`generating ${missing.length} screenshots from the seed (cached in .bench/images/)`);
    let done = 0;
    const queue = [...missing];
    const workers = Array.from({ length: os.availableParallelism() }, async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        await makeScreenshot(wide, next[1], next[0]);
        if (++done % 50 === 0) progress(`  ${done}/${missing.length} screenshots`);
      }
    });
    await Promise.all(workers);
  }
  return files;
}

// ---- Posts -------------------------------------------------------------------------------------

interface PostPlan {
  slug: string;
  file: string;
  date: string;
  screenshots: { text: string; file: string; pool: string }[];
}

/**
 * Plans: screenshots spread unevenly over the posts, each pool file used once (the default corpus:
 * every screenshot distinct); or, with `repeat`, every post gets its share of the pattern and the
 * pool is cycled (the scale corpus: ten times the posts and galleries, the same distinct images).
 */
function planPosts(posts: number, pool: string[], repeat = false): PostPlan[] {
  const plans: PostPlan[] = [];
  const start = Date.UTC(2019, 0, 1);
  for (let i = 0; i < posts - 1; i++) {
    const date = new Date(start + i * 86400000 * 1.3).toISOString().slice(0, 10);
    const topic = SCREENS[i % SCREENS.length];
    const slug = `post-${String(i + 1).padStart(4, "0")}-${slugOf(topic!)}`;
    plans.push({ slug, file: `${date}-${slug}.md`, date, screenshots: [] });
  }
  // Spread the screenshots unevenly, as in real histories: some posts have none, some have many.
  const pattern = [0, 1, 2, 0, 3, 1, 6, 0, 2, 1];
  let next = 0;
  if (repeat && pool.length) {
    plans.forEach((plan, i) => {
      for (let k = 0; k < pattern[i % pattern.length]!; k++) {
        const text = `${SCREENS[(i + plan.screenshots.length) % SCREENS.length]} (${plan.screenshots.length + 1})`;
        plan.screenshots.push({ text, file: `${String(plan.screenshots.length + 1).padStart(2, "0")}-${slugOf(text)}.png`, pool: pool[next++ % pool.length]! });
      }
    });
    return plans;
  }
  for (let round = 0; next < pool.length && plans.length; round++) {
    for (let i = 0; i < plans.length && next < pool.length; i++) {
      const take = round === 0 ? pattern[i % pattern.length]! : 1;
      for (let k = 0; k < take && next < pool.length; k++) {
        const plan = plans[i]!;
        const text = `${SCREENS[(i + plan.screenshots.length) % SCREENS.length]} (${plan.screenshots.length + 1})`;
        plan.screenshots.push({ text, file: `${String(plan.screenshots.length + 1).padStart(2, "0")}-${slugOf(text)}.png`, pool: pool[next++]! });
      }
    }
  }
  return plans;
}

function postText(plan: PostPlan, index: number): string {
  const rand = random(index + 1);
  const tags = ["registration", "eligibility", "funding", "providers", "research"].filter(() => rand() < 0.35);
  const lines = [
    "---",
    `title: "${SCREENS[index % SCREENS.length]!.replace(/\?$/, "")}: iteration ${index + 1}"`,
    `description: ${sentence(rand, 10)}`,
    `date: ${plan.date}`,
  ];
  if (rand() < 0.6) {
    lines.push("related:", "  items:", "    - text: Guidance for providers", `      href: https://www.gov.uk/guidance/npq-${index}`);
  }
  if (tags.length) lines.push(`tags: [${tags.join(", ")}]`);
  // About one post in ten with screenshots shows them from front matter instead of the macro.
  const inFrontMatter = plan.screenshots.length > 0 && index % 10 === 3;
  if (inFrontMatter) {
    lines.push("screenshots:", "  items:");
    for (const s of plan.screenshots) lines.push(`    - text: "${s.text}"`, `      src: ${s.file}`, `      caption: ${sentence(rand, 6)}`);
  }
  lines.push("---", "", paragraph(rand), "", "## What we found", "", paragraph(rand), "");
  for (let i = 0; i < 3 + Math.floor(rand() * 4); i++) lines.push(`- ${sentence(rand, 5)}`);
  lines.push("", "## What we changed", "", paragraph(rand), "", `Read the [service standard](https://www.gov.uk/service-manual/service-standard) and *why* it **matters**.`, "");
  if (plan.screenshots.length && !inFrontMatter) {
    lines.push('{% from "screenshots/macro.njk" import appScreenshots with context %}', "{{ appScreenshots({", "  items: [");
    const items = plan.screenshots.map((s, k) =>
      // Both parameter shapes DfE design histories use: `src` with a caption, and the legacy `img.src`.
      k % 2 === 0
        ? `    { text: "${s.text}", src: "${s.file}", caption: "${sentence(rand, 6)}" }`
        : `    { text: "${s.text}", img: { src: "${s.file}", alt: "Screenshot of ${s.text}" } }`,
    );
    lines.push(items.join(",\n"), "  ]", "}) }}", "");
  }
  lines.push("## Next steps", "", paragraph(rand), "");
  return lines.join("\n");
}

/** Copy the project's build inputs (fresh each run: they are what is being measured). */
function copyBuildInputs(projectRoot: string, root: string): void {
  for (const entry of readdirSync(projectRoot)) {
    if (NOT_BUILD_INPUTS.has(entry) || entry.startsWith(".")) continue;
    rmSync(path.join(root, entry), { recursive: true, force: true });
    cpSync(path.join(projectRoot, entry), path.join(root, entry), { recursive: true });
  }
  // Content pages other than posts (home page, rules pages, folder data files), afresh: a page the
  // project has since removed must not linger in a reused corpus.
  for (const entry of existsSync(path.join(root, "content")) ? readdirSync(path.join(root, "content")) : []) {
    if (entry !== "posts") rmSync(path.join(root, "content", entry), { recursive: true, force: true });
  }
  for (const entry of readdirSync(path.join(projectRoot, "content"), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const rel = path.relative(path.join(projectRoot, "content"), path.join(entry.parentPath, entry.name));
    if (rel.startsWith(`posts${path.sep}`) && rel.endsWith(".md")) continue;
    mkdirSync(path.dirname(path.join(root, "content", rel)), { recursive: true });
    cpSync(path.join(entry.parentPath, entry.name), path.join(root, "content", rel));
  }
  if (!existsSync(path.join(root, "node_modules"))) symlinkSync(path.join(projectRoot, "node_modules"), path.join(root, "node_modules"));
}

/**
 * The corpus folder for these options, generated on first use and reused after. With `repeat`
 * (the scale corpus), galleries reuse the same `screenshots` distinct images across every post.
 */
export async function ensureCorpus(projectRoot: string, posts: number, screenshots: number, progress: Progress, repeat = false): Promise<Corpus> {
  if (posts < 1) throw new Error(`--posts must be at least 1 (the seed post), not ${posts}`);
  const root = path.join(projectRoot, `.bench/corpus-${posts}p-${screenshots}s${repeat ? "-repeated" : ""}`);
  const manifestPath = path.join(root, "corpus.json");
  mkdirSync(root, { recursive: true });
  copyBuildInputs(projectRoot, root);
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Corpus;
    progress(`corpus: reusing ${path.relative(projectRoot, root)}/ (${manifest.posts} posts, ${manifest.screenshots} screenshots)`);
    return manifest;
  }
  const seedDir = path.join(projectRoot, SEED_DIR);
  const seedShots = readdirSync(seedDir).filter((f) => f.endsWith(".png"));
  const generated = Math.max(0, screenshots - seedShots.length);
  const pool = await ensureScreenshotPool(projectRoot, generated, progress);
  progress(`corpus: writing ${posts} posts into ${path.relative(projectRoot, root)}/`);
  rmSync(path.join(root, "content/posts"), { recursive: true, force: true });
  rmSync(path.join(root, "screenshots"), { recursive: true, force: true });
  copyBuildInputs(projectRoot, root);
  mkdirSync(path.join(root, "content/posts"), { recursive: true });
  cpSync(path.join(projectRoot, "content/posts", SEED_POST), path.join(root, "content/posts", SEED_POST));
  cpSync(seedDir, path.join(root, SEED_DIR), { recursive: true });
  const files = seedShots.map((f) => path.join(root, SEED_DIR, f));
  const plans = planPosts(posts, pool, repeat);
  plans.forEach((plan, index) => {
    writeFileSync(path.join(root, "content/posts", plan.file), postText(plan, index));
    if (plan.screenshots.length) mkdirSync(path.join(root, "screenshots", plan.slug), { recursive: true });
    for (const s of plan.screenshots) {
      const target = path.join(root, "screenshots", plan.slug, s.file);
      linkSync(s.pool, target);
      files.push(target);
    }
  });
  const corpus: Corpus = { root, posts, screenshots: files.length, files, seedSlug: SEED_SLUG };
  writeFileSync(manifestPath, JSON.stringify(corpus));
  return corpus;
}
