// Every difference from guidance is flagged, and every flag is a difference. Each statement of the
// guidance seeds about who is funded or eligible (tests/rules/guidance-statements.ts, quoted from its
// section) is tried against each rule set, course by course, workplace by workplace and person by
// person; what the service does is decided by the rules module. Wherever the service decides
// otherwise, the step that decides must carry a "Differs from guidance" note quoting the statement
// and citing its section; a note where the service does not decide otherwise fails too.
//
// The table: one row per statement and rule set, giving what the service does (the steps that decide
// otherwise, with an example), and whether they are flagged.
import { describe, expect, it } from "vitest";
import { RULE_SETS } from "../../rules/index.ts";
import { citedText, squash } from "../catalogue/seed-text.ts";
import { departures, example, tryStatement } from "./guidance-comparison.ts";
import { GUIDANCE_STATEMENTS, NOT_COMPARED } from "./guidance-statements.ts";

const ROWS = GUIDANCE_STATEMENTS.flatMap((s) => RULE_SETS.map((r) => ({ s, r, found: departures(s, r) })));

describe("the guidance statements", () => {
  it.each(GUIDANCE_STATEMENTS.map((s) => [s.id, s] as const))("%s: its quote is in the section it cites", (_, s) => {
    expect(s.quote.split(/\s+/).length, "a short phrase").toBeLessThanOrEqual(16);
    expect(squash(citedText(s.source))).toContain(squash(s.quote));
  });

  it.each(NOT_COMPARED.map((n) => [n.quote, n] as const))("not compared, with a reason: %s", (_, n) => {
    expect(squash(citedText(n.source))).toContain(squash(n.quote));
    expect(n.why.length).toBeGreaterThan(10);
  });

  it.each(GUIDANCE_STATEMENTS.map((s) => [s.id, s] as const))("%s speaks of someone in every rule set (it is not vacuous)", (_, s) => {
    for (const r of RULE_SETS) expect(tryStatement(s, r).length, r.id).toBeGreaterThan(0);
  });
});

describe("the comparison table: guidance statement, rule set, what the service does, flagged", () => {
  /** The notes of `r` that answer statement `s`: they quote its words and cite its section. */
  const notesOn = (r: (typeof RULE_SETS)[number], s: (typeof GUIDANCE_STATEMENTS)[number]) =>
    r.differences.filter((d) => d.guidance.some((g) => g.quote === s.quote));

  it.each(ROWS.map(({ s, r, found }) => [s.id, r.id, found.size ? `decides otherwise at ${[...found.keys()].join(", ")}` : "agrees", { s, r, found }] as const))(
    "%s under %s: %s, and each such step is flagged",
    (_, __, ___, { s, r, found }) => {
      const lines = [...found.entries()].map(([step, t]) => `  ${step}: ${example(t)}`);
      // What the service does, computed, against the table's reviewed list.
      expect([...found.keys()].sort(), `the steps of ${r.id} that depart from "${s.quote}":\n${lines.join("\n")}`).toEqual([...(s.departsAt[r.id] ?? [])].sort());
      // A difference without a flag, or a flag without a difference, fails.
      expect(notesOn(r, s).map((d) => d.step).sort(), `notes quoting "${s.quote}" on ${r.id}`).toEqual([...found.keys()].sort());
      for (const d of notesOn(r, s)) {
        const g = d.guidance.find((x) => x.quote === s.quote)!;
        expect(g.source, `the note on ${d.step} cites the statement's section`).toEqual(s.source);
      }
    },
  );

  it.each(RULE_SETS.map((r) => [r.id, r] as const))("%s: every note quotes statements of the table, at most one note per step", (_, r) => {
    const quotes = new Set(GUIDANCE_STATEMENTS.map((s) => s.quote));
    for (const d of r.differences) {
      expect(d.guidance.length, d.step).toBeGreaterThan(0);
      for (const g of d.guidance) expect(quotes, `${d.step}: "${g.quote}"`).toContain(g.quote);
      expect(d.text.length, d.step).toBeGreaterThan(40);
    }
    const steps = r.differences.map((d) => d.step);
    expect(new Set(steps).size, "one note per step, answering every statement it departs from").toBe(steps.length);
  });
});
