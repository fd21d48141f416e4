// The link check: every internal link, image and #anchor in the output resolves, or the build fails
// naming the page and the target. External links are never fetched.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkLinks } from "../../../site/links/check-links.ts";
import { createBuiltFixture, fingerprintFolder, SEED_POST, type FixtureProject } from "../../helpers/fixture-project.ts";

const SITE_URL = "https://design.example.org";

/** A tiny built site: each entry is an output file and its text. */
function outputFolder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "npq-links-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

const BASE_FILES = {
  "index.html": '<main id="main"><h2 id="posts">Posts</h2><a href="/post/">A post</a></main>',
  "post/index.html": '<h1 id="title">Post</h1><img src="/img/a.png" srcset="/img/a.png 640w, /img/b.png 1280w" alt="">',
  "img/a.png": "png",
  "img/b.png": "png",
  "assets/site.css": "body { background: url(images/bg.png) }",
  "assets/images/bg.png": "png",
};

interface Case {
  name: string;
  page: string;
  expected: { target: string; reason: string | RegExp }[];
  prefix?: string;
}

const CASES: Case[] = [
  { name: "links that all resolve (relative, root-relative, anchors, site URLs, external)", page: '<a href="../post/">up</a><a href="/#posts">home posts</a><a href="#here">me</a><p id="here"></p><a href="https://www.gov.uk/missing">gov.uk</a><a href="//gov.uk">gov.uk</a><a href="mailto:a@b.c">mail</a><a href="https://design.example.org/post/#title">abs</a><a href="/post">no slash</a><a href="?q=x">query</a>', expected: [] },
  { name: "a link to a page that does not exist", page: '<a href="/no-such-post/">x</a>', expected: [{ target: "/no-such-post/", reason: "no such page in the output (looked for no-such-post/index.html)" }] },
  { name: "an image that does not exist", page: '<img src="/img/missing.png" alt="">', expected: [{ target: "/img/missing.png", reason: "no such file in the output (looked for img/missing.png)" }] },
  { name: "a srcset candidate that does not exist", page: '<img src="/img/a.png" srcset="/img/a.png 640w, /img/c.png 1280w" alt="">', expected: [{ target: "/img/c.png", reason: "no such file" }] },
  { name: "an anchor missing on this page", page: '<a href="#nowhere">x</a>', expected: [{ target: "#nowhere", reason: 'has no element with id="nowhere"' }] },
  { name: "an anchor missing on another page", page: '<a href="/post/#comments">x</a>', expected: [{ target: "/post/#comments", reason: '/post/ has no element with id="comments"' }] },
  { name: "this site's absolute URL to a missing page", page: '<meta property="og:image" content="https://design.example.org/img/gone.jpg">', expected: [{ target: "https://design.example.org/img/gone.jpg", reason: "no such file" }] },
  { name: "a code sample showing a link is not a link", page: '<pre><code>&lt;a href="/not-a-link/"&gt;</code></pre><script>const a = "<a href=\'/nor-this/\'>";</script><!-- <a href="/nor-this-comment/"> -->', expected: [] },
  { name: "under a prefix, a root-relative link that escapes it", page: '<a href="/post/">x</a><a href="/p/post/">ok</a>', prefix: "/p/", expected: [{ target: "/post/", reason: "outside the site's path prefix /p/" }] },
];

describe("checkLinks", () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const dir = outputFolder({ ...BASE_FILES, "test/index.html": `<html><body>${c.page}</body></html>` });
    try {
      const result = await checkLinks({ outputDir: dir, pathPrefix: c.prefix ?? "/", siteUrl: SITE_URL });
      const onTestPage = result.problems.filter((p) => p.page === `${c.prefix ?? "/"}test/`);
      expect(onTestPage.map((p) => p.target)).toEqual(c.expected.map((e) => e.target));
      c.expected.forEach((e, i) => expect(onTestPage[i]!.reason).toMatch(e.reason));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("checks url()s in stylesheets", async () => {
    const dir = outputFolder({ ...BASE_FILES, "assets/site.css": "a { background: url(images/missing.png) }" });
    try {
      const result = await checkLinks({ outputDir: dir, pathPrefix: "/", siteUrl: SITE_URL });
      expect(result.problems).toEqual([{ page: "/assets/site.css", where: "css url()", target: "images/missing.png", reason: "no such file in the output (looked for assets/images/missing.png)" }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("resolves links only once files still being written (the search index) are in place", async () => {
    const dir = outputFolder({ ...BASE_FILES, "search/index.html": '<link rel="stylesheet" href="/pagefind/pagefind-ui.css">' });
    try {
      const before = await checkLinks({ outputDir: dir, pathPrefix: "/", siteUrl: SITE_URL });
      expect(before.problems.map((p) => p.target)).toEqual(["/pagefind/pagefind-ui.css"]);
      const writing = new Promise<void>((resolve) =>
        setTimeout(() => {
          mkdirSync(path.join(dir, "pagefind"));
          writeFileSync(path.join(dir, "pagefind/pagefind-ui.css"), "");
          resolve();
        }, 50),
      );
      const after = await checkLinks({ outputDir: dir, pathPrefix: "/", siteUrl: SITE_URL, whileWriting: writing });
      expect(after.problems).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("uses the references of pages read while rendering instead of reading them again", async () => {
    const dir = outputFolder(BASE_FILES);
    try {
      // The file on disk links to /post/; what the build read from the rendered page links elsewhere.
      const alreadyRead = new Map([["index.html", { references: [{ where: "a href", url: "/gone/" }], ids: new Set(["main"]) }]]);
      const result = await checkLinks({ outputDir: dir, pathPrefix: "/", siteUrl: SITE_URL, alreadyRead });
      expect(result.problems).toEqual([{ page: "/", where: "a href", target: "/gone/", reason: "no such page in the output (looked for gone/index.html)" }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a build with a broken link", () => {
  const POST = SEED_POST;
  let project: FixtureProject;
  let goodSite: Map<string, string>;
  let seedPost: string;

  beforeAll(() => {
    ({ project, goodSite, seedPost } = createBuiltFixture());
  });
  afterAll(() => project?.dispose());

  it("fails, naming every link, the post and the line it is on, and leaves _site/ as it was", () => {
    const planted = seedPost.replace("## Eligibility", "See [the rules](/rulez/), [the eligibility list](#eligibilty) and ![a diagram](/images/flow.png).\n\n## Eligibility");
    const line = planted.split("\n").findIndex((l) => l.includes("/rulez/")) + 1;
    project.write(POST, planted);
    try {
      const result = project.build();
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain("3 problems in 1 file");
      expect(result.stderr).toContain(POST);
      expect(result.stderr).toContain(`line ${line}: broken link "/rulez/" (a href on /additional-support-offer/): no such page in the output`);
      expect(result.stderr).toContain(`line ${line}: broken link "#eligibilty" (a href on /additional-support-offer/): /additional-support-offer/ has no element with id="eligibilty"`);
      // An image is a screenshot: the build names the file it looked for.
      expect(result.stderr).toContain('image "/images/flow.png": no such file screenshots/images/flow.png');
      expect(fingerprintFolder(path.join(project.root, "_site"))).toEqual(goodSite);
    } finally {
      project.write(POST, seedPost);
    }
  });

  it("fails under a path prefix too, resolving URLs under the prefix", () => {
    project.write(POST, seedPost.replace("## Eligibility", '<a href="/additional-support-offer/">raw HTML</a> is fine, <img src="/screenshots/none.png" alt=""> is not.\n\n## Eligibility'));
    try {
      const result = project.build([], { PATH_PREFIX: "/npq/" });
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain(POST);
      expect(result.stderr).toContain('broken link "/npq/screenshots/none.png" (img src on /npq/additional-support-offer/): no such file in the output');
    } finally {
      project.write(POST, seedPost);
    }
  });
});
