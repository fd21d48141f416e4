// The benchmark runs the build and the dev server as package.json's scripts do (bench/npm-script.ts).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { nodeArguments, npmScript } from "../../bench/npm-script.ts";
import { PROJECT_ROOT } from "../helpers/fixture-project.ts";

function withScripts(scripts: Record<string, string>, test: (dir: string) => void) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "npq-scripts-"));
  try {
    writeFileSync(path.join(dir, "package.json"), JSON.stringify({ scripts }));
    test(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("npmScript", () => {
  it("reads the project's own start and build scripts", () => {
    const start = npmScript(PROJECT_ROOT, "start");
    expect(start.program).toBe("node");
    expect(nodeArguments(start, "start")).toEqual(expect.arrayContaining(["node_modules/@11ty/eleventy/cmd.cjs", "--config=eleventy.config.ts", "--serve", "--incremental"]));
    const build = npmScript(PROJECT_ROOT, "build");
    expect(nodeArguments(build, "build")).toEqual(expect.arrayContaining(["--import", "tsx", "scripts/build.ts"]));
  });

  it("takes variables and exec before the program, and turns tsx into node --import tsx", () => {
    withScripts({ start: "A_B=2 exec node --flag x.js --serve", build: "X=1 Y=two tsx scripts/build.ts" }, (dir) => {
      expect(npmScript(dir, "start")).toEqual({ env: { A_B: "2" }, program: "node", args: ["--flag", "x.js", "--serve"] });
      expect(nodeArguments(npmScript(dir, "build"), "build")).toEqual(["--import", "tsx", "scripts/build.ts"]);
      expect(npmScript(dir, "build").env).toEqual({ X: "1", Y: "two" });
    });
  });

  it("refuses what it cannot run as npm would, naming package.json, the script and the shape expected", () => {
    withScripts({ start: "eleventy --serve", build: "npm run a && npm run b" }, (dir) => {
      expect(() => nodeArguments(npmScript(dir, "start"), "start")).toThrow(/package\.json: scripts\.start runs eleventy; the benchmark runs only node or tsx scripts/);
      expect(() => npmScript(dir, "build")).toThrow(/package\.json: scripts\.build is "npm run a && npm run b": it has shell syntax beyond variables and exec; the benchmark expects/);
      expect(() => npmScript(dir, "missing")).toThrow(/scripts\.missing is null: there is none/);
    });
  });
});
