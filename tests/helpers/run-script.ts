// Run one of a project's scripts (scripts/*.ts, from the folder given: the real project or a fixture
// copy) as a person would, with tsx, in that folder.
import { spawnSync } from "node:child_process";

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
