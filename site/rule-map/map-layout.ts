// Where each box, end and arrow of a decision map goes. The words are wrapped into boxes first
// (text-width.ts); then ELK's layered layout (elkjs, the Eclipse Layout Kernel, made for flow
// diagrams) places the boxes top to bottom and routes the arrows around them, each arrow's "Yes" or
// "No" beside its start.
import ELK, { type ElkExtendedEdge, type ElkNode } from "elkjs/lib/elk.bundled.js";
import type { MapEnd, MapGraph, MapStep } from "./map-graph.ts";
import { textWidth, wrapText, type Weight } from "./text-width.ts";

/** The type the map is set in, in px (assets/site.css sets the same on the SVG). */
export const TYPE = { size: 16, lineHeight: 21 } as const;
export const STEP_WIDTH = 232;
export const END_WIDTH = 184;
export const PADDING = 10;
/** Kept free at the right of every line, for a fallback typeface a little wider than the one measured. */
const SLACK = 6;
/** Above and below a run of marker lines ("Differs from guidance"), inside its band. */
export const BAND_PADDING = 3;

export interface Line {
  text: string;
  weight: Weight;
  /** A marker, drawn on a band: "Differs from guidance", "New step", "Changed: ...". */
  marker: boolean;
  /** A step's number, "Step 7", drawn as its link text is. */
  number?: boolean;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  lines: Line[];
}

export interface PlacedStep extends MapStep, Box {}
export interface PlacedEnd extends MapEnd, Box {}
export interface PlacedArrow {
  from: string;
  to: string;
  answer: MapGraph["arrows"][number]["answer"];
  /** The route, from the edge of one box to the edge of the other. */
  points: { x: number; y: number }[];
  label: { x: number; y: number; width: number; height: number };
}

export interface MapLayout {
  graph: MapGraph;
  width: number;
  height: number;
  steps: PlacedStep[];
  ends: PlacedEnd[];
  arrows: PlacedArrow[];
}

/** Lays out an ELK graph: elkjs itself, or a cache in front of it (rule-maps.ts). */
export type ElkLayout = (input: ElkNode) => Promise<ElkNode>;

const words = (text: string, width: number, weight: Weight, marker = false): Line[] =>
  wrapText(text, width, TYPE.size, weight).map((t) => ({ text: t, weight, marker }));

/** A step's box: its number, any markers, then its question. */
export function stepLines(step: MapStep): Line[] {
  const inner = STEP_WIDTH - 2 * PADDING - SLACK;
  const markers = [
    step.change?.kind === "added" ? "New step" : null,
    step.change?.kind === "changed" ? `Changed: ${step.change.what.join(", ")}` : null,
    step.differsFromGuidance ? "Differs from guidance" : null,
  ].filter((m): m is string => m !== null);
  return [
    ...words(`Step ${step.number}`, inner, "bold").map((l) => ({ ...l, number: true })),
    ...markers.flatMap((m) => words(m, inner - 8, "bold", true)),
    ...words(step.question, inner, "regular"),
  ];
}

/** An end: the verdict, then what the outcome is. */
export function endLines(end: MapEnd): Line[] {
  const inner = END_WIDTH - 2 * PADDING - SLACK;
  return [...words(end.heading, inner, "bold"), ...(end.detail ? words(end.detail, inner, "regular") : [])];
}

export const boxHeight = (lines: readonly Line[]) => 2 * PADDING + lines.length * TYPE.lineHeight + (lines.some((l) => l.marker) ? 2 * BAND_PADDING : 0);

// Layered (Sugiyama) layout, top to bottom, arrows drawn square.
const LAYOUT_OPTIONS = {
  "elk.algorithm": "layered",
  "elk.direction": "DOWN",
  "elk.edgeRouting": "ORTHOGONAL",
  "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
  "elk.layered.nodePlacement.strategy": "NETWORK_SIMPLEX",
  "elk.spacing.nodeNode": "24",
  "elk.layered.spacing.nodeNodeBetweenLayers": "28",
  "elk.spacing.edgeNode": "16",
  "elk.spacing.edgeEdge": "12",
  "elk.layered.spacing.edgeNodeBetweenLayers": "16",
  "elk.spacing.edgeLabel": "4",
  "elk.edgeLabels.placement": "TAIL",
  "elk.padding": "[top=8,left=8,bottom=8,right=8]",
};

/** The graph ELK lays out, with the lines of each box. */
export function elkInput(graph: MapGraph): { input: ElkNode; lines: Map<string, Line[]> } {
  const lines = new Map<string, Line[]>([...graph.steps.map((s) => [s.id, stepLines(s)] as const), ...graph.ends.map((e) => [e.id, endLines(e)] as const)]);
  const widthOf = (id: string) => (graph.steps.some((s) => s.id === id) ? STEP_WIDTH : END_WIDTH);
  const children: ElkNode[] = [...lines].map(([id, l]) => ({ id, width: widthOf(id), height: boxHeight(l) }));
  const edges: ElkExtendedEdge[] = graph.arrows.map((a, i) => ({
    id: `arrow-${i}`,
    sources: [a.from],
    targets: [a.to],
    labels: [{ id: `answer-${i}`, text: a.answer, width: Math.ceil(textWidth(a.answer, TYPE.size, "bold")) + 4, height: TYPE.lineHeight }],
  }));
  // Unseen edges from each step to the one printed after it (where no arrow already joins them) keep
  // the steps in the rule set page's order, top to bottom: reading down the map is reading down the
  // page. They are laid out, never drawn.
  graph.steps.slice(1).forEach((s, i) => {
    const before = graph.steps[i]!.id;
    if (!graph.arrows.some((a) => a.from === before && a.to === s.id)) edges.push({ id: `order-${i}`, sources: [before], targets: [s.id] });
  });
  return { input: { id: "map", layoutOptions: { ...LAYOUT_OPTIONS }, children, edges }, lines };
}

const elk = new ELK();
export const elkjsLayout: ElkLayout = (input) => elk.layout(input);

export async function layOutMap(graph: MapGraph, layout: ElkLayout = elkjsLayout): Promise<MapLayout> {
  const { input, lines } = elkInput(graph);
  const laid = await layout(input);
  const where = `Decision map of rule set "${graph.ruleSetId}"`;
  const placed = new Map((laid.children ?? []).map((n) => [n.id, n]));
  const box = (id: string): Box => {
    const n = placed.get(id);
    if (!n || n.x === undefined || n.y === undefined || n.width === undefined || n.height === undefined) throw new Error(`${where}: the layout placed no box for "${id}"`);
    return { x: n.x, y: n.y, width: n.width, height: n.height, lines: lines.get(id)! };
  };
  const routed = new Map((laid.edges ?? []).map((e) => [e.id, e as ElkExtendedEdge]));
  const arrows = graph.arrows.map((a, i): PlacedArrow => {
    const edge = routed.get(`arrow-${i}`);
    const section = edge?.sections?.[0];
    const label = edge?.labels?.[0];
    if (!section || !label || label.x === undefined || label.y === undefined) throw new Error(`${where}: the layout routed no arrow from "${a.from}" to "${a.to}"`);
    return {
      ...a,
      points: [section.startPoint, ...(section.bendPoints ?? []), section.endPoint],
      label: { x: label.x, y: label.y, width: label.width!, height: label.height! },
    };
  });
  return {
    graph,
    width: Math.ceil(laid.width!),
    height: Math.ceil(laid.height!),
    steps: graph.steps.map((s) => ({ ...s, ...box(s.id) })),
    ends: graph.ends.map((e) => ({ ...e, ...box(e.id) })),
    arrows,
  };
}
