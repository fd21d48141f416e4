// Post validation remembers what passed between builds (by modification time and size), so a rebuild
// reads only changed posts, and a post edited after it passed is checked again. Under `npm start`, a
// rebuild validates only the files Eleventy saw change: a changed post that is bad still stops the
// build with its file named; files outside the posts folder, and deleted posts, are passed over; and
// the cache keeps every other post that passed.
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { validatePosts } from "../../lib/posts/validate-posts.ts";

const post = (title: string) => `---\ntitle: "${title}"\ndescription: "About ${title}"\ndate: 2024-01-15\n---\n\nBody.\n`;
const GOOD = '---\ntitle: "Choosing a course"\ndescription: "How teachers pick an NPQ"\ndate: 2024-01-15\n---\n\nBody.\n';

let dir: string;
let cwd: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "npq-validate-"));
  cwd = process.cwd();
  process.chdir(dir);
});
afterEach(() => {
  process.chdir(cwd);
  rmSync(dir, { recursive: true, force: true });
});

describe("validatePosts with a cache file", () => {
  it("records each post that passed with its modification time and size", async () => {
    writeFileSync(path.join(dir, "2024-01-15-choosing-a-course.md"), GOOD);
    expect(await validatePosts(dir, path.join(dir, "cache/validated.json"))).toBe(1);
    const cache = JSON.parse(readFileSync(path.join(dir, "cache/validated.json"), "utf8"));
    expect(Object.keys(cache.passed)).toEqual(["2024-01-15-choosing-a-course.md"]);
    expect(cache.passed["2024-01-15-choosing-a-course.md"]).toBe(`${(await import("node:fs")).statSync(path.join(dir, "2024-01-15-choosing-a-course.md")).mtimeMs}:${Buffer.byteLength(GOOD)}`);
    expect(cache.validator).toMatch(/^[0-9a-f]{16}$/);
  });

  it("checks a post again once it has changed, though it passed before", async () => {
    const post = path.join(dir, "2024-01-15-choosing-a-course.md");
    writeFileSync(post, GOOD);
    await validatePosts(dir, path.join(dir, "cache/validated.json"));
    writeFileSync(post, GOOD.replace('title: "Choosing a course"\n', ""));
    utimesSync(post, new Date(), new Date(Date.now() + 5000));
    await expect(validatePosts(dir, path.join(dir, "cache/validated.json"))).rejects.toThrow(/title/);
  });
});

describe("validatePosts with the changed files", () => {
  it("checks only changed posts, names a bad one, and keeps the rest of the cache", async () => {
    writeFileSync("2024-01-15-first-post.md", post("First"));
    writeFileSync("2024-01-16-second-post.md", post("Second"));
    const cacheFile = path.join(dir, "cache/validated.json");
    expect(await validatePosts(dir, cacheFile)).toBe(2);

    // Only the changed posts named are read: a bad post that is not among them is not seen...
    writeFileSync("2024-01-17-third-post.md", post("Third"));
    writeFileSync("2024-01-19-unnamed-post.md", post("Unnamed").replace(/title: .*\n/, ""));
    writeFileSync("notes.txt", "not a post");
    expect(await validatePosts(dir, cacheFile, ["./2024-01-17-third-post.md", "./notes.txt", "./2024-01-18-deleted-post.md", "../elsewhere.md"])).toBe(1);
    const cached = JSON.parse(readFileSync(cacheFile, "utf8")) as { passed: Record<string, string> };
    expect(Object.keys(cached.passed).sort()).toEqual(["2024-01-15-first-post.md", "2024-01-16-second-post.md", "2024-01-17-third-post.md"]);
    // ...until the whole folder is checked (as the first build under `npm start` does).
    await expect(validatePosts(dir, cacheFile)).rejects.toThrow(/2024-01-19-unnamed-post\.md/);
    rmSync("2024-01-19-unnamed-post.md");

    // ...and a changed post that is bad stops the build, naming its file and field.
    writeFileSync("2024-01-16-second-post.md", post("Second").replace(/title: .*\n/, ""));
    await expect(validatePosts(dir, cacheFile, ["./2024-01-16-second-post.md"])).rejects.toThrow(/2024-01-16-second-post\.md.*title|title.*2024-01-16-second-post\.md/s);

    // A badly named new post is refused by name, as in a full check.
    writeFileSync("Draft Post.md", post("Draft"));
    await expect(validatePosts(dir, cacheFile, ["./Draft Post.md"])).rejects.toThrow(/Invalid post file name Draft Post\.md/);
  });
});
