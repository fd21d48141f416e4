// A throwaway copy of the project in a temporary folder, so tests can plant posts and bad input and
// build it exactly as a designer would (`tsx scripts/build.ts`), without touching the real content.
import { cpSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { assertSucceeded, runScript, type RunOptions, type ScriptRun } from "./run-script.ts";

/** The seed post, as every fixture project holds it. */
export const SEED_POST = "content/posts/2021-09-10-additional-support-offer.md";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

/**
 * The cache this test process's builds share (`SITE_CACHE_DIR`): one per vitest worker, so that test
 * files running side by side never share one. Inside a worker, files run one after another, and
 * their builds reuse each other's thumbnails (entries are keyed by content hash, written atomically);
 * across workers, one build's stats or search index could otherwise replace another's mid-test.
 */
export function testCacheDir(kind: "fixtures" | "real-site"): string {
  return path.join(PROJECT_ROOT, ".cache", `tests-${process.env.VITEST_POOL_ID ?? "main"}`, kind);
}
const COPIED = ["content", "screenshots", "_includes", "assets", "common", "site", "browser", "tools", "bench", "rules", "catalogue", "sources", "examples", "scripts", "_data", "types", "eleventy.config.ts", "package.json", "tsconfig.json"];

export interface FixtureProject {
  root: string;
  write(relativePath: string, text: string | Buffer): void;
  remove(relativePath: string): void;
  /** `npm run build` in the copy, with the fixtures' shared cache; a failed run says why (describeRun). */
  build(args?: string[], env?: Record<string, string>, options?: RunOptions): ScriptRun;
  /** Another script of the copy (scripts/<name>), as a person runs it there. */
  run(script: string, args?: string[], env?: Record<string, string>): ScriptRun;
  dispose(): void;
}

export interface FixtureOptions {
  /** Leave out the real posts and screenshots (start from an empty design history). */
  withoutPosts?: boolean;
}

export function createFixtureProject(options: FixtureOptions = {}): FixtureProject {
  const root = mkdtempSync(path.join(os.tmpdir(), "npq-site-"));
  for (const entry of COPIED) {
    const from = path.join(PROJECT_ROOT, entry);
    try {
      statSync(from);
    } catch {
      continue;
    }
    cpSync(from, path.join(root, entry), { recursive: true });
  }
  if (options.withoutPosts) {
    for (const f of readdirSync(path.join(root, "content/posts"))) if (f.endsWith(".md")) rmSync(path.join(root, "content/posts", f));
    rmSync(path.join(root, "screenshots"), { recursive: true, force: true });
    mkdirSync(path.join(root, "screenshots"));
  }
  symlinkSync(path.join(PROJECT_ROOT, "node_modules"), path.join(root, "node_modules"));
  const cacheDir = testCacheDir("fixtures");
  mkdirSync(cacheDir, { recursive: true });
  return {
    root,
    write(relativePath, text) {
      const target = path.join(root, relativePath);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
    },
    remove(relativePath) {
      rmSync(path.join(root, relativePath), { recursive: true, force: true });
    },
    build(args = [], env = {}, options = {}) {
      return runScript("build.ts", args, root, { SITE_CACHE_DIR: cacheDir, ...env }, options);
    },
    run(script, args = [], env = {}) {
      return runScript(script, args, root, { SITE_CACHE_DIR: cacheDir, ...env });
    },
    dispose() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A fingerprint of every file in a folder (path and content hash), to prove it did not change. */
export function fingerprintFolder(dir: string): Map<string, string> {
  const prints = new Map<string, string>();
  const walk = (current: string) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else prints.set(path.relative(dir, full), createHash("sha256").update(readFileSync(full)).digest("hex"));
    }
  };
  walk(dir);
  return prints;
}

/**
 * A fixture project with one good build done: its _site/ fingerprint, to prove a failing build left
 * it untouched, and the seed post's text, to restore after planting something in it.
 */
export function createBuiltFixture(): { project: FixtureProject; goodSite: Map<string, string>; seedPost: string } {
  const project = createFixtureProject();
  assertSucceeded(project.build(), "the fixture's first build");
  return {
    project,
    goodSite: fingerprintFolder(path.join(project.root, "_site")),
    seedPost: readFileSync(path.join(project.root, SEED_POST), "utf8"),
  };
}
