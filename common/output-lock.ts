// One writer at a time for an output folder. `npm run build` and `npm start` each hold `<output>.lock`
// (a small JSON file: who, which process, since when) while they write into the output folder:
// - a build that finds another build writing waits for it, then builds (both end with a whole site);
// - a build or `npm start` that finds `npm start` serving the folder stops at once and says so
//   (the dev server rewrites the folder on every save, so waiting would never end);
// - a lock whose process is gone (a build killed with SIGKILL, a machine restarted) is stale: the
//   next writer takes it over.
// The lock file appears whole (written aside, then hard-linked to its name, which fails if the name
// is taken), so no writer ever reads another's half-written lock and takes it for a stale one.
import { linkSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { UserInputError } from "./user-error.ts";
import { partialName } from "./write-atomically.ts";

/** Create `file` holding `text`, whole, only if nothing has that name: false if something has. */
function createWhole(file: string, text: string): boolean {
  const partial = partialName(file);
  writeFileSync(partial, text);
  try {
    linkSync(partial, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    rmSync(partial, { force: true });
  }
}

export interface LockHolder {
  pid: number;
  kind: "build" | "serve";
  /** ISO time the holder took the lock. */
  since: string;
}

export function lockFileOf(output: string): string {
  return `${output.replace(/\/+$/, "")}.lock`;
}

/** Whether a process with this id is running (signal 0 checks without sending anything). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readText(file: string): string | "gone" {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return "gone";
    throw error;
  }
}

function parseHolder(text: string): LockHolder | null {
  try {
    const holder = JSON.parse(text) as LockHolder;
    return Number.isInteger(holder.pid) && (holder.kind === "build" || holder.kind === "serve") ? holder : null;
  } catch {
    // Not a lock this code wrote (locks appear whole): nobody holds it.
    return null;
  }
}

function readHolder(lockFile: string): LockHolder | null | "gone" {
  const text = readText(lockFile);
  return text === "gone" ? "gone" : parseHolder(text);
}

function describeHolder(holder: LockHolder, output: string): string {
  const what = holder.kind === "serve" ? "`npm start`" : "another build";
  return `${what} (process ${holder.pid}, since ${holder.since}) is writing ${output}/`;
}

export interface LockOptions {
  /** Called once when this writer starts waiting for a build that holds the lock. */
  onWait?: (message: string) => void;
  /** Give up waiting for another build after this long (default 15 minutes). */
  timeoutMs?: number;
}

/**
 * Take the output folder's lock for this process, waiting while another build holds it. Returns the
 * function that gives it back (also done when the process exits normally).
 */
export async function acquireOutputLock(output: string, kind: LockHolder["kind"], options: LockOptions = {}): Promise<() => void> {
  const lockFile = lockFileOf(output);
  const me: LockHolder = { pid: process.pid, kind, since: new Date().toISOString() };
  const deadline = Date.now() + (options.timeoutMs ?? 15 * 60_000);
  let told = false;
  for (;;) {
    if (createWhole(lockFile, JSON.stringify(me))) break;
    const text = readText(lockFile);
    if (text === "gone") continue;
    const holder = parseHolder(text);
    if (holder === null || !processAlive(holder.pid) || holder.pid === process.pid) {
      // Stale: move it aside under a name of our own (only one writer's rename can succeed). Another
      // writer may have taken the lock over between our read and the rename: if what we moved is not
      // the stale lock we read, put it back.
      const aside = `${lockFile}.stale-${process.pid}`;
      try {
        renameSync(lockFile, aside);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
        throw error;
      }
      const moved = readText(aside);
      if (moved !== text && moved !== "gone") createWhole(lockFile, moved);
      rmSync(aside, { force: true });
      continue;
    }
    if (holder.kind === "serve") {
      throw new UserInputError(`${describeHolder(holder, output)}. Stop it first (Ctrl-C where it runs), or build elsewhere with --output DIR.`);
    }
    if (Date.now() > deadline) throw new UserInputError(`${describeHolder(holder, output)} and has not finished; stop it, or build elsewhere with --output DIR.`);
    if (!told) options.onWait?.(`Waiting: ${describeHolder(holder, output)}.`);
    told = true;
    await sleep(100);
  }
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.removeListener("exit", release);
    const holder = readHolder(lockFile);
    if (holder !== "gone" && holder !== null && holder.pid === process.pid) {
      try {
        unlinkSync(lockFile);
      } catch {
        // Already gone.
      }
    }
  };
  process.on("exit", release);
  return release;
}
