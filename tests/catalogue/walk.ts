// Test helper: find facts by walking the catalogue data generically, not through the catalogue's own
// field list, so a fact added anywhere is checked.
import type { Fact, PartialDate, Qualification } from "../../catalogue/index.ts";

export interface FoundFact {
  readonly code: string;
  readonly path: string;
  readonly fact: Fact<unknown>;
}

function isFact(x: unknown): x is Fact<unknown> {
  return typeof x === "object" && x !== null && "value" in x && "source" in x;
}

export function factsIn(q: Qualification): FoundFact[] {
  const found: FoundFact[] = [];
  const visit = (x: unknown, path: string) => {
    if (isFact(x)) {
      found.push({ code: q.code, path, fact: x });
      return; // a fact's value is data, not more facts
    }
    if (Array.isArray(x)) x.forEach((v, i) => visit(v, `${path}[${i}]`));
    else if (typeof x === "object" && x !== null) for (const [k, v] of Object.entries(x)) visit(v, path ? `${path}.${k}` : k);
  };
  visit(q, "");
  return found;
}

function isPartialDate(x: unknown): x is PartialDate {
  return typeof x === "object" && x !== null && typeof (x as { year?: unknown }).year === "number";
}

/** The numbers a value states (dates apart), and the dates it states. */
export function numbersAndDates(value: unknown): { numbers: number[]; dates: PartialDate[] } {
  const numbers: number[] = [];
  const dates: PartialDate[] = [];
  const visit = (x: unknown) => {
    if (typeof x === "number") numbers.push(x);
    else if (isPartialDate(x)) dates.push(x);
    else if (Array.isArray(x)) x.forEach(visit);
    else if (typeof x === "object" && x !== null) Object.values(x).forEach(visit);
  };
  visit(value);
  return { numbers, dates };
}

/** Where a field holds no facts, is it the explicit NotStated marker? */
export function isNotStatedMarker(x: unknown): boolean {
  return typeof x === "object" && x !== null && !Array.isArray(x) && Object.keys(x).length === 1 && (x as { stated?: unknown }).stated === false;
}
