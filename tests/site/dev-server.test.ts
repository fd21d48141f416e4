// `npm start` (Eleventy's dev server, rebuilding incrementally) keeps the site right while a designer
// works: an edit reaches its page; a screenshot copied in before the post that shows it is found, with
// its thumbnails; a new tag gets its page; a bad save names its file and a good save recovers.
// (How fast an edit reaches its page is measured by `npm run bench`, not here.)
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixtureProject, testCacheDir, SEED_POST, type FixtureProject } from "../helpers/fixture-project.ts";
import { describeRun } from "../helpers/run-script.ts";

let project: FixtureProject;
let server: ChildProcess;
let log = "";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(what: string, ready: () => boolean, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!ready()) {
    if (server.exitCode !== null) throw new Error(`The dev server stopped while waiting for ${what}:\n${log.slice(-3000)}`);
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}:\n${log.slice(-3000)}`);
    await sleep(50);
  }
}
const output = (relative: string) => {
  try {
    return readFileSync(path.join(project.root, "_site", relative), "utf8");
  } catch {
    return "";
  }
};
/**
 * Wait for the rebuild a save starts to finish (the server says "Watching…" again). Eleventy says
 * "Watching…" before its file watcher has finished setting up, and a save in that window goes unseen:
 * so a save nobody reports within 3 s is made again (as a designer would save again).
 */
async function saved(write: () => void, what: string): Promise<void> {
  const before = (log.match(/Watching/g) ?? []).length;
  const seen = (log.match(/File (changed|added)/g) ?? []).length;
  write();
  for (let attempt = 1; attempt < 10; attempt++) {
    try {
      await until(`${what} to be seen`, () => (log.match(/File (changed|added)/g) ?? []).length > seen, 3_000);
      break;
    } catch {
      write();
    }
  }
  await until(what, () => (log.match(/Watching/g) ?? []).length > before);
}

beforeAll(async () => {
  project = createFixtureProject();
  const port = 20000 + (process.pid % 10000);
  server = spawn(process.execPath, ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs", "--config=eleventy.config.ts", "--serve", "--incremental", `--port=${port}`], {
    cwd: project.root,
    env: { ...process.env, SITE_CACHE_DIR: testCacheDir("fixtures") },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (d) => (log += d));
  server.stderr!.on("data", (d) => (log += d));
  await until("the first build", () => /Watching/.test(log) && /Server at/.test(log), 240_000);
});

afterAll(async () => {
  if (server && server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.on("close", resolve));
  }
  project?.dispose();
});

describe("the dev server", () => {
  it("holds _site/: `npm run build` there stops at once, naming it, and leaves the served site alone", () => {
    const before = output("index.html");
    expect(before).toContain("<html");
    const build = project.build();
    expect(build.status, describeRun(build)).toBe(1);
    expect(build.stderr).toMatch(new RegExp(`\`npm start\` \\(process ${server.pid}, since [^)]+\\) is writing .*_site/\\. Stop it first`));
    expect(output("index.html")).toBe(before);
  });

  it("rebuilds an edited post's page", async () => {
    const seed = readFileSync(path.join(project.root, SEED_POST), "utf8");
    await saved(() => project.write(SEED_POST, seed.replace("## Eligibility", "Quokkas reviewed this page.\n\n## Eligibility")), "the edit");
    expect(output("additional-support-offer/index.html")).toContain("Quokkas reviewed this page.");
    expect(output("feed.xml")).toContain("Quokkas reviewed this page.");
  });

  it("tells the browser to reload without waiting for the search index, which follows", async () => {
    const seed = readFileSync(path.join(project.root, SEED_POST), "utf8");
    // The last rebuild's index, still being written in the background, must not be taken for this one's.
    await until("the last rebuild's search index", () => log.lastIndexOf("[search]") > log.lastIndexOf("Watching"));
    const from = log.length;
    await saved(() => project.write(SEED_POST, seed.replace("## Eligibility", "Wombats reviewed this page.\n\n## Eligibility")), "the edit");
    await until("the search index", () => /\[search\] (Pagefind indexed|no searchable page changed)/.test(log.slice(from)));
    const rebuild = log.slice(from);
    // Eleventy prints "Watching…" as it sends the reload; before this change Pagefind's line came first.
    expect(rebuild.indexOf("Watching")).toBeGreaterThan(-1);
    expect(rebuild.indexOf("Watching")).toBeLessThan(rebuild.search(/\[search\]/));
    expect(output("additional-support-offer/index.html")).toContain("Wombats reviewed this page.");
  });

  it("finds a screenshot copied in before the new post that shows it, and gives the post's new tag a page", async () => {
    mkdirSync(path.join(project.root, "screenshots/quokka-offer"), { recursive: true });
    copyFileSync(path.join(project.root, "screenshots/additional-support-offer/01-start-page.png"), path.join(project.root, "screenshots/quokka-offer/01-quokka-start.png"));
    const post = [
      "---",
      "title: The quokka offer",
      "description: A start page for quokkas",
      "date: 2026-11-01",
      "tags: [Quokkas]",
      "---",
      "",
      "The start page.",
      "",
      '{% from "screenshots/macro.njk" import appScreenshots with context %}',
      '{{ appScreenshots({ items: [{ text: "Quokka start page", img: { src: "01-quokka-start.png" } }] }) }}',
      "",
    ].join("\n");
    await saved(() => project.write("content/posts/2026-11-01-quokka-offer.md", post), "the new post");
    const html = output("quokka-offer/index.html");
    expect(html).toContain("Quokka start page");
    const thumbnails = [...html.matchAll(/(?:src|srcset)="([^"]+)"/g)].flatMap((m) => m[1]!.split(",").map((s) => s.trim().split(" ")[0]!)).filter((u) => u.includes("quokka-offer/"));
    expect(thumbnails.length).toBeGreaterThan(0);
    for (const url of thumbnails) expect(existsSync(path.join(project.root, "_site", url)), url).toBe(true);
    await until("the tag page", () => output("tags/quokkas/index.html").includes("The quokka offer"), 10_000);
    expect(output("tags/index.html")).toContain('href="/tags/quokkas/"');
    expect(output("index.html")).toContain("The quokka offer");
  });

  it("shows a post's new title wherever the site lists posts (not yet in its neighbours' links: see the README)", async () => {
    const file = "content/posts/2026-11-01-quokka-offer.md";
    const before = readFileSync(path.join(project.root, file), "utf8");
    try {
      await saved(() => project.write(file, before.replace("title: The quokka offer", "title: The wallaby offer")), "the new title");
      for (const page of ["quokka-offer/index.html", "index.html", "sitemap/index.html", "tags/quokkas/index.html", "feed.xml"]) {
        expect(output(page), page).not.toContain("The quokka offer");
        expect(output(page), page).toContain("The wallaby offer");
      }
    } finally {
      await saved(() => project.write(file, before), "the title put back");
    }
  });

  it("names the file of a bad save, and recovers on the next good one", async () => {
    const file = "content/posts/2026-11-01-quokka-offer.md";
    const good = readFileSync(path.join(project.root, file), "utf8");
    const mark = log.length;
    await saved(() => project.write(file, good.replace("title: The quokka offer\n", "")), "the bad save");
    expect(log.slice(mark)).toMatch(/2026-11-01-quokka-offer\.md[\s\S]*title|title[\s\S]*2026-11-01-quokka-offer\.md/);
    await saved(() => project.write(file, good.replace("The start page.", "The start page, again.")), "the good save");
    expect(output("quokka-offer/index.html")).toContain("The start page, again.");
  });
});
