// Workaround "thumbnails-on-worker" (site/eleventy/workarounds/switches.ts): thumbnails are encoded
// on a worker thread, not on the thread that runs Eleventy.
//
// Why: each original is decoded to a raw buffer of about 14 MB (2400 px wide, RGBA) before its four
// thumbnails are made from it. Buffers count towards V8's external memory, and every 64 MB or so of
// it makes V8 collect the whole heap of the thread that holds them. On Eleventy's thread that heap
// is the rendered site (400 MB and more for 1,000 posts), so a cold build ran a full collection
// every half second for minutes, taking CPU from sharp: traced with --trace-gc, 53 collections of
// an unchanging 62 MB heap on the 150-post corpus after rendering had finished. On a worker thread
// the heap is a few megabytes and the same collections cost next to nothing.
//
// One worker serves the process; it holds the process open only while it has work.
import { Worker } from "node:worker_threads";
import type { ThumbnailJob } from "./encode-thumbnails.ts";
import type { EncodeReply, EncodeRequest } from "./encode-worker-thread.ts";

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();

function failAll(error: Error): void {
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
  worker = undefined;
}

function theWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL("./encode-worker.mjs", import.meta.url));
  started.on("message", ({ id, error }: EncodeReply) => {
    const waiting = pending.get(id);
    pending.delete(id);
    if (pending.size === 0) started.unref();
    if (error === undefined) waiting?.resolve();
    else waiting?.reject(new Error(error));
  });
  started.on("error", (error) => failAll(error));
  started.on("exit", (code) => {
    if (worker === started) failAll(new Error(`The thumbnail worker stopped (exit code ${code})`));
  });
  started.unref();
  return (worker = started);
}

/** Encode one original's thumbnails (its bytes, decoded once) into the given cache files. */
export function encodeOnWorker(bytes: Uint8Array, jobs: readonly ThumbnailJob[]): Promise<void> {
  const target = theWorker();
  const id = nextId++;
  return new Promise<void>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    target.ref();
    target.postMessage({ id, bytes, jobs: [...jobs] } satisfies EncodeRequest);
  });
}
