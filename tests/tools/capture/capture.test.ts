// `npm run capture`: full-page 2x screenshots of a running site in Debian's Chromium. The site under
// test is this one: built once, served on 127.0.0.1; shots go into a throwaway copy of the project.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildRealSite, type BuiltSite } from "../../helpers/built-site.ts";
import { createFixtureProject, type FixtureProject } from "../../helpers/fixture-project.ts";
import { runScriptAsync } from "../../helpers/run-script.ts";
import { CAPTURE_DEFAULTS } from "../../../tools/capture/capture.ts";
import { serveStaticSite, type StaticSite } from "../../../tools/checks/static-server.ts";

let site: BuiltSite;
let server: StaticSite;
let project: FixtureProject;

beforeAll(async () => {
  site = buildRealSite();
  server = await serveStaticSite(site.output);
  project = createFixtureProject();
  project.write("content/posts/2024-06-01-capture-test.md", '---\ntitle: "Capture test"\ndate: 2024-06-01\n---\n');
});
afterAll(async () => {
  await server?.close();
  site?.dispose();
  project?.dispose();
});

const capture = (...args: string[]) => runScriptAsync("capture.ts", args, project.root);
const shot = (name: string) => path.join(project.root, "screenshots/capture-test", name);

describe("npm run capture", () => {
  it("explains itself with --help and exits 0", async () => {
    const run = await capture("--help");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("Usage: npm run capture -- --post SLUG --url URL");
    expect(run.stdout).toContain("--flow FILE");
  });

  it("captures one page, full length, 1200 CSS px wide at 2x, as 01-<name>.png, and prints the items to paste", async () => {
    const run = await capture("--post", "capture-test", "--url", `${server.url}sitemap/`);
    expect(run.status, run.stderr).toBe(0);
    const meta = await sharp(shot("01-sitemap.png")).metadata();
    expect(meta.width).toBe(2400);
    expect(meta.height! % 2).toBe(0);
    expect(run.stdout).toContain('{% from "screenshots/macro.njk" import appScreenshots with context %}');
    expect(run.stdout).toContain('    { text: "Sitemap", src: "01-sitemap.png" }');
  });

  it("captures the whole page, not just the window", async () => {
    // 320 px wide, the seed post is many windows long.
    const run = await capture("--post", "capture-test", "--url", `${server.url}additional-support-offer/`, "--name", "long-page", "--width", "320");
    expect(run.status, run.stderr).toBe(0);
    const meta = await sharp(shot("02-long-page.png")).metadata();
    expect(meta.width).toBe(640);
    expect(meta.height!).toBeGreaterThan(800 * 2 * 3);
  });

  it("follows a flow (visit, click, fill, screenshot), numbering shots after those already there", async () => {
    project.write(
      "journey.yaml",
      [
        `start: ${server.url}`,
        "width: 800",
        "steps:",
        "  - visit: /",
        "  - screenshot: home",
        "  - click: Tags",
        "  - screenshot: tags",
        "  - fill: { label: 'Search posts, qualifications and rules', value: headteacher }",
        "  - click: { selector: '.app-header-search__button' }",
        "  - screenshot: search-results",
      ].join("\n"),
    );
    const run = await capture("--post", "capture-test", "--flow", "journey.yaml");
    expect(run.status, run.stderr).toBe(0);
    for (const name of ["03-home.png", "04-tags.png", "05-search-results.png"]) {
      expect((await sharp(shot(name)).metadata()).width, name).toBe(1600);
    }
    expect(run.stdout).toContain(
      ['    { text: "Home", src: "03-home.png" },', '    { text: "Tags", src: "04-tags.png" },', '    { text: "Search results", src: "05-search-results.png" }'].join("\n"),
    );
    // The designer pastes the items into the post, and it builds.
    const items = run.stdout.slice(run.stdout.indexOf("{% from"));
    project.write("content/posts/2024-06-01-capture-test.md", `---\ntitle: "Capture test"\ndate: 2024-06-01\n---\n\n${items}\n`);
    const build = project.build();
    expect(build.status, build.stderr).toBe(0);
    expect(readFileSync(path.join(project.root, "_site/capture-test/index.html"), "utf8")).toContain(">Search results</h3>");
  });

  it("stops at a step that cannot be done, naming it and what was not found", async () => {
    project.write("broken.yaml", `steps:\n  - visit: ${server.url}\n  - screenshot: before\n  - click: No such button\n  - screenshot: after\n`);
    const run = await capture("--post", "capture-test", "--flow", "broken.yaml", "--timeout", "2");
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('step 3 (click "No such button") failed');
    expect(run.stderr).toContain('found no button or link with the text "No such button" within 2 s');
    expect(existsSync(shot("07-after.png"))).toBe(false);
  });

  it("shoots one element of a page, or only what the window shows", async () => {
    // GOV.UK Frontend's page container, and so the main content, is 960 CSS px wide at most; the
    // window is 1200 x 800 CSS px.
    project.write(
      "parts.yaml",
      [
        `start: ${server.url}`,
        "steps:",
        "  - visit: /rules/",
        "  - screenshot: { name: main-content, element: '#main-content' }",
        "  - screenshot: { name: first-screen, window: true }",
        "  - screenshot: { name: no-such-part, element: '#no-such-part' }",
      ].join("\n"),
    );
    const run = await capture("--post", "capture-test", "--flow", "parts.yaml", "--timeout", "2");
    expect(run.status, run.stdout).toBe(2);
    expect(run.stderr).toContain('step 4 (screenshot "no-such-part" of #no-such-part) failed');
    expect(run.stderr).toContain("found nothing matching #no-such-part within 2 s");
    const main = await sharp(shot("07-main-content.png")).metadata();
    expect(main.width).toBe(960 * CAPTURE_DEFAULTS.deviceScaleFactor);
    const window = await sharp(shot("08-first-screen.png")).metadata();
    expect([window.width, window.height]).toEqual([CAPTURE_DEFAULTS.width * CAPTURE_DEFAULTS.deviceScaleFactor, CAPTURE_DEFAULTS.height * CAPTURE_DEFAULTS.deviceScaleFactor]);
  });

  const BAD_INPUT: [string, string[], string][] = [
    ["no --post", ["--url", "http://127.0.0.1:1/"], "--post is required"],
    ["a post that does not exist", ["--post", "no-such-post", "--url", "http://127.0.0.1:1/"], '--post "no-such-post": no post content/posts/YYYY-MM-DD-no-such-post.md'],
    ["neither --url nor --flow", ["--post", "capture-test"], "give --url URL (one page) or --flow FILE (a journey)"],
    ["a relative --url", ["--post", "capture-test", "--url", "localhost:3000"], '--url "localhost:3000" is not an absolute http(s) address'],
    ["a --width that is not a number", ["--post", "capture-test", "--url", "http://127.0.0.1:1/", "--width", "wide"], '--width "wide" is not a width'],
    ["a --timeout that is not a time", ["--post", "capture-test", "--url", "http://127.0.0.1:1/", "--timeout", "soon"], '--timeout "soon" is not a time'],
    ["a flow file that does not exist", ["--post", "capture-test", "--flow", "nowhere.yaml"], '--flow "nowhere.yaml": no such file'],
    ["a bad --name", ["--post", "capture-test", "--url", "http://127.0.0.1:1/", "--name", "Start Page"], '--name "Start Page" is not a shot name'],
  ];
  it.each(BAD_INPUT)("exits 2 naming the argument on %s", async (_name, args, message) => {
    const run = await capture(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
