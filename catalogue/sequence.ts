// Course sequences from seed 003's "The sequence": ordered course titles per NPQ, with the strand
// heading each sits under where the handbook groups them (NPQEYL, NPQSENCO).
import { fact, HANDBOOK } from "./citations.ts";
import type { Fact } from "./fact.ts";
import type { SequencedCourse } from "./types.ts";

type Strands = readonly (readonly [strand: string, titles: readonly string[]])[];

function number(strands: Strands): SequencedCourse[] {
  return strands.flatMap(([strand, titles]) => titles.map((title) => ({ title, strand }))).map((c, i) => ({ position: i + 1, ...c }));
}

/** A handbook sequence. `strands` with an empty strand name means the handbook gives no strand headings. */
export function handbookSequence(input: Strands | readonly string[]): Fact<readonly SequencedCourse[]> {
  const courses =
    typeof input[0] === "string"
      ? (input as readonly string[]).map((title, i) => ({ position: i + 1, title }))
      : number(input as Strands);
  return fact<readonly SequencedCourse[]>(courses, HANDBOOK.sequence, "Please see below the course titles for each qualification", "ambition-institute");
}
