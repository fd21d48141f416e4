// The screenshots on disk: screenshots/<post-slug>/<file>. Before each build we stat every file and
// read the dimensions of new or changed ones from their headers (kept in the cache folder, keyed by
// size and modification time), so rendering can resolve a macro item synchronously.
// The content hash is not taken here: rendering does not need it, and reading and hashing every
// original before rendering cost 0.8 s for 1,000 screenshots. The thumbnail step reads each original
// once anyway; it hashes those bytes there (overlapped with encoding) and records the hash with
// recordContentHashes, so later builds read nothing.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { writeAtomically } from "../../common/write-atomically.ts";
import path from "node:path";
import sharp from "sharp";
import { MAX_ORIGINAL_PIXELS } from "./thumbnail-spec.ts";

export interface ScreenshotFile {
  /** Path relative to the screenshots folder, with forward slashes: "additional-support-offer/01-start-page.png". */
  readonly key: string;
  readonly absolutePath: string;
  readonly size: number;
  readonly mtimeMs: number;
  /** sha256 of the bytes (hex); thumbnails are cached under it. Known once the thumbnail step has read the file. */
  contentHash?: string;
  readonly width?: number;
  readonly height?: number;
  readonly format?: string;
  /** Why the file cannot be used as a screenshot, when it cannot. */
  readonly problem?: string;
}

const READABLE_FORMATS = new Set(["png", "jpeg", "webp", "gif", "avif", "heif"]);

const grouped = (n: number) => n.toLocaleString("en-GB");

/** Why an image of this size cannot be a screenshot, if it cannot: too many pixels to decode in a build's memory. */
function sizeProblem(width: number, height: number): string | undefined {
  if (width * height <= MAX_ORIGINAL_PIXELS) return undefined;
  return `it is ${grouped(width)} × ${grouped(height)} pixels (${grouped(Math.round((width * height) / 1e6))} million); the site makes thumbnails of screenshots up to ${grouped(MAX_ORIGINAL_PIXELS / 1e6)} million pixels, such as 2,400 × 25,000: crop it, or capture the page in parts`;
}

/** The format each file name ending says (sharp names AVIF "heif"). */
const FORMAT_OF_ENDING: Record<string, string[]> = { ".png": ["png"], ".jpg": ["jpeg"], ".jpeg": ["jpeg"], ".webp": ["webp"], ".gif": ["gif"], ".avif": ["heif", "avif"] };
const ENDING_OF_FORMAT: Record<string, string> = { png: ".png", jpeg: ".jpg", webp: ".webp", gif: ".gif", heif: ".avif", avif: ".avif" };

/**
 * A warning for a file whose name says one format and whose bytes are another (a JPEG saved as
 * "x.png"): browsers show it all the same, so the site publishes it, but its name should say what it is.
 */
export function misnamed(file: ScreenshotFile): string | undefined {
  const ending = path.extname(file.key).toLowerCase();
  const said = FORMAT_OF_ENDING[ending];
  if (!said || !file.format || said.includes(file.format)) return undefined;
  const right = ENDING_OF_FORMAT[file.format] ?? `.${file.format}`;
  return `file screenshots/${file.key}: its name ends in ${ending} but it is a ${file.format.toUpperCase()} image; it is published as it is (browsers show it), but rename it to end in ${right}, and its "src" with it`;
}

/** A file from the cache of an earlier scan, with the size check of this version (the cache may predate it). */
function checked(file: ScreenshotFile): ScreenshotFile {
  const problem = !file.problem && file.width && file.height ? sizeProblem(file.width, file.height) : undefined;
  return problem ? { ...file, problem } : file;
}

type MetaCache = Record<string, Omit<ScreenshotFile, "absolutePath" | "key">>;

function walk(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const files: string[] = [];
  // Relative paths by slicing: entries' parent paths all start with `dir` (path.relative on each of
  // 1,000 files was a third of a rescan's time under `npm start`).
  const root = path.join(dir, path.sep);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const parent = path.join(entry.parentPath, path.sep);
    const folder = parent.startsWith(root) ? parent.slice(root.length) : path.relative(dir, entry.parentPath) + path.sep;
    const rel = (folder + entry.name).split(path.sep).join("/");
    if (rel.startsWith(".") || rel.includes("/.")) continue; // hidden files and folders
    files.push(rel);
  }
  return files.sort();
}

/** Dimensions and format from the file's header (sharp reads only the first few kilobytes). */
async function inspect(absolutePath: string): Promise<Omit<ScreenshotFile, "key" | "absolutePath" | "size" | "mtimeMs">> {
  try {
    const meta = await sharp(absolutePath).metadata();
    if (!meta.format || !READABLE_FORMATS.has(meta.format) || !meta.width || !meta.height) {
      return { problem: `it is not an image the site can use (found ${meta.format ?? "an unknown format"}; expected PNG, JPEG, WebP, GIF or AVIF)` };
    }
    const problem = sizeProblem(meta.width, meta.height);
    return { width: meta.width, height: meta.height, format: meta.format, ...(problem ? { problem } : {}) };
  } catch (error) {
    return { problem: `it is not a readable image (${(error as Error).message.split("\n")[0]}); expected a PNG, JPEG or WebP file` };
  }
}

/** sha256 (hex) of an original's bytes. */
export function contentHashOf(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * Remember hashes the thumbnail step computed, keyed like the scan's cache (size and mtime must still
 * match, so a file changed since is read again next time).
 */
export async function recordContentHashes(cacheDir: string, files: Iterable<ScreenshotFile>): Promise<void> {
  // Under `npm start` a rebuild hands over the same objects as the last one: only a file whose hash
  // is not yet known to be in the cache file sends us to read it (at 10,000 posts, reading and parsing
  // it on every save was 1.1 s of an edit profiled on a loaded machine).
  const unrecorded = [...files].filter((file) => file.contentHash && !hashRecorded.has(file));
  if (unrecorded.length === 0) return;
  const cachePath = path.join(cacheDir, "screenshot-metadata.json");
  let cache: MetaCache = {};
  try {
    cache = JSON.parse(await readFile(cachePath, "utf8")) as MetaCache;
  } catch {
    return;
  }
  let changed = false;
  const recorded: ScreenshotFile[] = [];
  for (const file of unrecorded) {
    const entry = cache[file.key];
    if (!entry || entry.size !== file.size || entry.mtimeMs !== file.mtimeMs) continue;
    if (entry.contentHash !== file.contentHash) {
      cache[file.key] = { ...entry, contentHash: file.contentHash };
      changed = true;
    }
    recorded.push(file);
  }
  if (changed) await writeAtomically(cachePath, Buffer.from(JSON.stringify(cache)));
  for (const file of recorded) hashRecorded.add(file);
}

/** Files whose content hash the cache file holds (as of this process's last look at it). */
const hashRecorded = new WeakSet<ScreenshotFile>();

/**
 * Scan the screenshots folder, reusing cached metadata for files whose size and mtime are unchanged.
 * `onFile` is called with each file as soon as it is known, before the scan has finished.
 *
 * Listing the folder, reading the metadata cache and checking each file's size and mtime are done
 * synchronously, at once: they take milliseconds, but done asynchronously at the start of a build
 * they waited half a second behind module loading for their turn on the main thread, and the
 * thumbnail encoding (which starts from onFile) waited with them. Only files that need their image
 * header read (new or changed) are read asynchronously.
 *
 * `previous`, the last scan's result (a rebuild under `npm start`), stands in for the cache file: a
 * file whose size and mtime still match is returned as the very same object, so the caller can tell
 * unchanged files from new or changed ones.
 */
export async function scanScreenshots(
  screenshotsDir: string,
  cacheDir: string,
  onFile?: (file: ScreenshotFile) => void,
  previous?: ReadonlyMap<string, ScreenshotFile>,
): Promise<Map<string, ScreenshotFile>> {
  const cachePath = path.join(cacheDir, "screenshot-metadata.json");
  let cache: MetaCache = {};
  if (!previous) {
    try {
      cache = JSON.parse(readFileSync(cachePath, "utf8")) as MetaCache;
    } catch {
      cache = {};
    }
  }
  const keys = walk(screenshotsDir);
  // Filled in the folder's (sorted) order; files read asynchronously hold their place and are filled
  // in as they finish, so the result and the cache file do not depend on which read finished first.
  const library = new Map<string, ScreenshotFile | undefined>();
  const nextCache: MetaCache = {};
  let changed = keys.length !== (previous ? previous.size : Object.keys(cache).length);
  const toInspect: { key: string; absolutePath: string; size: number; mtimeMs: number }[] = [];
  for (const key of keys) {
    const absolutePath = path.join(screenshotsDir, key);
    const info = statSync(absolutePath);
    // What is known of this file: the last scan's very object, or the cache file's entry.
    const known: ScreenshotFile | undefined = previous ? previous.get(key) : cache[key] && checked({ key, absolutePath, ...cache[key] });
    if (known && known.size === info.size && known.mtimeMs === info.mtimeMs) {
      const { key: _key, absolutePath: _path, ...meta } = known;
      nextCache[key] = meta;
      library.set(key, known);
      onFile?.(known);
    } else {
      library.set(key, undefined);
      nextCache[key] = { size: info.size, mtimeMs: info.mtimeMs }; // its place; the read fills it in
      toInspect.push({ key, absolutePath, size: info.size, mtimeMs: info.mtimeMs });
    }
  }
  // Bounded parallelism: reading a header is I/O plus a little CPU.
  async function worker() {
    for (let next = toInspect.shift(); next !== undefined; next = toInspect.shift()) {
      const { key, absolutePath, size, mtimeMs } = next;
      changed = true;
      const entry = { size, mtimeMs, ...(await inspect(absolutePath)) };
      nextCache[key] = entry;
      const file: ScreenshotFile = { key, absolutePath, ...entry };
      library.set(key, file);
      onFile?.(file);
    }
  }
  await Promise.all(Array.from({ length: 8 }, worker));
  if (changed) {
    await writeAtomically(cachePath, Buffer.from(JSON.stringify(nextCache)));
  }
  return library as Map<string, ScreenshotFile>;
}
