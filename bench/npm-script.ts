// The commands `npm run build` and `npm start` run, read from package.json, so the benchmark runs what
// designers run: the same environment (e.g. MALLOC_ARENA_MAX) and Node flags. Only the simple shape
// the project's scripts use is understood: `[NAME=value ...] [exec] program arguments...`, nothing a
// shell would interpret further (quotes, pipes, `&&`, `$`).
import { readFileSync } from "node:fs";
import path from "node:path";

export interface NpmScript {
  env: Record<string, string>;
  program: string;
  args: string[];
}

export function npmScript(projectRoot: string, name: string): NpmScript {
  const text = (JSON.parse(readFileSync(path.join(projectRoot, "package.json"), "utf8")) as { scripts?: Record<string, string> }).scripts?.[name];
  const wrong = (why: string) => new Error(`package.json: scripts.${name} is ${JSON.stringify(text ?? null)}: ${why}; the benchmark expects "[NAME=value ...] [exec] program arguments" (bench/npm-script.ts)`);
  if (!text) throw wrong("there is none");
  if (/["'`$|&;<>()\\]/.test(text)) throw wrong("it has shell syntax beyond variables and exec");
  const words = text.trim().split(/\s+/);
  const env: Record<string, string> = {};
  while (words.length && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]!) || words[0] === "exec")) {
    const word = words.shift()!;
    if (word !== "exec") env[word.slice(0, word.indexOf("="))] = word.slice(word.indexOf("=") + 1);
  }
  const program = words.shift();
  if (!program) throw wrong("it names no program");
  return { env, program, args: words };
}

/** The Node arguments of a script that runs `node` (the dev server) or `tsx` (as `node --import tsx`). */
export function nodeArguments(script: NpmScript, name: string): string[] {
  if (script.program === "node") return script.args;
  if (script.program === "tsx") return ["--import", "tsx", ...script.args];
  throw new Error(`package.json: scripts.${name} runs ${script.program}; the benchmark runs only node or tsx scripts (bench/npm-script.ts)`);
}
