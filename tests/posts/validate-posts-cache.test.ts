// Post validation remembers what passed between builds (by modification time and size), so a rebuild
// reads only changed posts, and a post edited after it passed is checked again.
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { validatePosts } from "../../lib/posts/validate-posts.ts";

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
