// Build the real project once per test file into a temporary folder and read pages from it.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse, type HTMLElement } from "node-html-parser";
import { PROJECT_ROOT, testCacheDir } from "./fixture-project.ts";
import { assertSucceeded, runScript } from "./run-script.ts";

export interface BuiltSite {
  output: string;
  page(urlPath: string): HTMLElement;
  file(urlPath: string): Buffer;
  dispose(): void;
}

export function buildRealSite(env: Record<string, string> = {}): BuiltSite {
  const parent = mkdtempSync(path.join(os.tmpdir(), "npq-built-"));
  const output = path.join(parent, "site");
  assertSucceeded(runScript("build.ts", ["--output", output], PROJECT_ROOT, { SITE_CACHE_DIR: testCacheDir("real-site"), ...env }), "the build of the real site");
  const fileFor = (urlPath: string) => path.join(output, decodeURIComponent(urlPath.replace(/^\//, "")));
  return {
    output,
    page(urlPath) {
      const file = urlPath.endsWith("/") ? path.join(fileFor(urlPath), "index.html") : fileFor(urlPath);
      return parse(readFileSync(file, "utf8"));
    },
    file(urlPath) {
      return readFileSync(fileFor(urlPath));
    },
    dispose() {
      rmSync(parent, { recursive: true, force: true });
    },
  };
}
