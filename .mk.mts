import { ensureCorpus } from "./lib/bench/corpus.ts";
const c = await ensureCorpus(process.cwd(), 150, 150, (m) => console.error(m));
import { writeFileSync } from "node:fs";
writeFileSync(".bench/files-150.json", JSON.stringify(c.files));
console.log(c.root, c.files.length);
