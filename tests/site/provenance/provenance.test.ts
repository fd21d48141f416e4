// Provenance facts: the commit (or why it is unknown), the build time (reproducible with
// SOURCE_DATE_EPOCH), and the source documents' hashes from the repository's own copies.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildTime, commitInfo, PROJECT_ROOT, sourceProvenance } from "../../../site/provenance/provenance.ts";
import { SOURCE_DOCUMENTS } from "../../../rules/index.ts";

describe("commitInfo", () => {
  it("names the checked-out commit, and says when the tree has uncommitted changes", () => {
    const head = execFileSync("git", ["rev-parse", "HEAD"], { cwd: PROJECT_ROOT, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], { cwd: PROJECT_ROOT, encoding: "utf8" }).trim() !== "";
    const info = commitInfo(PROJECT_ROOT, {});
    expect(info).toMatchObject({ id: head, short: head.slice(0, 7), dirty });
    expect(info.text).toBe(dirty ? `${head.slice(0, 7)} (with uncommitted changes)` : head.slice(0, 7));
  });

  it("says the commit is unknown outside a git checkout, without failing", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "npq-no-git-"));
    try {
      expect(commitInfo(dir, {})).toEqual({ id: null, short: null, dirty: false, text: "unknown (not a git checkout)" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("takes SOURCE_COMMIT when set (a build from an exported tree), and refuses one that is not a commit id", () => {
    expect(commitInfo(PROJECT_ROOT, { SOURCE_COMMIT: "ABCDEF1234567" })).toMatchObject({ id: "abcdef1234567", short: "abcdef1", text: "abcdef1" });
    expect(() => commitInfo(PROJECT_ROOT, { SOURCE_COMMIT: "main" })).toThrow(/SOURCE_COMMIT "main" is not a commit id/);
  });
});

describe("buildTime", () => {
  it("is SOURCE_DATE_EPOCH when set, so two builds of one commit can be byte-identical", () => {
    expect(buildTime({ SOURCE_DATE_EPOCH: "1767225600" }).toISOString()).toBe("2026-01-01T00:00:00.000Z");
  });
  it("is now otherwise", () => {
    const now = new Date("2026-03-04T05:06:07Z");
    expect(buildTime({}, () => now)).toBe(now);
  });
  it("refuses a SOURCE_DATE_EPOCH that is not whole seconds", () => {
    expect(() => buildTime({ SOURCE_DATE_EPOCH: "yesterday" })).toThrow(/SOURCE_DATE_EPOCH "yesterday"/);
  });
});

describe("sourceProvenance", () => {
  it("hashes each source document's bytes as kept in sources/", () => {
    const sources = sourceProvenance();
    expect(sources.map((s) => s.file)).toEqual(SOURCE_DOCUMENTS.map((d) => d.file));
    for (const s of sources) {
      const bytes = readFileSync(path.join(PROJECT_ROOT, "sources", s.file));
      expect(s.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
      expect(s.bytes).toBe(bytes.length);
    }
  });

  it("publishes seed 000 as the design-history post, byte for byte", () => {
    expect(readFileSync(path.join(PROJECT_ROOT, "content/posts/2021-09-10-additional-support-offer.md"))).toEqual(
      readFileSync(path.join(PROJECT_ROOT, "sources/000_b8d5ad89a0aa3718.txt")),
    );
  });
});
