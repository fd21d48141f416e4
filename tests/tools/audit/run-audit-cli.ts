// Run `npm run audit` as a person would (node + tsx on scripts/audit.ts) and a temporary folder for
// the files it reads and writes.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "csv-parse/sync";

export const ROOT = path.resolve(import.meta.dirname, "../../..");

export interface AuditRun {
  status: number | null;
  stdout: string;
  stderr: string;
  json(): any;
}

export function runAuditCli(args: string[]): Promise<AuditRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/audit.ts", ...args], { cwd: ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    child.on("close", (status) => resolve({ status, stdout, stderr, json: () => JSON.parse(stdout) }));
  });
}

export function tempFolder() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "npq-audit-"));
  return {
    dir,
    path: (name: string) => path.join(dir, name),
    write(name: string, text: string) {
      writeFileSync(path.join(dir, name), text);
      return path.join(dir, name);
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export function readCsv(text: string): Record<string, string>[] {
  return parse(text, { columns: true });
}
