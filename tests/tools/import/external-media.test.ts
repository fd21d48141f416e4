// A post that shows a file from another site (teacher-cpd-design-history has <video src="https://...">
// in five posts): the import report says what the build will really do with it. Raw HTML is
// published as written, but the site's Content Security Policy blocks files from other sites; a
// Markdown image, gallery item or lead image has to be a file in screenshots/, so the build stops on it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isLocalReference } from "../../../site/markdown/post-markdown.ts";
import { screenshotSource } from "../../../site/screenshots/screenshot-source.ts";
import { describeImport, importHistory, type ImportReport } from "../../../tools/import/import-history.ts";

const POST = `---
title: Choosing a course
description: A clip of the course page, and two pictures kept elsewhere
date: 2023-05-01
---

A clip of the course page:

<video src="https://media.example.org/course-page.mp4" controls>
</video>

<img src="//cdn.example.org/course-list.png" alt="The course list">

![The course details page](https://media.example.org/course-details.png)
`;

let dir: string;
let report: ImportReport;
const lineOf = (needle: string) => POST.split("\n").findIndex((line) => line.includes(needle)) + 1;
const said = (needle: string) => report.notUnderstood.find((n) => n.what.includes(needle));

beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "npq-external-media-"));
  const history = path.join(dir, "history");
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(history, file)), { recursive: true });
    writeFileSync(path.join(history, file), text);
  };
  write("package.json", JSON.stringify({ dependencies: { "@11ty/eleventy": "^2.0.1", "@x-govuk/govuk-eleventy-plugin": "^6.7.0" } }));
  write("app/posts/choose-a-course.md", "---\nlayout: collection\ntitle: Choose a course\n---\n");
  write("app/posts/choose-a-course/2023-05-01-choosing-a-course.md", POST);
  mkdirSync(path.join(dir, "project"));
  report = importHistory({ from: history, root: path.join(dir, "project"), dryRun: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a file on another site, in the import report", () => {
  it("in raw HTML: the page loads it from there, as the build leaves its address alone", () => {
    expect(isLocalReference("https://media.example.org/course-page.mp4")).toBe(false);
    expect(isLocalReference("//cdn.example.org/course-list.png")).toBe(false);
    const video = said('"https://media.example.org/course-page.mp4"');
    expect(video).toMatchObject({ line: lineOf("<video"), post: "content/posts/choose-a-course/2023-05-01-choosing-a-course.md" });
    expect(video!.what).toMatch(/^HTML <video> ".*" is on another site: the post is published with it as written, but the site's Content Security Policy .* browsers block it/);
    expect(said('"//cdn.example.org/course-list.png"')!.what).toMatch(/^HTML <img> .* browsers block it/);
  });

  it("as a Markdown image: the build stops on it, as it must be a file in screenshots/", () => {
    expect(screenshotSource("https://media.example.org/course-details.png", "/choose-a-course/choosing-a-course/")).toHaveProperty("problem");
    const image = said('"https://media.example.org/course-details.png"');
    expect(image).toMatchObject({ line: lineOf("![The course details page]") });
    expect(image!.what).toMatch(/^Markdown image ".*" is on another site: the build stops on it/);
    expect(describeImport(report)).toContain("What the site does not understand (3)");
  });
});
