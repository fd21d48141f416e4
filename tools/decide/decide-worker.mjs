// Entry point of a decide worker thread (decide-worker-thread.ts). Plain JavaScript, as the thumbnail
// worker's is (site/screenshots/encode-worker.mjs): a worker thread does not inherit the TypeScript
// loader of the thread that starts it, so it registers tsx itself and then loads the TypeScript side.
import { register } from "tsx/esm/api";

register();
await import("./decide-worker-thread.ts");
