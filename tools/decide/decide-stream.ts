// The decide command's streaming: JSON Lines in, one decision per line out, in input order, memory
// flat (decision-io.md). Input is cut into batches of whole lines (line-batcher.ts); each batch is
// decided on a worker thread or on this one (decide-batch.ts, the same code on either), and one
// ordered writer writes the batches' decisions in input order, whichever finishes first.
//
// Why threads: deciding is CPU-bound (JSON.parse alone is about two thirds of it), so one thread
// decides at most one core's worth. Why this thread decides too: a worker takes most of a second to
// start (it loads tsx and the rules), in which this thread would otherwise wait; and on two cores,
// one worker and this thread keep both busy with a worker's memory less than two workers would.
// A small input (one batch, a few hundred lines) is decided here alone and starts no worker.
//
// Memory stays flat: a batch counts as in flight from the moment it is cut until its decisions are
// written; at most `maxInFlight` are, and input is paused while that many are or while the output
// is draining. Buffers go round: input buffers come back with their decisions, output buffers once
// written, so a long run reuses the same few megabytes instead of faulting in fresh memory.

import { Worker } from "node:worker_threads";
import { OutputBytes, textOf } from "./batch-bytes.ts";
import { decideBatch, type BatchOptions } from "./decide-batch.ts";
import type { DecideWorkerData, WorkerReply, WorkerRequest } from "./decide-worker-thread.ts";
import { LineBatcher, type LineBatch } from "./line-batcher.ts";

export interface DecideStreamSettings {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  readonly options: BatchOptions;
  /** Worker threads to start once the input outgrows one batch; 0 decides on this thread only. */
  readonly workers: number;
  /** Bytes of input per batch (default 256 KiB, about 600 lines). */
  readonly batchBytes?: number;
  /**
   * Whether this thread decides a batch itself when no worker is ready with room for it (default
   * true). When false, once workers are started every batch goes to them and this thread only
   * reads and writes.
   */
  readonly mainThreadDecides?: boolean;
}

/** Reading the input failed: the command could not run. */
export class InputError extends Error {}
/** Writing the output failed (a closed pipe, a full disk); `anyError` is what was decided so far. */
export class OutputError extends Error {
  constructor(
    readonly cause: NodeJS.ErrnoException,
    readonly anyError: boolean,
  ) {
    super(cause.message);
  }
}

export const DEFAULT_BATCH_BYTES = 256 * 1024;
/** Batches a worker holds at once: one to decide, one waiting, so it never idles between them. */
const PER_WORKER = 2;

interface DecideWorker {
  readonly thread: Worker;
  ready: boolean;
  holding: number;
}

/** Decide every line of `input` onto `output`; resolves once every decision has been written. */
export function decideStream(settings: DecideStreamSettings): Promise<{ anyError: boolean }> {
  const { input, output, options, workers: workerCount } = settings;
  const batchBytes = settings.batchBytes ?? DEFAULT_BATCH_BYTES;
  const mainThreadDecides = settings.mainThreadDecides ?? true;
  const maxInFlight = workerCount * PER_WORKER + 2;

  return new Promise((resolve, reject) => {
    const batcher = new LineBatcher(batchBytes);
    const workers: DecideWorker[] = [];
    /** Cut batches not yet handed to a thread, in input order. */
    const waiting: { seq: number; batch: LineBatch }[] = [];
    /** Decided batches not yet written, by their place in the input, with the worker that made them. */
    const decided = new Map<number, { bytes: Uint8Array; maker: DecideWorker | null }>();
    /** Output buffers of this thread's own batches, written and free again. */
    const spare: ArrayBuffer[] = [];
    let cut = 0;
    let written = 0;
    let inputEnded = false;
    let draining = false;
    let paused = false;
    let anyError = false;
    let settled = false;

    const settle = () => {
      settled = true;
      for (const w of workers) void w.thread.terminate();
    };
    const fail = (error: Error) => {
      if (settled) return;
      settle();
      reject(error);
    };

    const startWorkers = () => {
      for (let i = 0; i < workerCount; i++) {
        const thread = new Worker(new URL("./decide-worker.mjs", import.meta.url), {
          workerData: { options } satisfies DecideWorkerData,
        });
        const worker: DecideWorker = { thread, ready: false, holding: 0 };
        thread.on("message", (reply: WorkerReply) => {
          if (reply.kind === "ready") worker.ready = true;
          else {
            worker.holding--;
            if (reply.anyError) anyError = true;
            batcher.recycle(reply.input);
            decided.set(reply.seq, { bytes: reply.output, maker: worker });
          }
          pump();
        });
        thread.on("error", (error) => fail(new Error(`a decide worker failed: ${error.stack ?? error.message}`)));
        thread.on("exit", (code) => {
          if (!settled) fail(new Error(`a decide worker stopped (exit code ${code})`));
        });
        workers.push(worker);
      }
    };

    /** The worker with most room, if any has room; one still starting counts only when this thread does not decide. */
    const roomyWorker = (): DecideWorker | undefined => {
      let best: DecideWorker | undefined;
      for (const w of workers) {
        if ((w.ready || !mainThreadDecides) && w.holding < PER_WORKER && (!best || w.holding < best.holding)) best = w;
      }
      return best;
    };

    const dispatch = () => {
      while (waiting.length > 0) {
        const worker = roomyWorker();
        if (worker) {
          const { seq, batch } = waiting.shift()!;
          const bytes = new Uint8Array(batch.bytes.buffer, batch.bytes.byteOffset, batch.bytes.byteLength);
          worker.holding++;
          const request: WorkerRequest = { kind: "batch", seq, bytes, firstLine: batch.firstLine };
          worker.thread.postMessage(request, [bytes.buffer as ArrayBuffer]);
        } else if (mainThreadDecides || workers.length === 0) {
          const { seq, batch } = waiting.shift()!;
          const text = textOf(batch.bytes);
          batcher.recycle(batch.bytes.buffer as ArrayBuffer);
          const out = new OutputBytes(spare.pop() ?? null);
          if (decideBatch(text, batch.firstLine, options, out)) anyError = true;
          decided.set(seq, { bytes: out.written(), maker: null });
        } else break;
      }
    };

    const writeInOrder = () => {
      while (!draining && decided.has(written)) {
        const { bytes, maker } = decided.get(written)!;
        decided.delete(written);
        written++;
        const buffer = bytes.buffer as ArrayBuffer;
        // Once written, the buffer goes back to the thread that filled it, to be filled again.
        const recycle = maker
          ? () => maker.thread.postMessage({ kind: "recycle", buffer } satisfies WorkerRequest, [buffer])
          : () => spare.push(buffer);
        if (bytes.length === 0) {
          recycle();
          continue;
        }
        const ok = output.write(Buffer.from(buffer, bytes.byteOffset, bytes.length), (error) => {
          if (!error) recycle();
        });
        if (!ok) {
          draining = true;
          output.once("drain", () => {
            draining = false;
            pump();
          });
        }
      }
    };

    function pump(): void {
      if (settled) return;
      dispatch();
      writeInOrder();
      if (inputEnded && written === cut && !draining) {
        settle();
        resolve({ anyError });
        return;
      }
      // Backpressure: read no more while batches pile up or the output is draining.
      const hold = waiting.length > 0 || cut - written >= maxInFlight || draining;
      if (hold && !paused) {
        paused = true;
        input.pause();
      } else if (!hold && paused && !inputEnded) {
        paused = false;
        input.resume();
      }
    }

    input.on("data", (chunk: Buffer) => {
      for (const batch of batcher.push(chunk)) {
        // A second batch means the input is more than a few hundred lines: worth the workers.
        if (cut === 1 && workers.length === 0 && workerCount > 0) startWorkers();
        waiting.push({ seq: cut++, batch });
      }
      pump();
    });
    input.on("end", () => {
      inputEnded = true;
      const last = batcher.end();
      if (last) waiting.push({ seq: cut++, batch: last });
      pump();
    });
    input.on("error", (error: Error) => fail(new InputError(error.message)));
    output.on("error", (error: NodeJS.ErrnoException) => fail(new OutputError(error, anyError)));
  });
}
