// Eleventy plugin: bundles the funding checker (browser/checker/checker.ts, which imports rules/ unchanged)
// for the browser into /assets/checker.js with esbuild, with its templates precompiled
// (site/checker/checker-templates.ts, imported by the checker as "npq:checker-templates"). Designers
// rebuild often, so the bundle is cached in the cache folder and rebuilt only when one of its inputs
// (code or template) changes (size and mtime).
import { build, type Plugin } from "esbuild";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { precompiledCheckerTemplates } from "../checker/checker-templates.ts";

const ENTRY = "browser/checker/checker.ts";
const BUNDLER_FILES = ["site/eleventy/checker-plugin.ts", "site/checker/checker-templates.ts"];

interface CacheRecord {
  /** Records made before the bundler's own files were inputs are not reused. */
  format: 2;
  inputs: Record<string, string>;
  code: string;
}

async function fingerprint(file: string): Promise<string | null> {
  try {
    const s = await stat(file);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return null;
  }
}

/** The bundle, from the cache when every input is unchanged. */
export async function checkerBundle(cacheDir: string, projectRoot = process.cwd()): Promise<{ code: string; cached: boolean }> {
  const cacheFile = path.join(cacheDir, "checker", "bundle.json");
  try {
    const record = JSON.parse(await readFile(cacheFile, "utf8")) as CacheRecord;
    const fresh = await Promise.all(Object.entries(record.inputs).map(async ([f, print]) => (await fingerprint(path.join(projectRoot, f))) === print));
    if (record.format === 2 && fresh.length > 0 && fresh.every(Boolean)) return { code: record.code, cached: true };
  } catch {
    // No cache yet, or unreadable: build.
  }
  let templateFiles: string[] = [];
  const templates: Plugin = {
    name: "npq-checker-templates",
    setup(bundler) {
      bundler.onResolve({ filter: /^npq:checker-templates$/ }, () => ({ path: "checker-templates", namespace: "npq" }));
      bundler.onLoad({ filter: /.*/, namespace: "npq" }, () => {
        const { code, files } = precompiledCheckerTemplates(projectRoot);
        templateFiles = files;
        return { contents: code, loader: "js" };
      });
    },
  };
  // Nunjucks' browser runtime finds the global object with Function("return this")() when `this` is
  // undefined, as it is in a module: under the site's Content Security Policy that is a blocked eval
  // (the runtime catches it and falls back to window, but the browser reports a violation). It gets
  // globalThis instead.
  const noEval: Plugin = {
    name: "npq-nunjucks-without-eval",
    setup(bundler) {
      bundler.onLoad({ filter: /nunjucks-slim\.js$/ }, async (args) => {
        const source = await readFile(args.path, "utf8");
        const replaced = source.replace('g = g || Function("return this")() || (1,eval)("this");', "g = g || globalThis;");
        if (replaced === source) throw new Error(`${args.path}: Nunjucks' global-object lookup has changed; see site/eleventy/checker-plugin.ts`);
        return { contents: replaced, loader: "js" };
      });
    },
  };
  const result = await build({
    plugins: [templates, noEval],
    entryPoints: [path.join(projectRoot, ENTRY)],
    bundle: true,
    format: "esm",
    target: "es2020",
    minify: true,
    write: false,
    metafile: true,
    absWorkingDir: projectRoot,
    legalComments: "none",
  });
  const code = result.outputFiles[0]!.text;
  const inputs: Record<string, string> = {};
  // How the bundle is made is an input too: this file and the template precompiler.
  const files = [...Object.keys(result.metafile.inputs).filter((f) => !f.startsWith("npq:")), ...templateFiles.map((f) => path.relative(projectRoot, f)), ...BUNDLER_FILES];
  for (const f of files) inputs[f] = (await fingerprint(path.join(projectRoot, f))) ?? "";
  await mkdir(path.dirname(cacheFile), { recursive: true });
  const temporary = `${cacheFile}.${process.pid}`;
  await writeFile(temporary, JSON.stringify({ format: 2, inputs, code } satisfies CacheRecord));
  await import("node:fs/promises").then((fs) => fs.rename(temporary, cacheFile));
  return { code, cached: false };
}

export default function checkerPlugin(eleventyConfig: any, { cacheDir }: { cacheDir: string }) {
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const { code } = await checkerBundle(cacheDir);
    const target = path.join(directories.output, "assets", "checker.js");
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, code);
  });
}
