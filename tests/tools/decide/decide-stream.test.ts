// tools/decide: the streaming under npm run decide. Batches of whole lines, numbered by their place in
// the input; decisions written in input order whatever thread made them; input read no faster than
// the output is taken (memory flat); a failed read rejected as the command's own failure (exit 2).
import { Readable, Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { decideStream, InputError } from "../../../tools/decide/decide-stream.ts";
import { LineBatcher } from "../../../tools/decide/line-batcher.ts";
import { dateInEngland } from "../../../rules/index.ts";
import { decideInput, expectedDecisions } from "../../rules/decide-input.ts";

const options = { today: dateInEngland(new Date()), asOf: "2026-07-01", brief: true };

/** The input's bytes as a stream of chunks of awkward sizes (splitting lines and characters). */
function chunked(bytes: Buffer, sizes = [1, 7, 300, 4096, 65536, 13]): Readable {
  let at = 0;
  let i = 0;
  return new Readable({
    read() {
      if (at >= bytes.length) return void this.push(null);
      const n = sizes[i++ % sizes.length]!;
      this.push(bytes.subarray(at, at + n));
      at += n;
    },
  });
}

/** A consumer that takes each write on the next turn of the event loop, holding 1 KiB at most. */
function slowSink(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    highWaterMark: 1024,
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(Buffer.from(chunk));
      setImmediate(callback);
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString("utf8") };
}

describe("LineBatcher", () => {
  it("cuts batches just after a newline, numbering each batch's first line", () => {
    const batcher = new LineBatcher(10);
    const batches = [...batcher.push(Buffer.from("a\nbb\n\nccc\ndddd\ne")), ...batcher.push(Buffer.from("eeeeeeeeeeeeeeeeee\nf\n"))];
    const last = batcher.end();
    const all = [...batches, ...(last ? [last] : [])].map((b) => ({ firstLine: b.firstLine, text: b.bytes.toString() }));
    expect(all.map((b) => b.text).join("")).toBe("a\nbb\n\nccc\ndddd\neeeeeeeeeeeeeeeeeee\nf\n");
    expect(all.length).toBeGreaterThan(2);
    let line = 1;
    for (const { firstLine, text } of all) {
      expect(text.endsWith("\n")).toBe(true);
      expect(firstLine).toBe(line);
      line += text.split("\n").length - 1;
    }
  });

  it("gives a last line without its newline at the end, and nothing for empty input", () => {
    const batcher = new LineBatcher(64);
    expect(batcher.push(Buffer.from("x\ny"))).toEqual([]);
    expect(batcher.end()).toMatchObject({ firstLine: 1 });
    expect(new LineBatcher(64).end()).toBeNull();
  });
});

describe("decideStream", () => {
  const input = decideInput(3_000, 7, 9_000);
  const bytes = Buffer.from(input);
  const expected = expectedDecisions(input, options);

  it.each([
    { name: "on this thread", workers: 0, mainThreadDecides: true },
    { name: "on two workers, this thread deciding too", workers: 2, mainThreadDecides: true },
    { name: "on two workers only", workers: 2, mainThreadDecides: false },
  ])("writes every decision in input order to a slow consumer ($name)", async ({ workers, mainThreadDecides }) => {
    const sink = slowSink();
    const result = await decideStream({ input: chunked(bytes), output: sink.stream, options, workers, batchBytes: 2048, mainThreadDecides });
    expect(result.anyError).toBe(expected.anyError);
    expect(sink.text()).toBe(expected.lines.map((l) => `${l}\n`).join(""));
  }, 60_000);

  it("reads no further ahead than a few batches while the output is not taken", async () => {
    let produced = 0;
    const line = `${JSON.stringify({ course: "npq-headship", cohort: { id: "2026b", funding: "full" }, worksInEngland: true })}\n`;
    const endless = new Readable({
      read() {
        // On the next turn, so that a reader that never stops still lets the timer below run.
        setImmediate(() => {
          produced += 1;
          this.push(line.repeat(10));
        });
      },
    });
    const stuck = new Writable({ highWaterMark: 1024, write() {} }); // never calls back
    const running = decideStream({ input: endless, output: stuck, options, workers: 1, batchBytes: 4096 });
    await new Promise((r) => setTimeout(r, 3_000));
    const readBytes = produced * line.length * 10;
    // In flight at most (1 worker x 2 + 2) batches of 4 KiB, plus the streams' own buffers (16 KiB
    // each by default) and the writable's backlog until it reports it is full.
    expect(readBytes).toBeGreaterThan(8 * 1024);
    expect(readBytes).toBeLessThan(256 * 1024);
    endless.destroy(new Error("stop"));
    await expect(running).rejects.toBeInstanceOf(InputError);
  }, 30_000);

  it("rejects with an InputError when the input cannot be read", async () => {
    const broken = new Readable({
      read() {
        this.destroy(new Error("EIO: i/o error, read"));
      },
    });
    const sink = slowSink();
    await expect(decideStream({ input: broken, output: sink.stream, options, workers: 0 })).rejects.toBeInstanceOf(InputError);
  });
});
