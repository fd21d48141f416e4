// Every page names the commit and build date it was built from; /provenance/ and /provenance.json
// list the generator, the commit, each rule set's hash and each source document's hash; and the
// decide and audit commands carry the same rule set hashes as the published provenance.json.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "node-html-parser";
import { commitInfo } from "../../site/provenance/provenance.ts";
import { RULE_SETS, SOURCE_DOCUMENTS } from "../../rules/index.ts";
import { buildRealSite, type BuiltSite } from "../helpers/built-site.ts";
import { PROJECT_ROOT } from "../helpers/fixture-project.ts";

// 1 January 2026, 00:00 UTC: a fixed build time, as a reproducible build would set it.
const SOURCE_DATE_EPOCH = "1767225600";
let site: BuiltSite;
let provenance: any;

beforeAll(() => {
  site = buildRealSite({ SOURCE_DATE_EPOCH });
  provenance = JSON.parse(site.file("/provenance.json").toString("utf8"));
});
afterAll(() => site?.dispose());

function htmlPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => path.join(e.parentPath, e.name));
}

describe("the footer of every page", () => {
  it("names the commit and the build date, and links to /provenance/", () => {
    const commit = commitInfo(PROJECT_ROOT, {});
    const pages = htmlPages(site.output);
    expect(pages.length).toBeGreaterThan(5);
    for (const file of pages) {
      const footer = parse(readFileSync(file, "utf8")).querySelector(".govuk-footer");
      expect(footer, file).not.toBeNull();
      const meta = footer!.querySelector(".govuk-footer__meta-custom")!.text.replace(/\s+/g, " ").trim();
      expect(meta, file).toBe(`Built from commit ${commit.text} on 1 January 2026.`);
      expect(footer!.querySelector("time")!.getAttribute("datetime")).toBe("2026-01-01T00:00:00.000Z");
      expect(footer!.querySelectorAll("a").map((a) => [a.text.trim(), a.getAttribute("href")])).toContainEqual(["Provenance", "/provenance/"]);
    }
  });
});

describe("/provenance.json", () => {
  it("names the generator, its Eleventy version, the commit and the build time", () => {
    const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, "package.json"), "utf8"));
    expect(provenance.generator).toEqual({ name: pkg.name, version: pkg.version, eleventy: "3.1.8" });
    expect(provenance.commit).toEqual(commitInfo(PROJECT_ROOT, {}));
    expect(provenance.builtAt).toBe("2026-01-01T00:00:00.000Z");
  });

  it("lists every rule set with the hash the rules module computes", () => {
    expect(provenance.ruleSets).toEqual(RULE_SETS.map((r) => ({ id: r.id, title: r.title, validFrom: r.validFrom, validTo: r.validTo, hash: r.hash })));
  });

  it("lists every source document with the sha256 of its file", () => {
    expect(provenance.sources.map((s: any) => s.file)).toEqual(SOURCE_DOCUMENTS.map((d) => d.file));
    for (const s of provenance.sources) {
      const bytes = readFileSync(path.join(PROJECT_ROOT, s.path));
      expect(s.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    }
  });
});

describe("/provenance/", () => {
  it("shows the same facts in tables", () => {
    const page = site.page("/provenance/");
    const text = page.querySelector("main")!.text;
    for (const r of RULE_SETS) expect(text).toContain(r.hash);
    for (const s of provenance.sources) expect(text).toContain(s.sha256);
    for (const table of page.querySelectorAll("table")) {
      expect(table.querySelector("caption")).not.toBeNull();
      for (const th of table.querySelectorAll("th")) expect(["col", "row"]).toContain(th.getAttribute("scope"));
    }
  });
});

describe("the source documents, published on the site", () => {
  it("each seed is at /sources/<file> byte for byte, with the SHA-256 /provenance.json lists", () => {
    for (const s of provenance.sources) {
      const published = site.file(`/sources/${s.file}`);
      expect(createHash("sha256").update(published).digest("hex"), `/sources/${s.file}`).toBe(s.sha256);
    }
  });

  it("each seed has a page with its human title, publisher, hash, public address and a link to its file", () => {
    for (const d of SOURCE_DOCUMENTS) {
      const page = site.page(`/sources/${d.id}/`);
      const main = page.querySelector("main")!;
      const text = main.text.replace(/\s+/g, " ");
      const published = provenance.sources.find((s: any) => s.id === d.id);
      expect(page.querySelector("h1")!.text.trim()).toBe(d.title);
      expect(text).toContain(d.publisher);
      expect(text).toContain(published.sha256);
      expect(main.querySelectorAll("a").map((a) => a.getAttribute("href"))).toContain(`/sources/${d.file}`);
      if (d.href) expect(main.querySelectorAll("a").map((a) => a.getAttribute("href")), `${d.id}'s public address`).toContain(d.href);
      // Parsed with its <pre> as markup (each heading line is a span with an anchor): its text is the file's.
      const pre = parse(site.file(`/sources/${d.id}/index.html`).toString("utf8"), { blockTextElements: { script: true, style: true } }).querySelector("main pre")!;
      expect(pre.text, `the text on /sources/${d.id}/`).toBe(readFileSync(path.join(PROJECT_ROOT, "sources", d.file), "utf8"));
    }
  });

  it("/provenance/ links each document, by its title, to its page and to its file", () => {
    const links = site.page("/provenance/").querySelectorAll("main a").map((a) => [a.text.trim(), a.getAttribute("href")]);
    for (const d of SOURCE_DOCUMENTS) {
      expect(links, d.id).toContainEqual([d.citeAs, `/sources/${d.id}/`]);
      expect(links, d.id).toContainEqual([d.file, `/sources/${d.file}`]);
    }
  });

  // Where each citation of a seed links (its section here, or the design-history post) is
  // tests/site/citations.test.ts's.
});

describe("decide and audit outputs", () => {
  const tsx = path.join(PROJECT_ROOT, "node_modules/.bin/tsx");
  const application = (ruleSet: string) => ({
    id: `on-${ruleSet}`,
    decidedOn: ruleSet,
    recordedStatus: "funded",
    course: "npq-headship",
    cohort: { id: "2025b", funding: "full" },
    worksInEngland: true,
    workSetting: "a_school",
    institution: { kind: "school", establishmentTypeCode: "1", lists: [] },
  });

  it("carry the same rule set hash as /provenance.json, for every rule set", () => {
    const published = Object.fromEntries(provenance.ruleSets.map((r: any) => [r.id, r.hash]));
    const lines = RULE_SETS.map((r) => JSON.stringify({ ...application(r.id), asOf: r.validFrom })).join("\n");
    const decided = spawnSync(tsx, ["scripts/decide.ts", "--brief"], { cwd: PROJECT_ROOT, input: lines, encoding: "utf8" });
    expect(decided.status).toBe(0);
    for (const d of decided.stdout.trim().split("\n").map((l) => JSON.parse(l))) expect(d.ruleSetHash).toBe(published[d.ruleSet]);

    const dir = mkdtempSync(path.join(os.tmpdir(), "npq-provenance-"));
    try {
      const file = path.join(dir, "recorded.jsonl");
      writeFileSync(file, RULE_SETS.map((r) => JSON.stringify(application(r.id))).join("\n"));
      const audited = spawnSync(tsx, ["scripts/audit.ts", file, "--json", "--quiet"], { cwd: PROJECT_ROOT, encoding: "utf8" });
      expect(audited.status).toBe(0);
      const out = JSON.parse(audited.stdout);
      expect(out.ruleSets.map((r: any) => r.id).sort()).toEqual(RULE_SETS.map((r) => r.id).sort());
      for (const r of out.ruleSets) expect(r.hash).toBe(published[r.id]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
