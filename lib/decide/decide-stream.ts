// The decide command's streaming: JSON Lines in, one decision per line out, in input order, memory
// flat (decision-io.md). Input is cut into batches of whole lines (line-batcher.ts); each batch is
// decided on a worker thread or on this one, and one ordered writer writes the batches' decisions in
// input order, whichever finishes first.
//
// Why threads: deciding (JSON.parse above all) is the work, and it is CPU-bound, so one thread
// decides at most one core's worth. A small input is decided here alone: a worker takes about half
// a second to start (it loads tsx and the rules), far longer than a few lines take to decide.
//
// Memory stays flat: a batch counts as in flight from the moment it is cut until its decisions are
// written, at most `maxInFlight` are, and input is paused while that many are or while the output
// is draining.

import { Worker } from "node:worker_threads";
import { decideBatch, type BatchOptions } from "./decide-batch.ts";
import type { BatchRequest, DecideWorkerData, WorkerReply } from "./decide-worker-thread.ts";
import { LineBatcher, type LineBatch } from "./line-batcher.ts";

export interface DecideStreamSettings {
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  readonly options: BatchOptions;
  /** Worker threads to start once the input outgrows one batch; 0 decides on this thread only. */
  readonly workers: number;
  /** Bytes of input per batch. */
  readonly batchBytes?: number;
  /** Whether this thread decides a batch itself when no worker is ready or has room for it. */
  readonly mainDecides?: boolean;
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

const DEFAULT_BATCH_BYTES = 256 * 1024;
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
  const mainDecides = settings.mainDecides ?? true;
  const maxInFlight = workerCount * PER_WORKER + 2;

  return new Promise((resolve, reject) => {
    const batcher = new LineBatcher(batchBytes);
    const workers: DecideWorker[] = [];
    /** Cut batches not yet handed to a thread, in input order. */
    const waiting: { seq: number; batch: LineBatch }[] = [];
    /** Decided batches not yet written, by their place in the input. */
    const decided = new Map<number, string | Uint8Array>();
    let cut = 0;
    let written = 0;
    let inputEnded = false;
    let draining = false;
    let paused = false;
    let anyError = false;
    let settled = false;

    const stopWorkers = () => {
      for (const w of workers) void w.thread.terminate();
    };
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      stopWorkers();
      reject(error);
    };
    const finish = () => {
      settled = true;
      stopWorkers();
      resolve({ anyError });
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
            decided.set(reply.seq, reply.output);
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

    const roomyWorker = (): DecideWorker | undefined => {
      let best: DecideWorker | undefined;
      for (const w of workers) {
        if ((w.ready || !mainDecides) && w.holding < PER_WORKER && (!best || w.holding < best.holding)) best = w;
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
          worker.thread.postMessage({ seq, bytes, firstLine: batch.firstLine } satisfies BatchRequest, [bytes.buffer as ArrayBuffer]);
        } else if (mainDecides || workers.length === 0) {
          const { seq, batch } = waiting.shift()!;
          const result = decideBatch(batch.bytes.toString("utf8"), batch.firstLine, options);
          if (result.anyError) anyError = true;
          decided.set(seq, result.output);
        } else break;
      }
    };

    const writeInOrder = () => {
      while (!draining && decided.has(written)) {
        const out = decided.get(written)!;
        decided.delete(written);
        written++;
        if (out.length === 0) continue;
        if (!output.write(out)) {
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
      if (inputEnded && written === cut && !draining) return finish();
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
