// The decision map in words: the same steps as a nested list, each step with where its "Yes" and its
// "No" lead. The map page prints it below the picture, for anyone who cannot see or use the picture.
import type { Answer, MapGraph } from "./map-graph.ts";
import { VERDICT_TAG } from "../../rules/words.ts";

/** The list item of a step on the map page (a jump from another step's answer lands there). */
export const listAnchor = (stepId: string) => `map-step-${stepId}`;

export interface MapListBranchView {
  answer: Answer;
  /** "go to step 7", with a link to that step's item; or the outcome. */
  text: string;
  href: string | null;
  /** For an end: its verdict as a GOV.UK tag ("Not funded"), and what the outcome is. */
  tag: { text: string; classes: string } | null;
}

export interface MapListItemView {
  id: string;
  anchor: string;
  number: number;
  question: string;
  /** The step on the rule set page. */
  href: string;
  /** "Differs from guidance", "New step", "Changed: rule, test": as the boxes say. */
  markers: { text: string; classes: string }[];
  /** "Was step 17" on a map of changes, when the step moved. */
  note: string | null;
  branches: MapListBranchView[];
}

const UNDECIDED_TAG = "govuk-tag--red";

export function mapList(graph: MapGraph): MapListItemView[] {
  const numberOf = new Map(graph.steps.map((s) => [s.id, s.number]));
  const endOf = new Map(graph.ends.map((e) => [e.id, e]));
  return graph.steps.map((s) => ({
    id: s.id,
    anchor: listAnchor(s.id),
    number: s.number,
    question: s.question,
    href: s.href,
    markers: [
      s.change?.kind === "added" ? { text: "New step", classes: "govuk-tag--yellow" } : null,
      s.change?.kind === "changed" ? { text: `Changed: ${s.change.what.join(", ")}`, classes: "govuk-tag--yellow" } : null,
      s.differsFromGuidance ? { text: "Differs from guidance", classes: "govuk-tag--orange" } : null,
    ].filter((m): m is { text: string; classes: string } => m !== null),
    note: s.change && s.change.kind !== "added" && s.change.was !== s.number ? `Was step ${s.change.was}` : null,
    branches: graph.arrows
      .filter((a) => a.from === s.id)
      .map((a): MapListBranchView => {
        const end = endOf.get(a.to);
        if (!end) return { answer: a.answer, text: `go to step ${numberOf.get(a.to)}`, href: `#${listAnchor(a.to)}`, tag: null };
        const classes = end.verdict === "undecided" ? UNDECIDED_TAG : VERDICT_TAG[end.verdict];
        return { answer: a.answer, text: end.detail ?? "", href: null, tag: { text: end.heading, classes } };
      }),
  }));
}
