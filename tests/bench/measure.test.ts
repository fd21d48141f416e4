// The benchmark's process-tree readings: the editing measure waits until the dev server and its child
// processes (Pagefind's indexer) are idle, so the CPU of a child must count, while it runs and after.
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { processTree, treeCpuSeconds } from "../../bench/measure.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// A grandchild that uses 0.3 s of CPU and ends; the shell between waits for it and then sleeps.
const SPIN = "const s = process.cpuUsage(); while (process.cpuUsage(s).user < 300000);";

describe("process tree readings", () => {
  it("count a grandchild's CPU while it runs and after it has ended", async () => {
    const shell = spawn("sh", ["-c", `"${process.execPath}" -e '${SPIN}' & wait; echo spun; sleep 30`], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    shell.stdout.on("data", (d) => (out += d));
    shell.stderr.on("data", (d) => (out += d));
    try {
      let sawGrandchild = false;
      const until = performance.now() + 60_000;
      while (!out.includes("spun")) {
        if (processTree(shell.pid!).length >= 2) sawGrandchild = true;
        if (performance.now() > until || shell.exitCode !== null) throw new Error(`the spinning child did not finish: exit ${shell.exitCode}, output: ${out}`);
        await sleep(20);
      }
      expect(sawGrandchild, "the tree listed the shell's child while it ran").toBe(true);
      // Ended and reaped by the shell: its CPU is now the shell's children's time.
      expect(treeCpuSeconds(shell.pid!)).toBeGreaterThanOrEqual(0.29);
      expect(processTree(shell.pid!)[0]).toBe(shell.pid);
    } finally {
      shell.kill("SIGKILL");
    }
  });

  it("read nothing of a process that is gone", () => {
    expect(treeCpuSeconds(2 ** 22 + 12345)).toBe(0);
  });
});
