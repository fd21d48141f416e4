// Global setup for the browser and accessibility tests (vitest project "browser"): checks that
// Chromium is installed, builds the real site once into a temporary folder and serves it on
// 127.0.0.1 for every test file. Tests read the address with inject("site").
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { chromiumMissingMessage } from "../../tools/checks/chromium.ts";
import { serveStaticSite } from "../../tools/checks/static-server.ts";
import { PROJECT_ROOT, testCacheDir } from "../helpers/fixture-project.ts";
import { describeRun, runScript } from "../helpers/run-script.ts";

declare module "vitest" {
  export interface ProvidedContext {
    site: { url: string; folder: string };
  }
}

/** An error vitest prints as the one line we wrote, without a stack trace. */
function oneLineError(message: string): Error {
  const error = new Error(message);
  error.stack = message;
  return error;
}

export default async function setup(project: TestProject) {
  const missing = chromiumMissingMessage();
  if (missing) {
    // Exactly one line, then stop: vitest would otherwise wrap it in "No test files found" and an
    // "Unhandled Error" banner, which reads like a broken test set-up rather than a missing package.
    console.error(missing);
    process.exit(1);
  }

  const parent = mkdtempSync(path.join(os.tmpdir(), "npq-served-"));
  const folder = path.join(parent, "site");
  const build = runScript("build.ts", ["--output", folder, "--quiet"], PROJECT_ROOT, { SITE_CACHE_DIR: testCacheDir("real-site") });
  if (build.status !== 0) {
    rmSync(parent, { recursive: true, force: true });
    throw oneLineError(`The site did not build, so no page could be checked:\n${describeRun(build)}`);
  }
  const server = await serveStaticSite(folder);
  project.provide("site", { url: server.url, folder });

  return async () => {
    await server.close();
    rmSync(parent, { recursive: true, force: true });
  };
}
