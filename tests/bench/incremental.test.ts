// The benchmark's dev server is started as `npm start` starts it: from package.json's start script.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { startArguments } from "../../bench/incremental.ts";
import { PROJECT_ROOT } from "../helpers/fixture-project.ts";

describe("startArguments", () => {
  it("are the node arguments of the project's start script", () => {
    const args = startArguments(PROJECT_ROOT);
    expect(args).toEqual(expect.arrayContaining(["node_modules/@11ty/eleventy/cmd.cjs", "--config=eleventy.config.ts", "--serve", "--incremental"]));
    expect(args.join(" ")).not.toMatch(/^exec|node /);
  });

  it("refuse a start script of another shape, naming package.json and the shape expected", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "npq-start-"));
    try {
      writeFileSync(path.join(dir, "package.json"), JSON.stringify({ scripts: { start: "eleventy --serve" } }));
      expect(() => startArguments(dir)).toThrow(/package\.json: scripts\.start is "eleventy --serve"; the benchmark expects "exec node <arguments>"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
