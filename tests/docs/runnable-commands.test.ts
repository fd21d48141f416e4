// The guides' commands keep working: every fenced block marked `sh runnable` in README.md and docs/
// is run, as a person would paste it, in a copy of the project (with the fixture histories the
// migration guide names), and must exit 0. A guide that rots fails here.
import { spawnSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixtureProject, PROJECT_ROOT, testCacheDir, type FixtureProject } from "../helpers/fixture-project.ts";
import { describeRun } from "../helpers/run-script.ts";

interface Block {
  guide: string;
  line: number;
  script: string;
}

function runnableBlocks(): Block[] {
  const guides = ["README.md", ...readdirSync(path.join(PROJECT_ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
  return guides.flatMap((guide) => {
    const text = readFileSync(path.join(PROJECT_ROOT, guide), "utf8");
    return [...text.matchAll(/^```sh runnable\n([\s\S]*?)^```/gm)].map((m) => ({ guide, line: text.slice(0, m.index).split("\n").length, script: m[1]! }));
  });
}

const blocks = runnableBlocks();
let project: FixtureProject;

beforeAll(() => {
  project = createFixtureProject();
  cpSync(path.join(PROJECT_ROOT, "tests/fixtures/histories"), path.join(project.root, "tests/fixtures/histories"), { recursive: true });
});
afterAll(() => project?.dispose());

describe("the guides' runnable commands", () => {
  it("are there to run (each guide that gives a command marks at least one)", () => {
    expect(new Set(blocks.map((b) => b.guide))).toEqual(new Set(["docs/writing-posts.md", "docs/rules.md", "docs/auditing.md", "docs/migrating.md"]));
  });

  it.each(blocks.map((b) => [`${b.guide} line ${b.line}`, b] as const))("%s runs and exits 0", (_where, block) => {
    const result = spawnSync("bash", ["-euo", "pipefail", "-c", block.script], {
      cwd: project.root,
      encoding: "utf8",
      env: { ...process.env, SITE_CACHE_DIR: testCacheDir("fixtures") },
      maxBuffer: 64 << 20,
    });
    const run = { command: block.script.trim(), status: result.status, signal: result.signal, stdout: result.stdout ?? "", stderr: result.stderr ?? "", error: result.error?.message };
    expect(run.status, describeRun(run)).toBe(0);
  });
});
