// Builds stopped part-way, and builds started together (common/output-lock.ts, site/build/build-site.ts):
// a build killed with SIGKILL or SIGINT at any moment leaves the last good _site/ exactly as it was, and
// the next build is whole and correct, clearing what the killed one left; two builds of one output
// started at once both finish, one after the other, each with a whole site.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixtureProject, fingerprintFolder, testCacheDir, type FixtureProject } from "../../helpers/fixture-project.ts";
import { assertSucceeded, describeRun, runScriptAsync, type ScriptRun } from "../../helpers/run-script.ts";

/**
 * The fixtures' shared thumbnail cache, as project.build([], ENV) uses it, and a fixed commit and build time
 * (every footer shows them), so that two whole builds are byte for byte the same.
 */
const ENV = { SITE_CACHE_DIR: testCacheDir("fixtures"), SOURCE_COMMIT: "0123456789abcdef", SOURCE_DATE_EPOCH: "1796601600" };
let project: FixtureProject;
let goodSite: Map<string, string>;
beforeAll(() => {
  project = createFixtureProject();
  assertSucceeded(project.build([], ENV), "the fixture's first build");
  goodSite = site();
});
afterAll(() => project?.dispose());

/** The files that differ between two fingerprints: missing, extra or changed. */
function differences(actual: Map<string, string>, expected: Map<string, string>): string[] {
  const files = new Set([...actual.keys(), ...expected.keys()]);
  return [...files].filter((f) => actual.get(f) !== expected.get(f)).map((f) => `${f}: ${!actual.has(f) ? "missing" : !expected.has(f) ? "extra" : "changed"}`).sort();
}
const site = () => fingerprintFolder(path.join(project.root, "_site"));
const leftovers = () => readdirSync(project.root).filter((name) => /^_site\.(building|previous)-|^_site\.lock/.test(name));
/** Replaced outputs not yet deleted: each build deletes the one it replaced in the background. */
const replaced = () => readdirSync(project.root).filter((name) => /^_site\.replaced-/.test(name));
/** Wait (at most a minute) until every replaced output is gone; what is still there after that. */
async function replacedAfterAWhile(): Promise<string[]> {
  for (const until = Date.now() + 60_000; replaced().length && Date.now() < until; ) await new Promise((r) => setTimeout(r, 100));
  return replaced();
}

/** Start `npm run build`, kill it with `signal` after `ms`, and wait for it to end. */
function killedBuild(signal: NodeJS.Signals, ms: number): Promise<{ signal: NodeJS.Signals | null; status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/build.ts"], { cwd: project.root, env: { ...process.env, ...ENV }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill(signal), ms);
    child.on("close", (status, sig) => {
      clearTimeout(timer);
      resolve({ signal: sig, status, stderr });
    });
  });
}

// Seeded, so a failure names the moment to replay: the kills land from start-up to the swap.
const SEED = 20261207;
function moments(count: number): number[] {
  let state = SEED;
  return Array.from({ length: count }, () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return 150 + (state % 4000);
  });
}

describe("a build killed part-way", () => {
  const cases = [...moments(3).map((ms) => ["SIGKILL", ms * 2] as const), ["SIGINT", moments(4)[3]!] as const];

  it.each(cases)(`leaves _site/ as it was, and the next build is whole (%s after %i ms; seed ${SEED})`, async (signal, ms) => {
    const before = site();
    const killed = await killedBuild(signal, ms);
    // Some kills land after the build has finished; those must have built a whole site.
    if (killed.status === 0) expect(differences(site(), goodSite)).toEqual([]);
    else expect(differences(site(), before), `killed with ${killed.signal ?? `exit ${killed.status}`}: ${killed.stderr.slice(-500)}`).toEqual([]);
    const next = assertSucceeded(project.build([], ENV), "the build after the killed one");
    expect(differences(site(), goodSite), describeRun(next)).toEqual([]);
    expect(leftovers()).toEqual([]);
    expect(await replacedAfterAWhile()).toEqual([]);
  });
});

describe("the output a build replaces", () => {
  it("is deleted after the new one is in place, without the build waiting for it", async () => {
    const run = assertSucceeded(project.build([], ENV), "a rebuild");
    expect(differences(site(), goodSite), describeRun(run)).toEqual([]);
    expect(await replacedAfterAWhile()).toEqual([]);
  });

  it("is deleted by the next build when its remover has gone (killed, or the machine restarted)", async () => {
    // A process number no process has (above Linux's pid_max), as a remover that is gone would leave it.
    const orphan = path.join(project.root, "_site.replaced-4194999");
    mkdirSync(path.join(orphan, "posts"), { recursive: true });
    writeFileSync(path.join(orphan, "posts", "index.html"), "<p>an old page</p>");
    const run = assertSucceeded(project.build([], ENV), "the build that finds it");
    expect(differences(site(), goodSite), describeRun(run)).toEqual([]);
    expect(await replacedAfterAWhile()).toEqual([]);
  });
});

describe("two builds of one output started at once", () => {
  it("both finish with a whole site: the second waits for the first, and says so", async () => {
    const runs: ScriptRun[] = await Promise.all([runScriptAsync("build.ts", [], project.root, ENV), runScriptAsync("build.ts", [], project.root, ENV)]);
    for (const run of runs) expect(run.status, describeRun(run)).toBe(0);
    expect(runs.filter((r) => /Waiting: another build \(process \d+, since .*\) is writing .*_site\//.test(r.stderr)), runs.map(describeRun).join("\n")).toHaveLength(1);
    expect(differences(site(), goodSite)).toEqual([]);
    expect(leftovers()).toEqual([]);
  });

  it("builds into different outputs side by side without waiting", async () => {
    const other = path.join(project.root, "other-site");
    const runs = await Promise.all([runScriptAsync("build.ts", [], project.root, ENV), runScriptAsync("build.ts", ["--output", other], project.root, ENV)]);
    for (const run of runs) {
      expect(run.status, describeRun(run)).toBe(0);
      expect(run.stderr).not.toContain("Waiting");
    }
    expect(differences(fingerprintFolder(other), site())).toEqual([]);
    expect(existsSync(`${other}.lock`)).toBe(false);
  });
});
