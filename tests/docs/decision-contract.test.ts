// The decision contract lives in the repository (docs/decision-io.md), and the README and guides point
// to that copy, never to a file outside the repository; it names every error code a line can end in.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DECISION_ERROR_CODES } from "../../rules/errors.ts";
import { ELIGIBILITY_LISTS } from "../../rules/vocabulary.ts";
import { PROJECT_ROOT } from "../helpers/fixture-project.ts";

const read = (relative: string) => readFileSync(path.join(PROJECT_ROOT, relative), "utf8");
const GUIDES = ["README.md", ...readdirSync(path.join(PROJECT_ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
const CONTRACT = read("docs/decision-io.md");

describe("the decision contract", () => {
  it("is linked from the README and from the rules and auditing guides, as docs/decision-io.md", () => {
    expect(read("README.md")).toContain("](docs/decision-io.md)");
    for (const guide of ["docs/rules.md", "docs/auditing.md"]) expect(read(guide), guide).toContain("](decision-io.md)");
  });

  it.each(GUIDES)("%s points to no file outside the repository", (guide) => {
    expect(read(guide)).not.toMatch(/\/work\/shared|\.\.\/shared|\.\.\/\.\.\//);
  });

  it("names every error code and eligibility list the rules module knows", () => {
    for (const code of DECISION_ERROR_CODES) expect(CONTRACT, code).toContain(`\`${code}\``);
    for (const list of ELIGIBILITY_LISTS) expect(CONTRACT, list).toContain(`\`${list}\``);
  });
});
