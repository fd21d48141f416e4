// Every documented appRulesTable example renders in a real design-history post: the examples in
// _includes/rules-table/rules-table.yaml are the fixtures. A date with no rule set fails the build
// with a message naming the date.
import { readFileSync } from "node:fs";
import path from "node:path";
import { load } from "js-yaml";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { courseTable } from "../../site/views/rules-tables.ts";
import { ruleSetById } from "../../rules/index.ts";
import { createFixtureProject, PROJECT_ROOT, type FixtureProject } from "../helpers/fixture-project.ts";
import { assertSucceeded } from "../helpers/run-script.ts";

interface Example {
  name: string;
  postDate: string;
  params: Record<string, unknown>;
  expect: { ruleSet: string; table: string };
}

const docs = load(readFileSync(path.join(PROJECT_ROOT, "_includes/rules-table/rules-table.yaml"), "utf8")) as { examples: Example[] };
const slugOf = (i: number) => `rules-example-${i + 1}`;
/** Nunjucks source for the params: `page.date` is passed as the expression, everything else as JSON. */
const paramsSource = (params: Record<string, unknown>) =>
  `{ ${Object.entries(params).map(([k, v]) => `${k}: ${v === "page.date" ? "page.date" : JSON.stringify(v)}`).join(", ")} }`;

let project: FixtureProject;
beforeAll(() => {
  project = createFixtureProject({ withoutPosts: true });
  docs.examples.forEach((example, i) => {
    project.write(
      `content/posts/${example.postDate}-${slugOf(i)}.md`,
      `---\ntitle: "${example.name}"\ndate: ${example.postDate}\n---\n\nA decision made under these rules.\n\n{% from "rules-table/macro.njk" import appRulesTable %}\n{{ appRulesTable(${paramsSource(example.params)}) }}\n`,
    );
  });
  const result = project.build();
  assertSucceeded(result, "the fixture build");
});
afterAll(() => project?.dispose());

describe("appRulesTable", () => {
  it.each(docs.examples.map((e, i) => [e.name, e, i] as const))("renders the example: %s", (_name, example, i) => {
    const page = parse(readFileSync(path.join(project.root, "_site", slugOf(i), "index.html"), "utf8"));
    const component = page.querySelector(".app-rules-table")!;
    expect(component.getAttribute("data-rule-set")).toBe(example.expect.ruleSet);
    const table = component.querySelector(`table.${example.expect.table}`)!;
    expect(table.querySelector("caption")!.text).toContain(example.expect.ruleSet);
    expect(component.querySelector(".app-table-scroll")!.getAttribute("role")).toBe("region");
    if (example.params.course) {
      const expected = courseTable(ruleSetById(example.expect.ruleSet)!, String(example.params.course));
      expect(table.querySelectorAll("tbody tr")).toHaveLength(expected.rows.length);
    } else {
      expect(table.querySelectorAll("tbody tr")).toHaveLength(12);
    }
    expect(Boolean(component.querySelector("p.govuk-body a"))).toBe(!example.params.hideIntro);
  });

  it("fails the build for a post dated before the first rule set, naming the date", () => {
    const broken = createFixtureProject({ withoutPosts: true });
    try {
      broken.write("content/posts/2024-06-01-too-early.md", `---\ntitle: Too early\ndate: 2024-06-01\n---\n\n{% from "rules-table/macro.njk" import appRulesTable %}\n{{ appRulesTable({ date: page.date }) }}\n`);
      const result = broken.build();
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('appRulesTable: date "2024-06-01"');
      expect(result.stderr).toContain("No rule set is in force on 2024-06-01");
    } finally {
      broken.dispose();
    }
  });
});
