// Each measure the site takes against Eleventy's (or Pagefind's) behaviour (site/eleventy/workarounds/):
// with its switch off, the pinned Eleventy still does what the reason says; with it on, the measure
// does what it says. A newer Eleventy that no longer needs one fails here, so it can be removed.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";
import Eleventy from "@11ty/eleventy";
import { TemplatePath } from "@11ty/eleventy-utils";
import { load as loadYaml } from "js-yaml";
import nunjucks from "nunjucks";
import { afterEach, describe, expect, it } from "vitest";
import { errorChain } from "../../../common/user-error.ts";
import { BuildProblems } from "../../../site/build/build-problems.ts";
import { addSiteFilter } from "../../../site/eleventy/workarounds/nunjucks-only-filters.ts";
import { postMarkdown } from "../../../site/markdown/post-markdown.ts";
import { postRenderer } from "../../../site/posts/post-renderer.ts";
import { memoizeTemplatePathNormalize } from "../../../site/eleventy/workarounds/path-memo.ts";
import { movePostTags } from "../../../site/eleventy/workarounds/post-tags.ts";
import { recordEleventyWrites } from "../../../site/eleventy/workarounds/settle-after-failure.ts";
import { WORKAROUND_NAMES, WORKAROUNDS, workaroundOn } from "../../../site/eleventy/workarounds/switches.ts";
import { createFixtureProject, PROJECT_ROOT } from "../../helpers/fixture-project.ts";
import { tinyBuild, watchAndEdit } from "../../helpers/tiny-eleventy.ts";

const offBefore = process.env.NPQ_WORKAROUNDS_OFF;
const switchOff = (name: string | undefined) => (name === undefined ? delete process.env.NPQ_WORKAROUNDS_OFF : (process.env.NPQ_WORKAROUNDS_OFF = name));
afterEach(() => switchOff(offBefore));

describe("the list of workarounds", () => {
  it.each(WORKAROUND_NAMES)("%s has a reason, a measured effect and a file that names it", (name) => {
    const entry = WORKAROUNDS.find((w) => w.name === name)!;
    expect(entry.reason.length).toBeGreaterThan(40);
    expect(entry.effect).toMatch(/\d/);
    expect(readFileSync(path.join(PROJECT_ROOT, entry.file), "utf8")).toContain(name);
  });

  it("are switched off by NPQ_WORKAROUNDS_OFF, one by one or all", () => {
    expect(workaroundOn("path-memo", {})).toBe(true);
    expect(workaroundOn("path-memo", { NPQ_WORKAROUNDS_OFF: "post-tags, path-memo" })).toBe(false);
    expect(workaroundOn("post-tags", { NPQ_WORKAROUNDS_OFF: "all" })).toBe(false);
  });
});

describe("path-memo", () => {
  const PATHS = ["./content/posts/2020-10-12-post-0501.md", "content/posts/", "/work/project/content//posts/../posts/a.md", "/", ".", "./", "../outside/file.njk", "content/tags/tag.njk/"];

  it("leaves Eleventy's function alone when off; remembers exactly its answers when on", () => {
    const original = TemplatePath.normalize;
    const expected = PATHS.map((p) => original(p));
    switchOff("path-memo");
    memoizeTemplatePathNormalize();
    expect(TemplatePath.normalize).toBe(original);
    switchOff(undefined);
    memoizeTemplatePathNormalize();
    expect(PATHS.map((p) => TemplatePath.normalize(p))).toEqual(expected);
    expect(PATHS.map((p) => TemplatePath.normalize(p))).toEqual(expected);
  });

  it("is on the object Eleventy calls, and Eleventy calls it for the same paths again and again", async () => {
    const seen = new Map<string, number>();
    const memo = TemplatePath.normalize;
    TemplatePath.normalize = (p: string) => (seen.set(p, (seen.get(p) ?? 0) + 1), memo(p));
    try {
      const site = await tinyBuild(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`posts/p${i}.njk`, `Post ${i}`])), () => {});
      site.dispose();
    } finally {
      TemplatePath.normalize = memo;
    }
    expect(Math.max(...seen.values())).toBeGreaterThan(10);
  });
});

describe("reads-no-collection", () => {
  const files = (edit = "A") => ({
    "config.mjs": `export default function (c) {
      c.addGlobalData("items", ["x", "y", "z"]);
      c.addCollection("tagList", (api) => api.getAll().filter((i) => i.data.title).map((i) => ({ title: i.data.title })));
      c.addNunjucksFilter("count", (n) => { console.log("RENDER " + n); return ""; });
    }`,
    "in/posts/a.njk": `---\ntitle: ${edit}\n---\n{{ 'post' | count }}`,
    "in/list.njk": `---\npagination:\n  data: collections.tagList\n  size: 1\n  alias: p\npermalink: "/list/{{ p.title | slugify }}/"\n---\n{{ 'list' | count }}`,
    "in/global.njk": `---\npagination:\n  data: items\n  size: 1\n  alias: item\npermalink: "/g/{{ item }}/"\n---\n{{ 'global' | count }}`,
    "in/global.11tydata.mjs": `import { readsNoCollection } from ${JSON.stringify(path.join(PROJECT_ROOT, "site/eleventy/workarounds/reads-no-collection.ts"))};\nexport default readsNoCollection();`,
  });
  const renders = (lines: string[], what: string) => lines.filter((l) => l.includes(`RENDER ${what}`)).length;

  it("without it, a save to a post re-renders the pages made from global data; with it, it does not", async () => {
    const off = await watchAndEdit(files(), { "in/posts/a.njk": files("A2")["in/posts/a.njk"] }, { NPQ_WORKAROUNDS_OFF: "reads-no-collection" });
    const on = await watchAndEdit(files(), { "in/posts/a.njk": files("A2")["in/posts/a.njk"] });
    expect(renders(off[1]!, "post")).toBe(1);
    expect(renders(off[1]!, "global")).toBe(3);
    expect(renders(on[1]!, "post")).toBe(1);
    expect(renders(on[1]!, "global")).toBe(0);
  });
});

describe("post-tags", () => {
  const build = () =>
    tinyBuild({ "posts/a.njk": "---\ntitle: A\ntags: [eligibility]\n---\n{{ (collections.eligibility or []) | length }}" }, (c) => {
      c.setFrontMatterParsingOptions({ engines: { yaml: (text: string) => movePostTags(loadYaml(text) as Record<string, unknown>) } });
    });

  it("without it, Eleventy makes a collection of a post's tag; with it, none", async () => {
    switchOff("post-tags");
    const off = await build();
    switchOff(undefined);
    const on = await build();
    try {
      expect(off.read("posts/a/index.html")).toBe("1");
      expect(on.read("posts/a/index.html")).toBe("0");
    } finally {
      off.dispose();
      on.dispose();
    }
  });
});

describe("nunjucks-only-filters", () => {
  const build = () =>
    tinyBuild({ "page.njk": "---\npermalink: /page/\n---\n{{ 'x' | siteFilter }}", "page.11tydata.cjs": "module.exports = { eleventyComputed: { names: function () { return Object.keys(this).join(' '); } } };", "shown.njk": "---\npermalink: /shown/\n---\n{{ names }}" }, (c) => {
      addSiteFilter(c, "siteFilter", (v: string) => `<${v}>`);
      c.addGlobalData("eleventyComputed", { names: function (this: object) { return Object.keys(this).join(" "); } });
    });

  it("without it, a filter is among the functions Eleventy copies into every computed call; with it, it is not", async () => {
    switchOff("nunjucks-only-filters");
    const off = await build();
    switchOff(undefined);
    const on = await build();
    try {
      expect(off.read("page/index.html")).toBe("&lt;x&gt;");
      expect(on.read("page/index.html")).toBe("&lt;x&gt;");
      expect(off.read("shown/index.html").split(" ")).toContain("siteFilter");
      expect(on.read("shown/index.html").split(" ")).not.toContain("siteFilter");
    } finally {
      off.dispose();
      on.dispose();
    }
  });
});

describe("posts-own-nunjucks", () => {
  it("without it, Eleventy stops at the first post whose Nunjucks fails; with it, every one is reported", () => {
    const project = createFixtureProject({ withoutPosts: true });
    try {
      for (const n of [1, 2]) project.write(`content/posts/2024-01-0${n}-broken-${n}.md`, `---\ntitle: Broken ${n}\ndescription: x\ndate: 2024-01-0${n}\n---\n{% from "missing-${n}/macro.njk" import x %}\n`);
      const on = project.build();
      const off = project.build([], { NPQ_WORKAROUNDS_OFF: "posts-own-nunjucks" });
      expect(on.stderr).toContain("missing-1/macro.njk");
      expect(on.stderr).toContain("missing-2/macro.njk");
      expect(off.status).not.toBe(0);
      expect([off.stderr.includes("missing-1/macro.njk"), off.stderr.includes("missing-2/macro.njk")].filter(Boolean)).toHaveLength(1);
    } finally {
      project.dispose();
    }
  });
});

describe("nunjucks-error-lines", () => {
  // A post that fails in a filter (it dumps a value that holds itself) on its last line.
  const render = async (body: string) => {
    const environment = new nunjucks.Environment(new nunjucks.FileSystemLoader(path.join(PROJECT_ROOT, "_includes")), { autoescape: true });
    environment.addFilter("appScreenshotsModel", () => ({ id: "s", title: "Screenshots", headingLevel: 2, itemHeadingLevel: 3, hideContents: true, items: [] }));
    const problems = new BuildProblems();
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "npq-error-lines-")), "post.md");
    writeFileSync(file, body);
    const collections: Record<string, unknown> = {};
    collections.self = collections;
    await postRenderer({ environment, markdown: postMarkdown(), problems }).render(body, { page: { inputPath: file, url: "/post/" }, collections });
    rmSync(path.dirname(file), { recursive: true });
    return problems.errors[0]?.where;
  };
  const afterACall = "Intro.\n\n{{ range(3) | length }}\n{{ collections | dump }}\n";
  const afterAnImport = '{% from "screenshots/macro.njk" import appScreenshots with context %}\n{{ appScreenshots({ items: [] }) }}\n\n{{ range(3) | length }}\n{{ collections | dump }}\n';

  it("without it, a failing filter is named at the line of the call before it, or at none after an import; with it, at its own", async () => {
    switchOff("nunjucks-error-lines");
    expect(await render(afterACall)).toBe("line 3");
    expect(await render(afterAnImport)).toBe("body");
    switchOff(undefined);
    expect(await render(afterACall)).toBe("line 4");
    expect(await render(afterAnImport)).toBe("line 5");
  });
});

describe("thumbnails-on-worker", () => {
  it("is needed as it is written: a worker thread does not inherit the TypeScript loader, so the worker loads tsx itself", async () => {
    const started = (file: string) =>
      new Promise<string>((resolve) => {
        const worker = new Worker(new URL(`file://${path.join(PROJECT_ROOT, "site/screenshots", file)}`));
        worker.on("error", (e) => resolve(`error: ${(e as NodeJS.ErrnoException).code ?? e.message}`));
        worker.on("online", () => setTimeout(() => (worker.terminate(), resolve("started")), 1500));
      });
    expect(await started("encode-worker-thread.ts")).toMatch(/^error: ERR_UNKNOWN_FILE_EXTENSION/);
    expect(existsSync(path.join(PROJECT_ROOT, "site/screenshots/encode-worker.mjs"))).toBe(true);
    expect(await started("encode-worker.mjs")).toBe("started");
  });
});

describe("settle-after-failure", () => {
  // Ten pages whose layout waits for a gate the test opens, one page whose layout includes a template
  // that does not exist, and a file copied through. The broken page fails while the ten are held.
  const PAGES = 10;
  async function failedBuild() {
    const root = mkdtempSync(path.join(os.tmpdir(), "npq-tiny-settle-"));
    const files: Record<string, string> = {
      "in/_includes/held.njk": '{{ content | safe }}{{ "" | heldUntilOpen }}',
      "in/_includes/broken.njk": '{{ content | safe }}{% include "no-such-partial.njk" %}',
      "in/broken.njk": "---\nlayout: broken.njk\n---\nBroken",
      "in/copied.txt": "copied through",
      ...Object.fromEntries(Array.from({ length: PAGES }, (_, i) => [`in/page-${i}.njk`, `---\nlayout: held.njk\n---\nPage ${i}`])),
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const eleventy = new Eleventy(path.join(root, "in"), path.join(root, "out"), {
      quietMode: true,
      config: (c: any) => {
        c.addPassthroughCopy({ [path.join(root, "in/copied.txt")]: "copied.txt" });
        c.addNunjucksAsyncFilter("heldUntilOpen", (value: string, done: (e: unknown, v?: string) => void) => void gate.then(() => done(null, value)));
      },
    });
    eleventy.logger.overrideLogger({ ...console, log: () => {}, warn: () => {}, error: () => {} });
    await eleventy.init();
    const settled = recordEleventyWrites(eleventy);
    const error = await eleventy.write().then(() => undefined, (e: Error) => e);
    const pagesWritten = () => (existsSync(path.join(root, "out")) ? readdirSync(path.join(root, "out"), { recursive: true }).filter((f) => String(f).endsWith("index.html")).length : 0);
    return { root, error, pagesWritten, open, settled, dispose: () => rmSync(root, { recursive: true, force: true }) };
  }

  it("without it, Eleventy writes pages after its write() has rejected; with it, the build can wait for every one", async () => {
    switchOff("settle-after-failure");
    const off = await failedBuild();
    switchOff(undefined);
    const on = await failedBuild();
    try {
      for (const build of [off, on]) {
        expect([...errorChain(build.error)].map(String).join("\n")).toContain("template not found: no-such-partial.njk");
        expect(build.pagesWritten()).toBe(0); // the ten were held when write() rejected
        build.open();
      }
      // Off: waiting does nothing, and the pages Eleventy goes on with land afterwards.
      await off.settled();
      for (let tries = 0; off.pagesWritten() < PAGES && tries < 200; tries++) await new Promise((r) => setTimeout(r, 50));
      expect(off.pagesWritten()).toBe(PAGES);
      // On: once it has settled every page Eleventy had started is written, and the copy is done.
      await on.settled();
      expect(on.pagesWritten()).toBe(PAGES);
      expect(readFileSync(path.join(on.root, "out/copied.txt"), "utf8")).toBe("copied through");
    } finally {
      off.dispose();
      on.dispose();
    }
  });
});
