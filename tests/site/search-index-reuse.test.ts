// The search index is reused when no searchable page changed (a rebuild with nothing changed skips
// Pagefind), and rebuilt as soon as one did.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createFixtureProject, fingerprintFolder, SEED_POST, type FixtureProject } from "../helpers/fixture-project.ts";

let project: FixtureProject;
beforeAll(() => {
  project = createFixtureProject();
});
afterAll(() => project?.dispose());

const searchIndex = () => fingerprintFolder(path.join(project.root, "_site/pagefind"));

describe("the search index across builds", () => {
  it("runs Pagefind on the first build, reuses its index when nothing searchable changed, and runs it again after an edit", () => {
    const first = project.build();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/\[search\] Pagefind indexed \d+ pages/);
    const firstIndex = searchIndex();
    expect(firstIndex.size).toBeGreaterThan(10);

    // Nothing changed but the build time in every footer: the same index, without running Pagefind.
    const second = project.build();
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toContain("[search] no searchable page changed: the last Pagefind index was reused");
    expect(searchIndex()).toEqual(firstIndex);

    // A post's text changed: Pagefind runs, and the new index holds the new word.
    const seed = readFileSync(path.join(project.root, SEED_POST), "utf8");
    project.write(SEED_POST, seed.replace("## Eligibility", "Quokkas reviewed this page.\n\n## Eligibility"));
    const third = project.build();
    expect(third.status, third.stderr).toBe(0);
    expect(third.stdout).toMatch(/\[search\] Pagefind indexed \d+ pages/);
    expect(searchIndex()).not.toEqual(firstIndex);
  });
});
