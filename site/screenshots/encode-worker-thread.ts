// The worker side of encode-worker.ts: encodes what the build's thread asks for, one message a job.
import { parentPort } from "node:worker_threads";
import { encodeThumbnails, type ThumbnailJob } from "./encode-thumbnails.ts";

export interface EncodeRequest {
  id: number;
  bytes: Uint8Array;
  jobs: ThumbnailJob[];
}
export type EncodeReply = { id: number; error?: undefined } | { id: number; error: string };

parentPort!.on("message", ({ id, bytes, jobs }: EncodeRequest) => {
  encodeThumbnails(bytes, jobs).then(
    () => parentPort!.postMessage({ id } satisfies EncodeReply),
    (error: unknown) => parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies EncodeReply),
  );
});
