// Entry point of the thumbnail worker thread (encode-worker.ts). Plain JavaScript: a worker thread
// does not inherit the TypeScript loader of the thread that starts it, so it registers tsx itself
// and then loads the TypeScript side.
import { register } from "tsx/esm/api";

register();
await import("./encode-worker-thread.ts");
