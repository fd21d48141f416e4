import { measureIncremental } from "./lib/bench/incremental.ts";
import path from "node:path";
const root = path.resolve(".bench/corpus-1000p-1000s");
const r = await measureIncremental(root, "2020-10-10-post-0500-confirmation.md", path.join(root, "_site/post-0500-confirmation/index.html"), { SITE_CACHE_DIR: ".bench-cache" }, 5, (m) => console.error(m));
console.log(r.seconds.map((s) => s.toFixed(3)).join(" "), "median", r.median.toFixed(3));
