// Posts about this site's own pages keep the flow that took their screenshots beside them, as
// screenshots/<slug>/flow.yaml (docs/writing-posts.md), so the shots can be taken again. For every
// such flow: it is valid, its visits are relative (so --url can point it at any build), it names
// exactly the PNGs in its folder as `npm run capture` numbers them, and the post shows each of them.
// Then one flow is run end to end by `npm run capture` against the built site, as a designer retakes
// the shots after deleting them, and must make the same files: the end-to-end test of capture.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { shotFileName } from "../../tools/capture/capture.ts";
import { parseFlow, type Flow } from "../../tools/capture/flow.ts";
import { findPostBySlug } from "../../tools/new-post/find-post.ts";
import { servedSite } from "../helpers/browser.ts";
import { createFixtureProject, PROJECT_ROOT, type FixtureProject } from "../helpers/fixture-project.ts";
import { describeRun, runScriptAsync } from "../helpers/run-script.ts";

const site = servedSite();
const SCREENSHOTS = path.join(PROJECT_ROOT, "screenshots");

interface PostFlow {
  slug: string;
  file: string;
  flow: Flow;
}

/** Every screenshots/<slug>/flow.yaml, read (and checked) when the test file loads. */
const flows: PostFlow[] = readdirSync(SCREENSHOTS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join(SCREENSHOTS, entry.name, "flow.yaml")))
  .map((entry) => {
    const file = path.join("screenshots", entry.name, "flow.yaml");
    return { slug: entry.name, file, flow: parseFlow(readFileSync(path.join(PROJECT_ROOT, file), "utf8"), file) };
  });

/** The file names `npm run capture` gives a flow's shots in an empty folder: 01-name.png, 02-... */
function shotFiles(flow: Flow): string[] {
  return flow.steps.flatMap((step) => (step.action === "screenshot" ? [step.value.name] : [])).map((name, i) => shotFileName(i + 1, name));
}

const pngsIn = (dir: string) => readdirSync(dir).filter((name) => name.endsWith(".png")).sort();

/** The screenshots of the post's folder that its built page links to (each shot links to its original). */
function screenshotsShownBy(slug: string): string[] {
  const html = readFileSync(path.join(site.folder, slug, "index.html"), "utf8");
  const linked = [...html.matchAll(/href="[^"]*\/screenshots\/([^/"]+)\/([^/"]+\.png)"/g)].filter((m) => m[1] === slug).map((m) => m[2]!);
  return [...new Set(linked)].sort();
}

describe("the flows beside this site's posts", () => {
  it("exist for the posts on the rules pages, the eligibility tables and the checker (at least)", () => {
    expect(flows.map((f) => f.slug)).toEqual(expect.arrayContaining(["funding-rules-pages", "eligibility-tables", "funding-checker"]));
  });

  describe.each(flows.map((f) => [f.slug, f] as const))("%s", (slug, { file, flow }) => {
    it("belongs to a post", async () => {
      await expect(findPostBySlug(PROJECT_ROOT, slug)).resolves.toMatch(new RegExp(`^content/posts/\\d{4}-\\d{2}-\\d{2}-${slug}\\.md$`));
    });

    it("visits this site by relative addresses, so --url can point it at any build", () => {
      const visits = flow.steps.flatMap((step) => (step.action === "visit" ? [step.value] : []));
      expect(visits.length, `${file} should visit a page`).toBeGreaterThan(0);
      for (const visit of visits) expect(visit, `${file}: visit ${visit}`).toMatch(/^\/(?!\/)/);
    });

    it("names exactly the PNGs in its folder, numbered in its order", () => {
      expect(pngsIn(path.join(SCREENSHOTS, slug)), `the PNGs in screenshots/${slug}/ against the shots of ${file}`).toEqual(shotFiles(flow).sort());
    });

    it("takes screenshots the post shows, and the post shows no other file of the folder", () => {
      expect(screenshotsShownBy(slug), `the screenshots /${slug}/ links to against the shots of ${file}`).toEqual(shotFiles(flow).sort());
    });
  });
});

/** The flow with the most kinds of step (visit, click, fill, check, select, screenshot) is run end to end. */
const endToEnd = [...flows].sort((a, b) => kinds(b.flow) - kinds(a.flow) || a.slug.localeCompare(b.slug))[0];
function kinds(flow: Flow): number {
  return new Set(flow.steps.map((s) => s.action)).size;
}

describe("npm run capture, retaking a post's screenshots from its flow against the built site", () => {
  let project: FixtureProject | undefined;
  afterAll(() => project?.dispose());

  it(`makes the same files as those committed (${endToEnd?.slug})`, async () => {
    expect(endToEnd, "no screenshots/<slug>/flow.yaml to run").toBeDefined();
    const { slug, file, flow } = endToEnd!;
    project = createFixtureProject();
    const folder = path.join(project.root, "screenshots", slug);
    for (const png of pngsIn(folder)) project.remove(path.join("screenshots", slug, png));

    const run = await runScriptAsync("capture.ts", ["--post", slug, "--flow", file, "--url", site.url], project.root);
    expect(run.status, describeRun(run)).toBe(0);

    const committed = pngsIn(path.join(SCREENSHOTS, slug));
    expect(pngsIn(folder), describeRun(run)).toEqual(committed);
    for (const png of committed) {
      const [made, kept] = await Promise.all([sharp(path.join(folder, png)).metadata(), sharp(path.join(SCREENSHOTS, slug, png)).metadata()]);
      expect(made.width, `${png}: the retaken shot's width against the committed one's`).toBe(kept.width);
    }
    // And it prints the gallery items the post pastes, one for each shot, in the flow's order.
    expect([...run.stdout.matchAll(/src: "([^"]+)"/g)].map((m) => m[1])).toEqual(shotFiles(flow));
  });
});
