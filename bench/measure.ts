// Running a command and measuring it: wall time and the peak resident memory of the process tree
// (GNU time's maximum RSS, which covers the process and every child it waited for).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface Measured {
  seconds: number;
  /** When the command was started and when it ended, in milliseconds since the Unix epoch. */
  startedAt: number;
  endedAt: number;
  peakRssMb: number;
  stdout: string;
  stderr: string;
}

const GNU_TIME = "/usr/bin/time";

export async function measureCommand(
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string | undefined> },
): Promise<Measured> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "bench-time-"));
  const timeFile = path.join(tmp, "time.txt");
  const useTime = existsSync(GNU_TIME);
  const [cmd, argv] = useTime ? [GNU_TIME, ["-f", "%e %M", "-o", timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const startedAt = Date.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const code: number = await new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (c) => resolve(c ?? 1));
  });
  const seconds = (performance.now() - started) / 1000;
  const endedAt = Date.now();
  let peakRssMb = NaN;
  if (useTime && existsSync(timeFile)) {
    const [, kb] = readFileSync(timeFile, "utf8").trim().split("\n").pop()!.split(" ");
    peakRssMb = Number(kb) / 1024;
  }
  rmSync(tmp, { recursive: true, force: true });
  if (code !== 0) {
    throw new Error(`${command} ${args.join(" ")} (in ${options.cwd}) failed with exit code ${code}:\n${stderr.slice(-4000) || stdout.slice(-4000)}`);
  }
  return { seconds, startedAt, endedAt, peakRssMb, stdout, stderr };
}

/** The live processes of a tree: `pid` and its descendants (children of every thread, e.g. a worker's). */
export function processTree(pid: number): number[] {
  const tree: number[] = [];
  const visit = (p: number) => {
    tree.push(p);
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${p}/task`);
    } catch {
      return; // ended
    }
    for (const task of tasks) {
      try {
        for (const c of readFileSync(`/proc/${p}/task/${task}/children`, "utf8").split(/\s+/).filter(Boolean)) visit(Number(c));
      } catch {
        // the thread or process ended
      }
    }
  };
  visit(pid);
  return tree;
}

/**
 * CPU seconds (user + system) used so far by a process tree: each live process's own, and what its
 * ended children used (so a child that ends between two readings is still counted).
 */
export function treeCpuSeconds(pid: number): number {
  let seconds = 0;
  for (const p of processTree(pid)) {
    try {
      const fields = readFileSync(`/proc/${p}/stat`, "utf8").split(") ")[1]!.split(" ");
      seconds += (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / 100;
    } catch {
      // ended
    }
  }
  return seconds;
}

/** VmHWM (peak resident set) of a live process and its descendants, in MiB; 0 if gone. */
export function treePeakRssMb(pid: number): number {
  let peak = 0;
  for (const p of processTree(pid)) {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, "utf8"));
      if (m) peak = Math.max(peak, Number(m[1]) / 1024);
    } catch {
      // ended
    }
  }
  return peak;
}
