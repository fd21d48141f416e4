// Eleventy plugin: bundles the code under browser/ for the reader's browser with esbuild, one file in
// /assets/ per entry (BUNDLES): the funding checker (browser/checker/checker.ts, which imports rules/
// unchanged, with its templates precompiled by site/checker/checker-templates.ts and imported as
// "npq:checker-templates"), the early headship checker (browser/early-headship/check.ts, likewise with
// its own templates) and the compare form (browser/compare/compare.ts). Designers rebuild often,
// so each bundle is cached in the cache folder and rebuilt only when one of its inputs (code or
// template) changes (size and mtime).
import { build, type Plugin } from "esbuild";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { CHECKER_TEMPLATES, EARLY_HEADSHIP_CHECK_TEMPLATES, precompiledCheckerTemplates } from "../checker/checker-templates.ts";

/** Each bundle's name (its file is /assets/<name>.js), entry point and the templates it renders (as "npq:checker-templates"). */
export const BUNDLES = [
  { name: "checker", entry: "browser/checker/checker.ts", templates: CHECKER_TEMPLATES },
  { name: "early-headship-check", entry: "browser/early-headship/check.ts", templates: EARLY_HEADSHIP_CHECK_TEMPLATES },
  { name: "compare", entry: "browser/compare/compare.ts", templates: [] as readonly string[] },
] as const;
type BundleName = (typeof BUNDLES)[number]["name"];
const BUNDLER_FILES = ["site/eleventy/browser-bundles-plugin.ts", "site/checker/checker-templates.ts"];

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

/** A bundle, from the cache when every input is unchanged. */
export async function browserBundle(name: BundleName, cacheDir: string, projectRoot = process.cwd()): Promise<{ code: string; cached: boolean }> {
  const { entry, templates: bundleTemplates } = BUNDLES.find((b) => b.name === name)!;
  const cacheFile = path.join(cacheDir, name, "bundle.json");
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
        const { code, files } = precompiledCheckerTemplates(projectRoot, bundleTemplates);
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
        if (replaced === source) throw new Error(`${args.path}: Nunjucks' global-object lookup has changed; see site/eleventy/browser-bundles-plugin.ts`);
        return { contents: replaced, loader: "js" };
      });
    },
  };
  const result = await build({
    plugins: [templates, noEval],
    entryPoints: [path.join(projectRoot, entry)],
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

export default function browserBundlesPlugin(eleventyConfig: any, { cacheDir }: { cacheDir: string }) {
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    await mkdir(path.join(directories.output, "assets"), { recursive: true });
    // One after the other: esbuild is quick, and the build shares two cores with the thumbnails.
    for (const { name } of BUNDLES) {
      const { code } = await browserBundle(name, cacheDir);
      await writeFile(path.join(directories.output, "assets", `${name}.js`), code);
    }
  });
}
