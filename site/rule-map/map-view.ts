// What the decision map's template draws (_includes/rule-map/): every box, end, line of text and
// arrow with its place in px, and its words for assistive technology. Nothing is decided in the template.
//
// The map is drawn as a stack of sheets, each an SVG cut from the map between two rows of boxes, so a
// printed map breaks between rows and never through a box: on screen the sheets meet edge to edge and
// read as one picture. A sheet is at most one printed A4 landscape page tall once the map is scaled to
// the page's width.
import type { Answer, MapGraph } from "./map-graph.ts";
import { BAND_PADDING, PADDING, TYPE, type Line, type MapLayout, type PlacedArrow } from "./map-layout.ts";

export interface TextLineView {
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  /** app-rule-map__line, and app-rule-map__bold or app-rule-map__number. */
  classes: string;
}

export interface RectView {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface StepBoxView extends RectView {
  kind: "step";
  id: string;
  href: string;
  /** The box's title: its words in full, for a tooltip and assistive technology. */
  title: string;
  classes: string;
  /** The bands behind its markers. */
  bands: RectView[];
  lines: TextLineView[];
}

export interface EndView extends RectView {
  kind: "end";
  id: string;
  title: string;
  classes: string;
  lines: TextLineView[];
}

export interface ArrowView {
  answer: Answer;
  /** The line, as an SVG path ("M x y L x y ..."), stopping where its head starts. */
  line: string;
  /** The arrowhead, a closed triangle. */
  head: string;
  /** Where its "Yes" or "No" is written; null on a sheet the arrow only passes through. */
  label: { x: number; y: number } | null;
}

export interface SheetView {
  /** The part of the map this sheet shows: from y, this tall (viewBox "0 y width height"). */
  y: number;
  height: number;
  /**
   * The arrows that cross this sheet: each is drawn in every sheet it crosses, cut at its edges, and
   * its answer written only in the sheet that holds it (the cuts never pass through one).
   */
  arrows: ArrowView[];
  /** Its steps and ends, in reading order: each step followed by its ends. */
  items: (StepBoxView | EndView)[];
}

export interface MapSvgView {
  width: number;
  height: number;
  sheets: SheetView[];
}

/** A4 landscape less 10 mm margins (assets/site.css @page rule-map), in CSS px at 96 a inch. */
export const PRINTED_PAGE = { width: Math.floor((277 / 25.4) * 96), height: Math.floor((190 / 25.4) * 96) };
/** Kept free on each printed page, for the browser's rounding. */
const PRINT_SLACK = 24;
/** From the top of a line box to the text's baseline, at TYPE.size on TYPE.lineHeight. */
const BASELINE = 15;
const HEAD = { length: 10, halfWidth: 5 };
const round = (n: number) => Math.round(n * 10) / 10;

/** Each line's baseline, and a band behind each run of marker lines (map-layout.ts boxHeight allows for them). */
function placeLines(lines: readonly Line[], x: number, y: number, width: number): { lines: TextLineView[]; bands: RectView[] } {
  const out: TextLineView[] = [];
  const bands: RectView[] = [];
  let top = y + PADDING;
  lines.forEach((line, i) => {
    if (line.marker && !lines[i - 1]?.marker) {
      top += BAND_PADDING;
      const after = lines.slice(i).findIndex((l) => !l.marker);
      const count = after === -1 ? lines.length - i : after;
      bands.push({ x: round(x + PADDING - 4), y: round(top - BAND_PADDING), width: round(width - 2 * PADDING + 8), height: count * TYPE.lineHeight + 2 * BAND_PADDING });
    }
    const classes = ["app-rule-map__line", line.weight === "bold" ? "app-rule-map__bold" : "", line.number ? "app-rule-map__number" : ""].filter(Boolean).join(" ");
    out.push({ text: line.text, x: round(x + PADDING), y: round(top + BASELINE), classes });
    top += TYPE.lineHeight;
    if (line.marker && !lines[i + 1]?.marker) top += BAND_PADDING;
  });
  return { lines: out, bands };
}

/** A step's words in full: its number, question and markers. */
export function stepTitle(step: MapGraph["steps"][number]): string {
  const notes = [
    step.change?.kind === "added" ? "new step" : null,
    step.change?.kind === "changed" ? `changed: ${step.change.what.join(", ")}` : null,
    step.change && step.change.kind !== "added" && step.change.was !== step.number ? `was step ${step.change.was}` : null,
    step.differsFromGuidance ? "differs from guidance" : null,
  ].filter(Boolean);
  return `Step ${step.number}: ${step.question}${notes.length ? ` (${notes.join("; ")})` : ""}`;
}

/** An end's words in full, with the step and answer it ends. */
export function endTitle(end: MapGraph["ends"][number], stepNumber: number): string {
  // A detail that continues the verdict ("by DfE") follows it; one that is its own phrase follows a colon.
  const detail = end.detail ? `${/^[a-z]/.test(end.detail) ? " " : ": "}${end.detail}` : "";
  return `${end.heading}${detail} (step ${stepNumber}, answer ${end.answer.toLowerCase()})`;
}

function arrowView(a: PlacedArrow, labelled: boolean): ArrowView {
  const points = a.points.map((p) => ({ ...p }));
  const tip = points[points.length - 1]!;
  const from = points[points.length - 2]!;
  const length = Math.hypot(tip.x - from.x, tip.y - from.y) || 1;
  const [dx, dy] = [(tip.x - from.x) / length, (tip.y - from.y) / length];
  const base = { x: tip.x - dx * HEAD.length, y: tip.y - dy * HEAD.length };
  const head = `M${round(tip.x)} ${round(tip.y)}L${round(base.x - dy * HEAD.halfWidth)} ${round(base.y + dx * HEAD.halfWidth)}L${round(base.x + dy * HEAD.halfWidth)} ${round(base.y - dx * HEAD.halfWidth)}Z`;
  points[points.length - 1] = base;
  return {
    answer: a.answer,
    line: points.map((p, i) => `${i ? "L" : "M"}${round(p.x)} ${round(p.y)}`).join(""),
    head,
    label: labelled ? { x: round(a.label.x + 2), y: round(a.label.y + BASELINE) } : null,
  };
}

/**
 * Where to cut the map into sheets: in the gaps between rows, so that no box or answer is cut, each
 * sheet no taller than `maxHeight` (unless one row alone is taller, which none of the rules' is).
 */
export function sheetCuts(layout: MapLayout, maxHeight: number): number[] {
  const solid = [...layout.steps, ...layout.ends, ...layout.arrows.map((a) => a.label)]
    .map((b) => [b.y - 2, b.y + b.height + 2] as const)
    .sort((a, b) => a[0] - b[0]);
  const gaps: number[] = [];
  let reach = -Infinity;
  for (const [top, bottom] of solid) {
    if (top > reach && reach > -Infinity) gaps.push(Math.round((top + reach) / 2));
    reach = Math.max(reach, bottom);
  }
  const cuts: number[] = [0];
  for (;;) {
    const start = cuts[cuts.length - 1]!;
    if (layout.height - start <= maxHeight) break;
    const within = gaps.filter((g) => g > start && g - start <= maxHeight);
    const next = within.length ? within[within.length - 1]! : gaps.find((g) => g > start);
    if (next === undefined) break;
    cuts.push(next);
  }
  return [...cuts, layout.height];
}

export function mapSvgView(layout: MapLayout): MapSvgView {
  const scale = Math.min(1, PRINTED_PAGE.width / layout.width);
  const cuts = sheetCuts(layout, Math.floor((PRINTED_PAGE.height - PRINT_SLACK) / scale));
  const sheetOf = (y: number) => cuts.findIndex((c, i) => i > 0 && y < c) - 1;

  const steps = layout.steps.map((s): StepBoxView => ({
    kind: "step",
    id: s.id,
    href: s.href,
    title: stepTitle(s),
    classes: ["app-rule-map__step", s.differsFromGuidance ? "app-rule-map__step--differs" : "", s.change && s.change.kind !== "moved" ? `app-rule-map__step--${s.change.kind}` : ""].filter(Boolean).join(" "),
    x: round(s.x),
    y: round(s.y),
    width: s.width,
    height: s.height,
    ...placeLines(s.lines, s.x, s.y, s.width),
  }));
  const numberOf = new Map(layout.steps.map((s) => [s.id, s.number]));
  const ends = layout.ends.map((e): EndView & { step: string } => ({
    kind: "end",
    id: e.id,
    step: e.step,
    title: endTitle(e, numberOf.get(e.step)!),
    classes: `app-rule-map__end app-rule-map__end--${e.verdict}`,
    x: round(e.x),
    y: round(e.y),
    width: e.width,
    height: e.height,
    lines: placeLines(e.lines, e.x, e.y, e.width).lines,
  }));
  const stepSheet = new Map(steps.map((s) => [s.id, sheetOf(s.y)]));

  const sheets = cuts.slice(0, -1).map((top, i): SheetView => {
    const bottom = cuts[i + 1]!;
    const here = <T extends RectView>(b: T) => sheetOf(b.y) === i;
    const endsHere = ends.filter(here);
    const strip = ({ step: _step, ...end }: EndView & { step: string }): EndView => end;
    const items: (StepBoxView | EndView)[] = [
      // Ends on this sheet of steps on the sheet before: first, as they are at its top.
      ...endsHere.filter((e) => stepSheet.get(e.step)! < i).map(strip),
      ...steps.filter(here).flatMap((s) => [s, ...endsHere.filter((e) => e.step === s.id).map(strip)]),
    ];
    const arrows = layout.arrows
      .filter((a) => {
        const ys = [...a.points.map((p) => p.y), a.label.y, a.label.y + a.label.height];
        return Math.max(...ys) >= top && Math.min(...ys) <= bottom;
      })
      .map((a) => arrowView(a, sheetOf(a.label.y) === i));
    return { y: top, height: bottom - top, arrows, items };
  });
  return { width: layout.width, height: layout.height, sheets };
}
