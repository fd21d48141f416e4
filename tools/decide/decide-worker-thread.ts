// The worker side of decide-stream.ts: decides the batches of input lines the main thread sends, one
// message a batch, and sends each batch's decisions back as UTF-8 bytes. Buffers are transferred
// both ways, never copied, and each comes back to be reused: the input buffer with the decisions,
// the output buffer once the main thread has written it.
import { parentPort, workerData } from "node:worker_threads";
import { OutputBytes, textOf } from "./batch-bytes.ts";
import { decideBatch, type BatchOptions } from "./decide-batch.ts";

export interface DecideWorkerData {
  readonly options: BatchOptions;
}

export type WorkerRequest =
  | {
      readonly kind: "batch";
      /** The batch's place in the input, echoed back. */
      readonly seq: number;
      /** Whole lines of input, UTF-8. */
      readonly bytes: Uint8Array;
      /** The input line number of the batch's first line. */
      readonly firstLine: number;
    }
  /** An output buffer this worker sent, written and handed back. */
  | { readonly kind: "recycle"; readonly buffer: ArrayBuffer };

export type WorkerReply =
  | { readonly kind: "ready" }
  | {
      readonly kind: "decided";
      readonly seq: number;
      readonly output: Uint8Array;
      readonly anyError: boolean;
      /** The request's input buffer, handed back. */
      readonly input: ArrayBuffer;
    };

const { options } = workerData as DecideWorkerData;
const port = parentPort!;
const spare: ArrayBuffer[] = [];

port.on("message", (request: WorkerRequest) => {
  if (request.kind === "recycle") {
    spare.push(request.buffer);
    return;
  }
  const { seq, bytes, firstLine } = request;
  const out = new OutputBytes(spare.pop() ?? null);
  const anyError = decideBatch(textOf(bytes), firstLine, options, out);
  const output = out.written();
  const input = bytes.buffer as ArrayBuffer;
  port.postMessage({ kind: "decided", seq, output, anyError, input } satisfies WorkerReply, [output.buffer as ArrayBuffer, input]);
});
port.postMessage({ kind: "ready" } satisfies WorkerReply);
