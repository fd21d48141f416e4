// Run one of a project's scripts (scripts/*.ts, from the folder given: the real project or a fixture
// copy) as a person would, with tsx, in that folder.
import { spawn, spawnSync } from "node:child_process";

export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runScript(script: string, args: string[], cwd: string, env: Record<string, string> = {}): ScriptRun {
  const result = spawnSync(process.execPath, ["--import", "tsx", `scripts/${script}`, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same, without blocking: needed when this test process also serves the site the script visits. */
export function runScriptAsync(script: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<ScriptRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", `scripts/${script}`, ...args], { cwd, env: { ...process.env, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}
