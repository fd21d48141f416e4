// Encoding thumbnails with sharp, cached by the original's content hash and the encoding options,
// so a rebuild with no image changed encodes nothing. Each original is read once: its bytes are hashed,
// copied into the cache (the published original) and decoded once to raw pixels, and every width and
// format is made from that buffer, on a worker thread (encode-worker.ts says why); originals are
// processed in parallel, one per core and one more.
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, stat, copyFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { contentHashOf, type ScreenshotFile } from "./screenshot-library.ts";
import { isLargeOriginal, THUMBNAIL_SPEC, type ThumbnailOutput } from "./thumbnail-spec.ts";
import { UserInputError } from "../../common/user-error.ts";
import { partialName, writeAtomically } from "../../common/write-atomically.ts";
import { workaroundOn } from "../eleventy/workarounds/switches.ts";
import { ENCODER_VERSION, encodeThumbnails, LARGE_ENCODER_VERSION } from "./encode-thumbnails.ts";
import { encodeOnWorker } from "./encode-worker.ts";

const optionsHash = (encoder: string) =>
  createHash("sha256")
    // `encoder` names how encode-thumbnails.ts makes them: a change there is a new cache entry.
    .update(JSON.stringify({ spec: THUMBNAIL_SPEC, encoder, sharp: sharp.versions.sharp, vips: sharp.versions.vips }))
    .digest("hex")
    .slice(0, 12);
export const OPTIONS_HASH = optionsHash(ENCODER_VERSION);
/** Large originals are made another way (encode-thumbnails.ts), so their thumbnails have their own key. */
const LARGE_OPTIONS_HASH = optionsHash(LARGE_ENCODER_VERSION);

function hashOf(file: ScreenshotFile): string {
  if (!file.contentHash) throw new Error(`${file.key} has not been read yet: its content hash is unknown`);
  return file.contentHash;
}

export function cachedThumbnailPath(cacheDir: string, file: ScreenshotFile, output: ThumbnailOutput): string {
  const ext = output.format === "jpeg" ? "jpg" : output.format;
  const hash = hashOf(file);
  return path.join(cacheDir, "thumbnails", hash.slice(0, 2), `${hash}-${isLargeOriginal(file) ? LARGE_OPTIONS_HASH : OPTIONS_HASH}-${output.width}.${ext}`);
}

export function cachedOriginalPath(cacheDir: string, file: ScreenshotFile): string {
  const hash = hashOf(file);
  return path.join(cacheDir, "originals", hash.slice(0, 2), `${hash}${path.extname(file.key).toLowerCase()}`);
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

async function missingOutputs(file: ScreenshotFile, outputs: readonly ThumbnailOutput[], cacheDir: string): Promise<ThumbnailOutput[]> {
  const missing: ThumbnailOutput[] = [];
  for (const output of outputs) if (!(await exists(cachedThumbnailPath(cacheDir, file, output)))) missing.push(output);
  return missing;
}

/**
 * Make sure the cache holds one original's copy and its thumbnails; returns how many were encoded.
 * A file whose hash is known from an earlier build and whose entries all exist is not read at all.
 */
async function encodeOne(file: ScreenshotFile, outputs: readonly ThumbnailOutput[], cacheDir: string): Promise<number> {
  if (file.contentHash && (await exists(cachedOriginalPath(cacheDir, file))) && (await missingOutputs(file, outputs, cacheDir)).length === 0) return 0;
  const bytes = await readFile(file.absolutePath);
  file.contentHash = contentHashOf(bytes);
  const original = cachedOriginalPath(cacheDir, file);
  const copying = exists(original).then((there) => (there ? undefined : writeAtomically(original, bytes)));
  const missing = await missingOutputs(file, outputs, cacheDir);
  if (missing.length === 0) {
    await copying;
    return 0;
  }
  await (workaroundOn("thumbnails-on-worker") ? encodeOnWorker : encodeThumbnails)(
    bytes,
    missing.map((output) => ({ output, target: cachedThumbnailPath(cacheDir, file, output) })),
  );
  await copying;
  return missing.length;
}

export interface EncodeStats {
  originals: number;
  encoded: number;
  reused: number;
  /**
   * Wall-clock seconds during which thumbnails were being made: from the first request to the last
   * file finished. Encoding overlaps rendering (see ThumbnailQueue), so this is a span, not CPU time.
   */
  seconds: number;
  /** When the span began and ended, in milliseconds since the Unix epoch (the benchmark splits the build's time around it). */
  startedAt?: number;
  finishedAt?: number;
}

/**
 * Thumbnails are encoded while the site renders: each file is queued as soon as it is known (the
 * screenshots plugin queues every screenshot as its scan finds it), and `concurrency` originals (one
 * per core, and one more) are encoded at a time from then on. sharp works on libvips' threads, so Eleventy keeps
 * rendering on the main thread meanwhile. `drain()` waits for the rest.
 *
 * A file requested again with more outputs (another gallery, another size) is queued again for the
 * missing ones; encodeOne skips whatever the cache already holds.
 */
export class ThumbnailQueue {
  readonly #cacheDir: string;
  readonly #concurrency: number;
  readonly #queue: [ScreenshotFile, ThumbnailOutput[]][] = [];
  /** Outputs already queued or done, per file, so repeated requests cost nothing. */
  readonly #requested = new Map<ScreenshotFile, Set<string>>();
  #running = 0;
  #encoded = 0;
  #total = 0;
  #started: number | undefined;
  #finished: number | undefined;
  #failures: { file: ScreenshotFile; error: unknown }[] = [];
  /** Whether a large original is being encoded (alone). */
  #alone = false;
  #cancelled = false;
  #idle: (() => void)[] = [];

  #onEncoded: ((file: ScreenshotFile) => void) | undefined;
  /** Files finished before anyone listened (a queue started before Eleventy loaded: head-start.ts). */
  #unheard: ScreenshotFile[] = [];

  // One original more than there are cores: each original starts with steps that use one thread
  // (decoding, checking and dropping the alpha channel: encode-thumbnails.ts) before its widths are
  // made side by side, so with one original per core a core often waited. The bare sharp loop needs no
  // more: every one of its four pipelines starts at once.
  constructor(cacheDir: string, concurrency = os.availableParallelism() + 1) {
    this.#cacheDir = cacheDir;
    this.#concurrency = Math.max(1, concurrency);
  }

  /**
   * Call `onEncoded(file)` each time a file's queued outputs are all in the cache, starting with the
   * files that finished before this was called.
   */
  listen(onEncoded: (file: ScreenshotFile) => void): void {
    this.#onEncoded = onEncoded;
    for (const file of this.#unheard.splice(0)) onEncoded(file);
  }

  /**
   * Stop for good (a failed build): drop what has not started, and ignore what is asked for after
   * (pages Eleventy goes on rendering after the failure); what is being encoded finishes.
   */
  cancel(): void {
    this.#cancelled = true;
    this.#queue.length = 0;
    if (this.#running === 0) for (const resolve of this.#idle.splice(0)) resolve();
  }

  /** Ask for these thumbnails of `file`; encoding starts at once if a worker is free. */
  add(file: ScreenshotFile, outputs: readonly ThumbnailOutput[]): void {
    if (this.#cancelled) return;
    let known = this.#requested.get(file);
    if (!known) this.#requested.set(file, (known = new Set()));
    const fresh = outputs.filter((o) => !known.has(`${o.format}-${o.width}`));
    if (!fresh.length) return;
    for (const o of fresh) known.add(`${o.format}-${o.width}`);
    this.#started ??= performance.now();
    this.#queue.push([file, fresh]);
    this.#pump();
  }

  // A large original (a full-page capture) is encoded alone: nothing else starts while it is being
  // made, and it waits for what is being made to finish, so the memory a build takes stays that of
  // one large original or a few ordinary ones (encode-thumbnails.ts).
  #pump(): void {
    while (!this.#alone && this.#running < this.#concurrency && this.#queue.length) {
      const [file, outputs] = this.#queue[0]!;
      const alone = isLargeOriginal(file);
      if (alone && this.#running > 0) return;
      this.#queue.shift();
      this.#running++;
      this.#alone = alone;
      this.#total += outputs.length;
      encodeOne(file, outputs, this.#cacheDir)
        .then(
          (made) => {
            this.#encoded += made;
            if (this.#onEncoded) this.#onEncoded(file);
            else this.#unheard.push(file);
          },
          (error) => this.#failures.push({ file, error }),
        )
        .finally(() => {
          this.#running--;
          if (alone) this.#alone = false;
          this.#finished = performance.now();
          this.#pump();
          if (this.#running === 0 && !this.#queue.length) for (const resolve of this.#idle.splice(0)) resolve();
        });
    }
  }

  /** Wait until nothing is being encoded (after cancel(): until what had started has finished), whatever failed. */
  async settled(): Promise<void> {
    if (this.#running || this.#queue.length) await new Promise<void>((resolve) => this.#idle.push(resolve));
  }

  /**
   * Wait until everything asked for is in the cache. Rejects with ThumbnailsFailedError, naming every
   * screenshot that could not be made into thumbnails, or with the first error of the system's own
   * (a disk full, a file unreadable).
   */
  async drain(): Promise<EncodeStats> {
    await this.settled();
    const system = this.#failures.find(({ error }) => isSystemError(error));
    if (system) throw system.error;
    if (this.#failures.length) throw new ThumbnailsFailedError(this.#failures.map(({ file, error }) => ({ file, reason: whyNoThumbnails(file, error) })), this.stats());
    return this.stats();
  }

  /** What has been encoded so far. */
  stats(): EncodeStats {
    const seconds = this.#started === undefined ? 0 : ((this.#finished ?? this.#started) - this.#started) / 1000;
    const epoch = (t: number | undefined) => (t === undefined ? undefined : Math.round(performance.timeOrigin + t));
    return {
      originals: this.#requested.size,
      encoded: this.#encoded,
      reused: this.#total - this.#encoded,
      seconds,
      startedAt: epoch(this.#started),
      finishedAt: epoch(this.#finished ?? this.#started),
    };
  }
}

/** Screenshots that could not be made into thumbnails, each with why (the build lists them as problems). */
export class ThumbnailsFailedError extends UserInputError {
  constructor(
    readonly failures: readonly { file: ScreenshotFile; reason: string }[],
    readonly stats: EncodeStats,
  ) {
    super(failures.map(({ file, reason }) => `screenshots/${file.key}: ${reason}`).join("\n"));
  }
}

/** An error of the system's own (Node's fs errors carry a code; sharp's name the image's trouble). */
function isSystemError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException)?.code;
  return typeof code === "string" || /^E[A-Z]+: /.test((error as Error)?.message ?? "");
}

/** Why a screenshot has no thumbnails, for the person who put it there: sharp's words, and what to do. */
function whyNoThumbnails(file: ScreenshotFile, error: unknown): string {
  const said = ((error as Error)?.message ?? String(error)).split("\n")[0]!.trim();
  if (/pixel limit/i.test(said)) return `it is too large to make thumbnails of (${said}); crop it, or capture the page in parts`;
  return `its thumbnails could not be made: the image could not be read to the end (${said}), so the file is damaged or cut short; save or capture it again (PNG, JPEG or WebP)`;
}

/**
 * A content-addressed copy of an original in the cache. The site links to this copy, never to the
 * file in screenshots/: a designer overwriting a screenshot in place must not change the published
 * site before a build succeeds (a hard link to the source would share its bytes).
 */
export async function cachedOriginal(cacheDir: string, file: ScreenshotFile): Promise<string> {
  // A file no thumbnail was made of (shown only as itself, from raw HTML) has not been read yet.
  file.contentHash ??= contentHashOf(await readFile(file.absolutePath));
  const target = cachedOriginalPath(cacheDir, file);
  if (await exists(target)) return target;
  await mkdir(path.dirname(target), { recursive: true });
  const partial = partialName(target);
  await copyFile(file.absolutePath, partial);
  await rename(partial, target);
  return target;
}
