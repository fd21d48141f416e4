import { defineConfig } from "vitest/config";

// Tests mirror the code's folders. Site tests build real sites in temporary folders (a few seconds
// each), so timeouts are generous; speed is measured by `npm run bench`, never asserted here.
export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: "forks",
  },
});
