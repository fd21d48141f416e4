// The check can fail: a fixture site with one planted violation (an image without alt text) makes
// `npm run test:a11y` exit 1 and name the page and both runners' rule codes; the clean pages pass.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtPagePaths } from "../../tools/checks/built-pages.ts";
import { createFixtureProject, PROJECT_ROOT, type FixtureProject } from "../helpers/fixture-project.ts";
import { assertSucceeded } from "../helpers/run-script.ts";

let project: FixtureProject;
let run: { status: number | null; stdout: string; stderr: string };

beforeAll(() => {
  project = createFixtureProject({ withoutPosts: true });
  project.write(
    "content/image-without-alt.njk",
    [
      "---",
      "title: An image without alt text",
      "permalink: /image-without-alt/",
      "---",
      '{% extends "layouts/base.njk" %}',
      "{% block content %}",
      '<h1 class="govuk-heading-xl">An image without alt text</h1>',
      '<img src="/assets/images/govuk-icon-180.png" width="180" height="180">',
      "{% endblock %}",
    ].join("\n"),
  );
  const built = project.build(["--quiet"]);
  assertSucceeded(built, "the fixture build");
  // The real site's pages are checked by every-page.test.ts; keep this fixture to the home page and
  // the planted one, so proving the check can fail costs seconds, not a second full run.
  const site = path.join(project.root, "_site");
  for (const page of builtPagePaths(site)) {
    if (page !== "/" && page !== "/image-without-alt/") rmSync(path.join(site, decodeURIComponent(page).endsWith("/") ? `${decodeURIComponent(page)}index.html` : decodeURIComponent(page)));
  }
  const result = spawnSync(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "scripts/a11y.ts"), "--site", path.join(project.root, "_site")], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
  });
  run = { status: result.status, stdout: result.stdout, stderr: result.stderr };
});
afterAll(() => project?.dispose());

describe("a fixture site with an image without alt text", () => {
  it("fails the accessibility run with exit status 1", () => {
    expect(run.status, run.stdout + run.stderr).toBe(1);
  });

  it("is reported by axe as image-alt and by HTML_CodeSniffer as H37, on the planted page", () => {
    const report = run.stderr;
    expect(report).toContain("/image-without-alt/\n  [axe] image-alt\n");
    expect(report).toContain("/image-without-alt/\n  [htmlcs] WCAG2AA.Principle1.Guideline1_1.1_1_1.H37\n");
    expect(report).toContain('<img src="/assets/images/govuk-icon-180.png"');
  });

  it("checks every page of the fixture and reports only the planted ones", () => {
    expect(run.stdout).toMatch(/\n2 pages checked, 2 issues on 1 page, in [\d.]+ s\n/);
    expect(run.stdout).toContain("] /\n");
    expect(run.stdout).toContain("] /image-without-alt/\n");
  });
});
