// A file of recorded decisions for benchmarks and tests: realistic applications (every distinct path
// of every rule set's eligibility table), each decided under the rule set in force on a decidedOn
// date inside that rule set's period, with planted disagreements (the recorded status swapped for
// another the same rule set can give) and planted bad records, at fixed intervals so a test knows
// exactly which lines they are. Deterministic: the same options give the same file.
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { stringify } from "csv-stringify/sync";
import { RULE_SETS, eligibilityRows, walk, type Application, type RuleSet, type Status } from "../../rules/index.ts";
import type { InputFormat } from "./audit-input.ts";
import { CSV_COLUMNS, csvRowFromRecord } from "./csv-application.ts";

export interface GenerateOptions {
  readonly records: number;
  readonly format: InputFormat;
  /** Record n (1-based) disagrees when n % disagreeEvery === 0; 0 for none. */
  readonly disagreeEvery: number;
  /** Record n is bad (an unknown course) when n % errorEvery === 0 and it is not planted to disagree; 0 for none. */
  readonly errorEvery: number;
  readonly seed?: number;
}

export interface GeneratedFile {
  readonly records: number;
  readonly disagree: number;
  readonly errors: number;
}

interface PoolEntry {
  readonly ruleSet: RuleSet;
  readonly application: Omit<Application, "ruleSet" | "asOf">;
  readonly status: Status;
  readonly other: Status;
}

function pool(): PoolEntry[] {
  const entries: PoolEntry[] = [];
  for (const ruleSet of RULE_SETS) {
    for (const row of eligibilityRows(ruleSet)) {
      const branch = walk(ruleSet, row.application, null);
      if (branch.kind !== 1) continue;
      const { ruleSet: _r, asOf: _a, id: _i, ...application } = row.application;
      const status = branch.status!;
      const others = ruleSet.outcomes.filter((o) => o !== status);
      entries.push({ ruleSet, application, status, other: others[entries.length % others.length]! });
    }
  }
  return entries;
}

/** Days from a rule set's start, inside its period (a year for the one still in force). */
function periodDays(ruleSet: RuleSet): number {
  const end = ruleSet.validTo ?? addDays(ruleSet.validFrom, 365);
  return Math.round((Date.parse(end) - Date.parse(ruleSet.validFrom)) / 86_400_000) + 1;
}
function addDays(date: string, days: number): string {
  return new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
}

/** mulberry32: a small, fast, seeded generator. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The n-th record (1-based) and what it was planted as. */
export function* generateRecords(options: GenerateOptions): Generator<{ record: Record<string, unknown>; planted: "agree" | "disagree" | "error" }> {
  const entries = pool();
  const next = random(options.seed ?? 1);
  const days = new Map(RULE_SETS.map((r) => [r, periodDays(r)]));
  for (let n = 1; n <= options.records; n++) {
    const entry = entries[Math.floor(next() * entries.length)]!;
    const decidedOn = addDays(entry.ruleSet.validFrom, Math.floor(next() * days.get(entry.ruleSet)!));
    const disagree = options.disagreeEvery > 0 && n % options.disagreeEvery === 0;
    const error = !disagree && options.errorEvery > 0 && n % options.errorEvery === 0;
    const record = {
      id: `rec-${n}`,
      decidedOn,
      recordedStatus: disagree ? entry.other : entry.status,
      ...entry.application,
      ...(error ? { course: "npq-unknown" } : {}),
    };
    yield { record, planted: disagree ? "disagree" : error ? "error" : "agree" };
  }
}

/** Write a generated file with backpressure, so a million records need no more memory than ten. */
export async function writeRecordsFile(file: string, options: GenerateOptions): Promise<GeneratedFile> {
  const out = createWriteStream(file);
  let disagree = 0;
  let errors = 0;
  let buffer = options.format === "csv" ? stringify([[...CSV_COLUMNS]]) : "";
  for (const { record, planted } of generateRecords(options)) {
    if (planted === "disagree") disagree++;
    if (planted === "error") errors++;
    buffer += options.format === "csv" ? stringify([csvRowFromRecord(record)]) : `${JSON.stringify(record)}\n`;
    if (buffer.length >= 1 << 16) {
      if (!out.write(buffer)) await once(out, "drain");
      buffer = "";
    }
  }
  out.end(buffer);
  await once(out, "close");
  return { records: options.records, disagree, errors };
}
