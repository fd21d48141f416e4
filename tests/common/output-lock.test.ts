// One writer at a time for an output folder (common/output-lock.ts), without building anything: the
// lock is taken and given back; a stale or half-written lock is taken over; a live build is waited
// for and a live dev server refused, each with a message naming the process.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { acquireOutputLock, lockFileOf } from "../../common/output-lock.ts";

const folder = mkdtempSync(path.join(os.tmpdir(), "npq-lock-"));
const output = path.join(folder, "_site");
const lock = lockFileOf(output);
let holder: ChildProcess | undefined;
afterEach(() => {
  holder?.kill("SIGKILL");
  holder = undefined;
  rmSync(lock, { force: true });
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A live process to stand for another writer. */
function liveProcess(): number {
  holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"], { stdio: "ignore" });
  return holder.pid!;
}
const hold = (pid: number, kind: "build" | "serve") => writeFileSync(lock, JSON.stringify({ pid, kind, since: "2026-12-07T10:00:00.000Z" }));

describe("an output folder's lock", () => {
  it("is taken with who holds it, and given back", async () => {
    const release = await acquireOutputLock(output, "build");
    expect(JSON.parse(readFileSync(lock, "utf8"))).toMatchObject({ pid: process.pid, kind: "build" });
    release();
    expect(existsSync(lock)).toBe(false);
  });

  it.each([
    ["a process that is gone", () => hold(2 ** 22 + 4321, "build")],
    ["a half-written file", () => writeFileSync(lock, '{"pid":')],
    ["a file of something else", () => writeFileSync(lock, '{"pid":1,"kind":"deploy"}')],
  ])("is taken over from %s", async (_name, plant) => {
    plant();
    const release = await acquireOutputLock(output, "build", { timeoutMs: 1000 });
    expect(JSON.parse(readFileSync(lock, "utf8")).pid).toBe(process.pid);
    release();
  });

  it("is held by one writer at a time when several race for it, a stale lock among them", async () => {
    hold(2 ** 22 + 999, "build");
    const marker = path.join(folder, "holder");
    const child = path.join(folder, "race.mts");
    // Each writer takes the lock three times; while it holds it, the marker must be its alone.
    writeFileSync(child, `
      import { existsSync, writeFileSync, rmSync, appendFileSync } from "node:fs";
      import { acquireOutputLock } from ${JSON.stringify(path.resolve("common/output-lock.ts"))};
      for (let i = 0; i < 3; i++) {
        const release = await acquireOutputLock(${JSON.stringify(output)}, "build");
        if (existsSync(${JSON.stringify(marker)})) appendFileSync(${JSON.stringify(marker + ".clash")}, process.pid + "\\n");
        writeFileSync(${JSON.stringify(marker)}, String(process.pid));
        await new Promise((r) => setTimeout(r, 20));
        rmSync(${JSON.stringify(marker)}, { force: true });
        release();
      }
    `);
    const runs = await Promise.all(
      Array.from({ length: 5 }, () =>
        new Promise<{ status: number | null; stderr: string }>((resolve) => {
          const p = spawn(process.execPath, ["--import", "tsx", child], { stdio: ["ignore", "ignore", "pipe"] });
          let stderr = "";
          p.stderr!.on("data", (d) => (stderr += d));
          p.on("close", (status) => resolve({ status, stderr }));
        }),
      ),
    );
    for (const run of runs) expect(run.status, run.stderr).toBe(0);
    expect(existsSync(`${marker}.clash`) ? readFileSync(`${marker}.clash`, "utf8") : "").toBe("");
    expect(existsSync(lock)).toBe(false);
  });

  it("waits for a build that holds it, saying so once, and takes it when that build ends", async () => {
    const pid = liveProcess();
    hold(pid, "build");
    const said: string[] = [];
    const taking = acquireOutputLock(output, "build", { onWait: (m) => said.push(m) });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(existsSync(lock) && JSON.parse(readFileSync(lock, "utf8")).pid).toBe(pid);
    rmSync(lock); // that build finishes
    const release = await taking;
    expect(said).toEqual([`Waiting: another build (process ${pid}, since 2026-12-07T10:00:00.000Z) is writing ${output}/.`]);
    release();
  });

  it("gives up waiting for a build after its time-out, naming it", async () => {
    const pid = liveProcess();
    hold(pid, "build");
    await expect(acquireOutputLock(output, "build", { timeoutMs: 300 })).rejects.toThrow(`another build (process ${pid}, since 2026-12-07T10:00:00.000Z) is writing ${output}/ and has not finished`);
  });

  it("is refused at once while `npm start` holds it, naming the process and what to do", async () => {
    const pid = liveProcess();
    hold(pid, "serve");
    const started = Date.now();
    await expect(acquireOutputLock(output, "build")).rejects.toThrow(`\`npm start\` (process ${pid}, since 2026-12-07T10:00:00.000Z) is writing ${output}/. Stop it first (Ctrl-C where it runs), or build elsewhere with --output DIR.`);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
