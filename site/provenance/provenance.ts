// What a reader (or an auditor) needs to prove which code and which rules made a page: the generator,
// the commit, the build time, each rule set's hash and each source document's hash. Computed once per
// build by site/eleventy/provenance-plugin.ts, and by `npm run audit` for its report.
import { execFile, execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { RULE_SETS, SOURCE_DOCUMENTS } from "../../rules/index.ts";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
/** The source documents (the seeds) as the project holds them, byte for byte. */
export const SOURCES_DIR = "sources";

export interface CommitInfo {
  /** Full commit id, or null when the build is not from a git checkout. */
  readonly id: string | null;
  readonly short: string | null;
  /** True when tracked or untracked files differ from the commit. */
  readonly dirty: boolean;
  /** For people: "abc1234", "abc1234 (with uncommitted changes)" or "unknown (not a git checkout)". */
  readonly text: string;
}

export interface Provenance {
  readonly generator: { readonly name: string; readonly version: string; readonly eleventy: string };
  readonly commit: CommitInfo;
  /** The build time, ISO 8601 UTC; from SOURCE_DATE_EPOCH when set (reproducible builds). */
  readonly builtAt: string;
  readonly ruleSets: readonly {
    readonly id: string;
    readonly title: string;
    readonly validFrom: string;
    readonly validTo: string | null;
    readonly hash: string;
  }[];
  readonly sources: readonly {
    readonly id: string;
    readonly file: string;
    readonly path: string;
    readonly title: string;
    readonly publisher: string;
    readonly bytes: number;
    readonly sha256: string;
  }[];
}

export function sha256OfFile(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

function git(root: string, args: string[]): string | null {
  try {
    return execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

function gitAsync(root: string, args: string[]): Promise<string | null> {
  return new Promise((resolve) => {
    execFile("git", args, { cwd: root, encoding: "utf8" }, (error, stdout) => resolve(error ? null : stdout.trim()));
  });
}

function commitFromEnv(env: NodeJS.ProcessEnv): CommitInfo | undefined {
  const fromEnv = env.SOURCE_COMMIT?.trim();
  if (!fromEnv) return undefined;
  if (!/^[0-9a-f]{7,64}$/i.test(fromEnv)) throw new Error(`SOURCE_COMMIT "${fromEnv}" is not a commit id; expected hex such as 1a2b3c4d`);
  const id = fromEnv.toLowerCase();
  return { id, short: id.slice(0, 7), dirty: false, text: id.slice(0, 7) };
}

/**
 * One git run gives both the commit and whether the working tree differs from it: `git status
 * --porcelain=v2 --branch` starts with "# branch.oid <commit>" and lists one line per changed or
 * untracked file. (One run, not `rev-parse` and `status`: under `npm start` starting a process from
 * the dev server costs about 10 ms of its main thread on every rebuild.)
 */
const STATUS_ARGS = ["status", "--porcelain=v2", "--branch"];

function describeCommit(status: string | null): CommitInfo {
  const lines = status === null ? [] : status.split("\n").filter(Boolean);
  const id = lines.find((line) => line.startsWith("# branch.oid "))?.slice("# branch.oid ".length);
  if (!id || !/^[0-9a-f]{40,64}$/.test(id)) return { id: null, short: null, dirty: false, text: "unknown (not a git checkout)" };
  const dirty = lines.some((line) => !line.startsWith("#"));
  const short = id.slice(0, 7);
  return { id, short, dirty, text: dirty ? `${short} (with uncommitted changes)` : short };
}

/**
 * The commit being built. SOURCE_COMMIT overrides git (for builds from an exported tree, where CI
 * knows the commit but there is no .git); without either, the commit is reported as unknown.
 */
export function commitInfo(root: string = PROJECT_ROOT, env: NodeJS.ProcessEnv = process.env): CommitInfo {
  return commitFromEnv(env) ?? describeCommit(git(root, STATUS_ARGS));
}

/** commitInfo without blocking: the site build starts it first thing and goes on while git reads the working tree. */
export async function commitInfoAsync(root: string = PROJECT_ROOT, env: NodeJS.ProcessEnv = process.env): Promise<CommitInfo> {
  return commitFromEnv(env) ?? describeCommit(await gitAsync(root, STATUS_ARGS));
}

/** The build time: SOURCE_DATE_EPOCH (seconds since 1970, https://reproducible-builds.org/specs/source-date-epoch/) or now. */
export function buildTime(env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): Date {
  const epoch = env.SOURCE_DATE_EPOCH?.trim();
  if (epoch) {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH "${epoch}" is not a whole number of seconds since 1970-01-01`);
    return new Date(Number(epoch) * 1000);
  }
  return now();
}

function packageVersion(packageJson: string): { name: string; version: string } {
  const json = JSON.parse(readFileSync(packageJson, "utf8")) as { name: string; version: string };
  return { name: json.name, version: json.version };
}

function eleventyVersion(root: string): string {
  // Eleventy's package "exports" hide package.json, so find it beside the resolved entry point.
  const require = createRequire(path.join(root, "package.json"));
  let dir = path.dirname(require.resolve("@11ty/eleventy"));
  while (dir !== path.dirname(dir)) {
    try {
      const pkg = packageVersion(path.join(dir, "package.json"));
      if (pkg.name === "@11ty/eleventy") return pkg.version;
    } catch {
      // not this folder
    }
    dir = path.dirname(dir);
  }
  return "unknown";
}

export function ruleSetProvenance() {
  return RULE_SETS.map((r) => ({ id: r.id, title: r.title, validFrom: r.validFrom, validTo: r.validTo, hash: r.hash }));
}

export function sourceProvenance(root: string = PROJECT_ROOT) {
  return SOURCE_DOCUMENTS.map((d) => {
    const relative = `${SOURCES_DIR}/${d.file}`;
    const bytes = readFileSync(path.join(root, relative));
    return {
      id: d.id,
      file: d.file,
      path: relative,
      title: d.title,
      publisher: d.publisher,
      bytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
    };
  });
}

export function collectProvenance(root: string = PROJECT_ROOT, env: NodeJS.ProcessEnv = process.env, commit: CommitInfo = commitInfo(root, env)): Provenance {
  const pkg = packageVersion(path.join(root, "package.json"));
  return {
    generator: { name: pkg.name, version: pkg.version, eleventy: eleventyVersion(root) },
    commit,
    builtAt: buildTime(env).toISOString(),
    ruleSets: ruleSetProvenance(),
    sources: sourceProvenance(root),
  };
}
