// `npm run new-post`: a designer's first step. It writes a valid post, copies screenshots with a
// gallery listing them, refuses to overwrite, and explains bad input; the site then builds with it.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixtureProject, PROJECT_ROOT, type FixtureProject } from "../../helpers/fixture-project.ts";
import { runScript } from "../../helpers/run-script.ts";

const SEED_SHOTS = path.join(PROJECT_ROOT, "screenshots/additional-support-offer");
let project: FixtureProject;
let shots: string;

beforeAll(() => {
  project = createFixtureProject();
  // A designer's folder of screenshots, out of order on disk, with a file that is not an image.
  shots = path.join(project.root, "my-screenshots");
  mkdirSync(shots);
  for (const [from, to] of [
    ["03-are-you-a-headteacher.png", "10-are-you-a-headteacher.png"],
    ["01-start-page.png", "01-start-page.png"],
    ["02-branch-on-npq-choose-your-course.png", "2-choose-your-course.png"],
  ] as const) writeFileSync(path.join(shots, to), readFileSync(path.join(SEED_SHOTS, from)));
  writeFileSync(path.join(shots, "notes.txt"), "not a screenshot");
});
afterAll(() => project?.dispose());

const newPost = (...args: string[]) => runScript("new-post.ts", args, project.root);

describe("npm run new-post", () => {
  it("explains itself with --help and exits 0", () => {
    const run = newPost("--help");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: npm run new-post -- --title "Check your answers" [--date YYYY-MM-DD] [--screenshots DIR]');
    expect(run.stdout).toContain("never overwrites");
  });

  it("writes a post with valid front matter at content/posts/YYYY-MM-DD-slug.md", () => {
    const run = newPost("--title", "Choosing a course", "--date", "2024-05-01");
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("Wrote content/posts/2024-05-01-choosing-a-course.md (published at /choosing-a-course/)");
    const source = readFileSync(path.join(project.root, "content/posts/2024-05-01-choosing-a-course.md"), "utf8");
    expect(source).toMatch(/^---\ntitle: "Choosing a course"\ndescription: ""\ndate: 2024-05-01\ntags: \[\]\n---\n/);
    expect(source).not.toContain("appScreenshots");
  });

  it("dates a post today when --date is left out", () => {
    const run = newPost("--title", "Undated post");
    expect(run.status, run.stderr).toBe(0);
    const today = new Date();
    const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}-${String(today.getDate()).padStart(2, "0")}`;
    expect(existsSync(path.join(project.root, `content/posts/${iso}-undated-post.md`))).toBe(true);
  });

  it("copies a folder of screenshots into screenshots/<slug>/ and lists them in file-name order, text from the names", () => {
    const run = newPost("--title", "Headteacher questions", "--date", "2024-05-02", "--screenshots", shots);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("Copied 3 screenshots into screenshots/headteacher-questions/");
    expect(readdirSync(path.join(project.root, "screenshots/headteacher-questions")).sort()).toEqual(["01-start-page.png", "10-are-you-a-headteacher.png", "2-choose-your-course.png"]);
    const source = readFileSync(path.join(project.root, "content/posts/2024-05-02-headteacher-questions.md"), "utf8");
    expect(source).toContain('{% from "screenshots/macro.njk" import appScreenshots with context %}');
    expect(source).toContain(
      [
        "{{ appScreenshots({",
        "  items: [",
        '    { text: "Start page", src: "01-start-page.png" },',
        '    { text: "Choose your course", src: "2-choose-your-course.png" },',
        '    { text: "Are you a headteacher", src: "10-are-you-a-headteacher.png" }',
        "  ]",
        "}) }}",
      ].join("\n"),
    );
  });

  it("refuses to overwrite a post with the same slug, even of another date, and leaves it unchanged", () => {
    const file = path.join(project.root, "content/posts/2024-05-01-choosing-a-course.md");
    writeFileSync(file, readFileSync(file, "utf8") + "\nMy edits.\n");
    const before = readFileSync(file, "utf8");
    for (const args of [["--title", "Choosing a course", "--date", "2024-05-01"], ["--title", "Choosing a course!", "--date", "2025-01-01"]]) {
      const run = newPost(...args);
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain('Refusing to overwrite: content/posts/2024-05-01-choosing-a-course.md already has the slug "choosing-a-course"');
    }
    expect(readFileSync(file, "utf8")).toBe(before);
    expect(existsSync(path.join(project.root, "content/posts/2025-01-01-choosing-a-course.md"))).toBe(false);
  });

  it("refuses to overwrite screenshots already in the post's folder", () => {
    project.write("screenshots/new-gallery/01-start-page.png", "designer's own file");
    const run = newPost("--title", "New gallery", "--screenshots", shots);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain("Refusing to overwrite: screenshots/new-gallery/01-start-page.png already exists");
    expect(readFileSync(path.join(project.root, "screenshots/new-gallery/01-start-page.png"), "utf8")).toBe("designer's own file");
    expect(readdirSync(path.join(project.root, "content/posts")).some((f) => f.endsWith("-new-gallery.md"))).toBe(false);
  });

  const BAD_INPUT: [string, string[], string][] = [
    ["no --title", ["--date", "2024-05-01"], "--title is required"],
    ["--title with no value", ["--title"], "'--title <value>' argument missing"],
    ["a misspelt option", ["--titel", "x"], "Unknown option '--titel'"],
    ["a date that does not exist", ["--title", "x", "--date", "2024-02-30"], '--date "2024-02-30" is not a real date; expected YYYY-MM-DD'],
    ["a date in another format", ["--title", "x", "--date", "01/05/2024"], '--date "01/05/2024" is not a real date'],
    ["a title with no letters or digits", ["--title", "!!!"], '--title "!!!" gives no usable web address'],
    ["a screenshots folder that does not exist", ["--title", "x", "--screenshots", "nowhere"], '--screenshots "nowhere" is not a folder'],
    ["a screenshots folder with no images", ["--title", "x", "--screenshots", os.tmpdir() + "/npq-empty-" + process.pid], "has no images"],
  ];
  it.each(BAD_INPUT)("exits non-zero naming the argument on %s", (_name, args, message) => {
    if (args.includes("--screenshots") && args.at(-1)!.includes("npq-empty")) mkdirSync(args.at(-1)!, { recursive: true });
    const run = newPost(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it("makes posts the site builds, with the gallery's headings", () => {
    const build = project.build();
    expect(build.status, build.stderr).toBe(0);
    const html = readFileSync(path.join(project.root, "_site/headteacher-questions/index.html"), "utf8");
    for (const text of ["Start page", "Choose your course", "Are you a headteacher"]) expect(html).toContain(`>${text}</h3>`);
  });
});
