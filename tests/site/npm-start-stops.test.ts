// Stopping `npm start` stops Eleventy's server too: with Ctrl-C (SIGINT to the terminal's whole
// process group) and when only npm's own process is killed (SIGTERM), as an editor or a process
// manager stops it. Before, npm started the server through a shell and a tsx wrapper, and killing npm
// left the server running without a parent, still holding its port.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createConnection } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixtureProject, testCacheDir, type FixtureProject } from "../helpers/fixture-project.ts";

let project: FixtureProject;
beforeAll(() => {
  project = createFixtureProject({ withoutPosts: true });
});
afterAll(() => project?.dispose());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The processes still in a process group (ps lists them; the group id is npm's pid, as it leads). */
function processesInGroup(group: number): string[] {
  const ps = spawnSync("ps", ["-o", "pid=,args=", "-g", String(group)], { encoding: "utf8" });
  return ps.stdout.split("\n").map((line) => line.trim()).filter(Boolean);
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: "127.0.0.1" });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
}

async function startServer(port: number): Promise<{ npm: ChildProcess; log: () => string }> {
  let log = "";
  // Its own process group, as a terminal gives a command, so the test can send what Ctrl-C sends.
  const npm = spawn("npm", ["start", "--", `--port=${port}`], {
    cwd: project.root,
    detached: true,
    env: { ...process.env, SITE_CACHE_DIR: testCacheDir("fixtures") },
    stdio: ["ignore", "pipe", "pipe"],
  });
  npm.stdout!.on("data", (d) => (log += d));
  npm.stderr!.on("data", (d) => (log += d));
  const end = Date.now() + 240_000;
  while (!/Server at/.test(log)) {
    if (npm.exitCode !== null || Date.now() > end) throw new Error(`npm start did not start its server:\n${log.slice(-2000)}`);
    await sleep(100);
  }
  return { npm, log: () => log };
}

async function expectAllStopped(group: number, port: number, how: string): Promise<void> {
  const end = Date.now() + 15_000;
  while (processesInGroup(group).length > 0 && Date.now() < end) await sleep(100);
  const left = processesInGroup(group);
  if (left.length) process.kill(-group, "SIGKILL"); // leave nothing behind, even when the test fails
  expect(left, `still running after ${how}`).toEqual([]);
  expect(await listening(port), `port ${port} still answers after ${how}`).toBe(false);
}

describe("stopping npm start", () => {
  const port = 21000 + (process.pid % 9000);

  it("with Ctrl-C (SIGINT to its process group) stops Eleventy's server", async () => {
    const { npm } = await startServer(port);
    process.kill(-npm.pid!, "SIGINT");
    await expectAllStopped(npm.pid!, port, "Ctrl-C");
  });

  it("by killing npm's own process (SIGTERM) stops Eleventy's server, leaving no orphan listening", async () => {
    const { npm } = await startServer(port + 1);
    process.kill(npm.pid!, "SIGTERM");
    await expectAllStopped(npm.pid!, port + 1, "SIGTERM to npm's process alone");
  });
});
