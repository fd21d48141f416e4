// The worker side of decide-stream.ts: decides the batches of input lines the main thread sends, one
// message a batch, and sends each batch's decisions back as UTF-8 bytes. Bytes both ways, transferred
// rather than copied, so the main thread neither decodes nor encodes text: it only reads and writes.
import { parentPort, workerData } from "node:worker_threads";
import { decideBatch, type BatchOptions } from "./decide-batch.ts";

export interface DecideWorkerData {
  readonly options: BatchOptions;
}

export interface BatchRequest {
  /** The batch's place in the input, echoed back. */
  readonly seq: number;
  /** Whole lines of input, UTF-8. */
  readonly bytes: Uint8Array;
  /** The input line number of the batch's first line. */
  readonly firstLine: number;
}

export type WorkerReply =
  | { readonly kind: "ready" }
  | { readonly kind: "decided"; readonly seq: number; readonly output: Uint8Array; readonly anyError: boolean };

const { options } = workerData as DecideWorkerData;
const port = parentPort!;
const encoder = new TextEncoder();

port.on("message", ({ seq, bytes, firstLine }: BatchRequest) => {
  // Buffer's decoder, not TextDecoder: it keeps a byte order mark as the main thread's decoder does.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
  const { output, anyError } = decideBatch(text, firstLine, options);
  const encoded = encoder.encode(output);
  port.postMessage({ kind: "decided", seq, output: encoded, anyError } satisfies WorkerReply, [encoded.buffer]);
});
port.postMessage({ kind: "ready" } satisfies WorkerReply);
