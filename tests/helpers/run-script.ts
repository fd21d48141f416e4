// Run one of a project's scripts (scripts/*.ts, from the folder given: the real project or a fixture
// copy) as a person would, with tsx, in that folder. Every run keeps what a failure needs to be
// understood: the exit status, the signal that ended it, and all of stdout and stderr.
import { spawn, spawnSync } from "node:child_process";

export interface ScriptRun {
  /** What was run, for messages: "scripts/build.ts --output ...". */
  command: string;
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Why the process could not run or was stopped by the runner (e.g. ENOBUFS, ETIMEDOUT). */
  error?: string;
}

/** Output larger than this is kept whole: spawnSync's default of 1 MiB kills a chatty build with SIGTERM. */
const MAX_OUTPUT = 256 * 1024 * 1024;

const tail = (text: string, lines = 80) => {
  const all = text.split("\n");
  return all.length > lines ? [`(${all.length - lines} earlier lines left out)`, ...all.slice(-lines)].join("\n") : text;
};

/** A run as a person needs it when it failed: how it ended, and the end of both output streams. */
export function describeRun(run: ScriptRun): string {
  const ended = run.signal ? `was killed by ${run.signal}` : run.status === null ? "did not finish" : `exited with status ${run.status}`;
  return [
    `${run.command} ${ended}${run.error ? ` (${run.error})` : ""}`,
    `--- stdout ---\n${tail(run.stdout) || "(empty)"}`,
    `--- stderr ---\n${tail(run.stderr) || "(empty)"}`,
  ].join("\n");
}

/** Throw, saying everything about the run, unless it exited with status 0. */
export function assertSucceeded(run: ScriptRun, what = "the command"): ScriptRun {
  if (run.status !== 0) throw new Error(`Expected ${what} to succeed, but it did not.\n${describeRun(run)}`);
  return run;
}

export interface RunOptions {
  /** Stop the run (SIGTERM) after this long: for runs that must not hang, such as a build of hostile input. */
  timeoutMs?: number;
}

export function runScript(script: string, args: string[], cwd: string, env: Record<string, string> = {}, options: RunOptions = {}): ScriptRun {
  const result = spawnSync(process.execPath, ["--import", "tsx", `scripts/${script}`, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ...env },
    maxBuffer: MAX_OUTPUT,
    timeout: options.timeoutMs,
  });
  return { command: `scripts/${script} ${args.join(" ")}`.trim(), status: result.status, signal: result.signal, stdout: result.stdout ?? "", stderr: result.stderr ?? "", error: result.error?.message };
}

/**
 * The same, without blocking: needed when this test process also serves the site the script visits,
 * or watches the script's process while it runs (`onStart` is given its process id).
 */
export function runScriptAsync(script: string, args: string[], cwd: string, env: Record<string, string> = {}, onStart?: (pid: number) => void): Promise<ScriptRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", `scripts/${script}`, ...args], { cwd, env: { ...process.env, ...env } });
    if (child.pid !== undefined) onStart?.(child.pid);
    let stdout = "";
    let stderr = "";
    let error: string | undefined;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", (e) => (error = e.message));
    child.on("close", (status, signal) => resolve({ command: `scripts/${script} ${args.join(" ")}`.trim(), status, signal, stdout, stderr, error }));
  });
}
