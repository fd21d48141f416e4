// Huge and strange screenshots, as a post shows them (issue 20, item 6): each builds with thumbnails
// of the right sizes and colours, or the build fails naming the file and what is wrong; the build's
// memory stays under 1 GiB with a 20,000 px full-page capture among them. The images are made here
// with sharp (nothing large is kept in the repository).
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import sharp, { type Metadata } from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { treePeakRssMb } from "../../../bench/measure.ts";
import { createFixtureProject, fingerprintFolder, type FixtureProject } from "../../helpers/fixture-project.ts";
import { describeRun, runScriptAsync, type ScriptRun } from "../../helpers/run-script.ts";

type Rgb = readonly [number, number, number];
const BLUE: Rgb = [29, 112, 184]; // GOV.UK blue, #1d70b8
const RED: Rgb = [212, 53, 28]; // GOV.UK red, #d4351c
const GREEN: Rgb = [0, 112, 60]; // GOV.UK green, #00703c
const SLATE: Rgb = [120, 140, 160]; // inside what CMYK ink can print, so it survives the trip
const colour = ([r, g, b]: Rgb, alpha = 1) => ({ r, g, b, alpha });
const MiB = 1024 * 1024;

const FOLDER = "screenshots/strange-screenshots";
const POST = "content/posts/2024-01-01-strange-screenshots.md";

/** Blue above, red below: a thumbnail upside down, or with its rows mixed up (interlacing), shows it. */
function twoBands(width: number, height: number, channels: 3 | 4) {
  return sharp({ create: { width, height, channels, background: colour(BLUE) } }).composite([
    { input: { create: { width, height: Math.floor(height / 2), channels, background: colour(RED) } }, top: Math.ceil(height / 2), left: 0 },
  ]);
}

interface Strange {
  file: string;
  what: string;
  make: () => Promise<Buffer>;
  /** Checked on the file made, so the test is sure it made what it says. */
  is: (meta: Metadata) => boolean;
  /** The thumbnails expected, worked out by hand: [format, width, height]. */
  thumbnails: [string, number, number][];
  /** Where to look in each thumbnail (fractions of its width and height) and what colour to find there. */
  colours: { at: [number, number]; rgb?: Rgb; transparent?: true }[];
  /** How far a channel may be from the colour expected: lossy encoding, and CMYK's trip there and back. */
  tolerance?: number;
}

const SMALL: [string, number, number][] = [
  ["webp", 640, 360],
  ["webp", 1280, 720],
  ["webp", 1600, 900],
  ["jpg", 1280, 720],
];

const GOOD: Strange[] = [
  {
    file: "full-page.png",
    what: "a full-page capture 2,400 x 20,000 px, with an alpha channel (as Chromium captures)",
    make: () => twoBands(2400, 20_000, 4).png({ compressionLevel: 1 }).toBuffer(),
    is: (m) => m.width === 2400 && m.height === 20_000 && m.channels === 4,
    thumbnails: [
      ["webp", 640, 5333],
      ["webp", 1280, 10_667],
      ["webp", 1920, 16_000],
      ["jpg", 1280, 10_667],
    ],
    colours: [
      { at: [0.5, 0.25], rgb: BLUE },
      { at: [0.5, 0.75], rgb: RED },
    ],
  },
  {
    // Its 1,920 (and 1,280) px WebP would be 32,000 (21,333) px tall: WebP holds 16,383 at most, so
    // the widest WebP is 982 px (16,367 px tall); the JPEG, which may be 65,535 px tall, is whole.
    file: "narrow-full-page.png",
    what: "a full-page capture at 1x, 1,200 x 20,000 px",
    make: () => twoBands(1200, 20_000, 3).png({ compressionLevel: 1 }).toBuffer(),
    is: (m) => m.width === 1200 && m.height === 20_000,
    thumbnails: [
      ["webp", 640, 10_667],
      ["webp", 982, 16_367],
      ["jpg", 1200, 20_000],
    ],
    colours: [
      { at: [0.5, 0.25], rgb: BLUE },
      { at: [0.5, 0.75], rgb: RED },
    ],
  },
  {
    file: "deep-colour.png",
    what: "a 16-bit PNG",
    make: () => twoBands(1600, 900, 3).toColourspace("rgb16").png().toBuffer(),
    is: (m) => m.depth === "ushort",
    thumbnails: SMALL,
    colours: [
      { at: [0.5, 0.25], rgb: BLUE },
      { at: [0.5, 0.75], rgb: RED },
    ],
  },
  {
    // The right half is transparent black: dropping the alpha channel would make it black.
    file: "transparent.png",
    what: "a PNG with transparency",
    make: () => {
      const [width, height] = [1600, 900];
      const rgba = Buffer.alloc(width * height * 4); // all transparent black
      for (let y = 0; y < height; y++) for (let x = 0; x < width / 2; x++) rgba.set([...BLUE, 255], (y * width + x) * 4);
      return sharp(rgba, { raw: { width, height, channels: 4 } }).png().toBuffer();
    },
    is: (m) => m.hasAlpha === true && m.channels === 4,
    thumbnails: SMALL,
    // WebP keeps the transparency (the page's white shows through); the JPEG has no alpha: white.
    colours: [
      { at: [0.25, 0.5], rgb: BLUE },
      { at: [0.75, 0.5], transparent: true },
    ],
  },
  {
    file: "interlaced.png",
    what: "an interlaced (Adam7) PNG",
    make: () => twoBands(1600, 900, 3).png({ progressive: true }).toBuffer(),
    is: (m) => m.isProgressive === true,
    thumbnails: SMALL,
    colours: [
      { at: [0.5, 0.25], rgb: BLUE },
      { at: [0.5, 0.75], rgb: RED },
    ],
  },
  {
    file: "print-colours.jpg",
    what: "a CMYK JPEG",
    make: () => sharp({ create: { width: 1600, height: 900, channels: 3, background: colour(SLATE) } }).toColourspace("cmyk").jpeg({ quality: 95 }).toBuffer(),
    is: (m) => m.space === "cmyk" && m.channels === 4,
    thumbnails: SMALL,
    colours: [{ at: [0.5, 0.5], rgb: SLATE }],
    tolerance: 8,
  },
  {
    // Thumbnails show the first frame (the link to the full-size original shows it moving).
    file: "animated.webp",
    what: "an animated WebP (a blue frame, then a red one)",
    make: async () => {
      const frames = await Promise.all([BLUE, RED].map((c) => sharp({ create: { width: 1600, height: 900, channels: 3, background: colour(c) } }).png().toBuffer()));
      return sharp(frames, { join: { animated: true } }).webp({ loop: 0, delay: 500 }).toBuffer();
    },
    is: (m) => m.pages === 2 && m.height === 900,
    thumbnails: SMALL,
    colours: [{ at: [0.5, 0.5], rgb: BLUE }],
  },
  {
    // Browsers show it, so it is published (with a warning that its name should say JPEG).
    file: "saved-as-png.png",
    what: "a JPEG whose name says .png",
    make: () => sharp({ create: { width: 1600, height: 900, channels: 3, background: colour(GREEN) } }).jpeg().toBuffer(),
    is: (m) => m.format === "jpeg",
    thumbnails: SMALL,
    colours: [{ at: [0.5, 0.5], rgb: GREEN }],
  },
];

const BAD = [
  {
    file: "cut-short.png",
    what: "a PNG cut short (half of it)",
    make: async () => {
      const whole = await sharp({ create: { width: 400, height: 300, channels: 3, background: colour(BLUE), noise: { type: "gaussian", mean: 128, sigma: 40 } } }).png().toBuffer();
      return whole.subarray(0, Math.floor(whole.length / 2));
    },
    says: ["screenshots/strange-screenshots/cut-short.png", "could not be read to the end", "damaged or cut short", "save or capture it again"],
  },
  {
    file: "too-tall.png",
    what: "a capture 2,400 x 26,000 px (62 million pixels)",
    make: () => sharp({ create: { width: 2400, height: 26_000, channels: 3, background: colour(BLUE) } }).png({ compressionLevel: 1 }).toBuffer(),
    says: ["screenshots/strange-screenshots/too-tall.png", "2,400 × 26,000 pixels (62 million)", "up to 60 million pixels", "crop it, or capture the page in parts"],
  },
  {
    file: "not-an-image.png",
    what: "a web page saved with a .png name",
    make: async () => Buffer.from("<!doctype html><title>Start page</title>\n"),
    says: ["screenshots/strange-screenshots/not-an-image.png", "not a readable image"],
  },
];

let project: FixtureProject;
let cacheDir: string;
let good: ScriptRun;
let peakMiB = 0;
let bad: ScriptRun;
let siteAfterGood: Map<string, string>;

const gallery = (files: { file: string; what: string }[]) =>
  `{% from "screenshots/macro.njk" import appScreenshots with context %}\n{{ appScreenshots({ items: [${files.map((f) => `{ text: ${JSON.stringify(f.what)}, img: { src: ${JSON.stringify(f.file)} } }`).join(", ")}] }) }}\n`;
const post = (files: { file: string; what: string }[]) => `---\ntitle: Strange screenshots\ndescription: Screenshots of every odd kind\ndate: 2024-01-01\n---\n\n${gallery(files)}`;

beforeAll(async () => {
  project = createFixtureProject({ withoutPosts: true });
  // A cache of its own: every thumbnail is made in the build measured.
  cacheDir = path.join(project.root, ".cache-strange");
  for (const s of GOOD) {
    const bytes = await s.make();
    expect(s.is(await sharp(bytes).metadata()), `the test made ${s.file} as ${s.what}`).toBe(true);
    project.write(`${FOLDER}/${s.file}`, bytes);
  }
  project.write(POST, post(GOOD));
  // The build, its memory read from /proc as it runs (VmHWM: the highest it reached, so nothing between two reads is missed).
  let timer: NodeJS.Timeout | undefined;
  good = await runScriptAsync("build.ts", [], project.root, { SITE_CACHE_DIR: cacheDir }, (pid) => {
    timer = setInterval(() => (peakMiB = Math.max(peakMiB, treePeakRssMb(pid))), 50);
  });
  clearInterval(timer);
  siteAfterGood = fingerprintFolder(path.join(project.root, "_site"));

  for (const s of BAD) project.write(`${FOLDER}/${s.file}`, await s.make());
  project.write(POST, post([...GOOD, ...BAD]));
  bad = await runScriptAsync("build.ts", [], project.root, { SITE_CACHE_DIR: cacheDir });
}, 300_000);
afterAll(() => project?.dispose());

const site = (...parts: string[]) => path.join(project.root, "_site", ...parts);
const stem = (file: string) => file.slice(0, file.length - path.extname(file).length);

/** A thumbnail's pixels, decoded once, to read the colour at points given as fractions of its size. */
async function pixels(file: string): Promise<(at: [number, number]) => number[]> {
  const { data, info } = await sharp(file).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return ([fx, fy]) => {
    const x = Math.min(info.width - 1, Math.floor(info.width * fx));
    const y = Math.min(info.height - 1, Math.floor(info.height * fy));
    return [...data.subarray((y * info.width + x) * 4, (y * info.width + x) * 4 + 4)];
  };
}

describe("strange screenshots that the site can show", () => {
  it("build, with the build's memory under 1 GiB", () => {
    expect(good.status, describeRun(good)).toBe(0);
    expect(peakMiB, `peak resident memory of the build: ${peakMiB.toFixed(0)} MiB`).toBeGreaterThan(0);
    expect(peakMiB * MiB, `peak resident memory of the build: ${peakMiB.toFixed(0)} MiB`).toBeLessThan(1024 * MiB);
  });

  it.each(GOOD.map((s) => [s.what, s] as const))("%s: thumbnails of the right sizes", async (_what, s) => {
    const made = readdirSync(site("thumbnails/strange-screenshots")).filter((f) => f.startsWith(`${stem(s.file)}-`));
    expect(made.sort()).toEqual(s.thumbnails.map(([format, width]) => `${stem(s.file)}-${width}.${format}`).sort());
    for (const [format, width, height] of s.thumbnails) {
      const meta = await sharp(site("thumbnails/strange-screenshots", `${stem(s.file)}-${width}.${format}`)).metadata();
      expect([meta.format, meta.width, meta.height, meta.pages ?? 1], `${s.file} at ${width} px`).toEqual([format === "jpg" ? "jpeg" : "webp", width, height, 1]);
    }
    // The page offers exactly those (srcset and fallback), and links to the original, published as it was.
    const html = readFileSync(site("strange-screenshots/index.html"), "utf8");
    for (const [format, width] of s.thumbnails) expect(html).toContain(`/thumbnails/strange-screenshots/${stem(s.file)}-${width}.${format}`);
    expect(readFileSync(site("screenshots/strange-screenshots", s.file)).equals(readFileSync(path.join(project.root, FOLDER, s.file)))).toBe(true);
  });

  it.each(GOOD.map((s) => [s.what, s] as const))("%s: thumbnails of the right colours", async (_what, s) => {
    const tolerance = s.tolerance ?? 6;
    for (const [format, width] of s.thumbnails) {
      const pixel = await pixels(site("thumbnails/strange-screenshots", `${stem(s.file)}-${width}.${format}`));
      for (const { at, rgb, transparent } of s.colours) {
        const [r, g, b, a] = pixel(at);
        const where = `${s.file} at ${width} px (${format}), at ${at.join(", ")}: rgba(${r}, ${g}, ${b}, ${a})`;
        if (transparent) {
          // WebP: still transparent, so the page's white shows through; JPEG: white, never black.
          if (format === "webp") expect(a, where).toBe(0);
          else expect(Math.min(r!, g!, b!), where).toBeGreaterThanOrEqual(250);
          continue;
        }
        expect(a, where).toBe(255);
        for (const [channel, expected] of rgb!.entries()) expect(Math.abs([r, g, b][channel]! - expected), where).toBeLessThanOrEqual(tolerance);
      }
    }
  });

  it("warns that a JPEG named .png should be named .jpg, and builds", () => {
    expect(good.stderr).toContain("screenshots/strange-screenshots/saved-as-png.png: its name ends in .png but it is a JPEG image");
    expect(good.stderr).toContain("rename it to end in .jpg");
    // The others are what their names say: no warning for them.
    for (const s of GOOD.filter((g) => g.file !== "saved-as-png.png")) expect(good.stderr).not.toContain(`${s.file}: its name`);
  });
});

describe("strange screenshots that the site cannot show", () => {
  it("fail the build, which names each file and what is wrong with it, and leave _site/ as it was", () => {
    expect(bad.status, describeRun(bad)).toBe(1);
    for (const s of BAD) for (const words of s.says) expect(bad.stderr, `${s.what}: ${describeRun(bad)}`).toContain(words);
    expect(readdirSync(project.root).filter((name) => /^_site\./.test(name))).toEqual([]);
    expect(fingerprintFolder(path.join(project.root, "_site"))).toEqual(siteAfterGood);
  });
});
