import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// Tests mirror the code's folders. Site tests build real sites in temporary folders (a few seconds
// each), so timeouts are generous; speed is measured by `npm run bench`, never asserted here.
// Two projects: "unit" needs only Node; "browser" (accessibility and real-browser tests) needs
// Debian's Chromium, and its global setup builds and serves the real site once for all its files.
const BROWSER_TESTS = ["tests/a11y/**/*.test.ts", "tests/browser/**/*.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: "forks",
    // Test files spend most of their time waiting on other processes (builds, Chromium, the CLIs), so
    // as many files run at once as there are cores; vitest's default, one fewer, ran one file at a
    // time on a 2-core machine. Files side by side share nothing: each worker has its own build
    // cache (tests/helpers/fixture-project.ts, testCacheDir).
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/**/*.test.ts"], exclude: BROWSER_TESTS } },
      { extends: true, test: { name: "browser", include: BROWSER_TESTS, globalSetup: ["tests/setup/served-site.ts"] } },
    ],
  },
});
