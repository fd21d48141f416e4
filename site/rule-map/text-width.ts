// How wide a line of text is in the site's typeface (GDS Transport, from GOV.UK Frontend's own font
// files), so the decision map can wrap each box's words at build time: an SVG cannot wrap text itself.
// Measured, not guessed from a character count: "illicit" and "WWWW" differ by more than any average
// allows.
import { readFileSync } from "node:fs";
import path from "node:path";
import opentype, { type Font } from "opentype.js";
import { GOVUK_FRONTEND_DIST } from "../eleventy/assets-plugin.ts";

// The WOFF files (opentype.js reads WOFF; WOFF2 needs a decompressor it does not ship). The same
// glyphs as the WOFF2 files the pages load first.
const FONT_FILES = { regular: "light-f591b13f7d-v2.woff", bold: "bold-affa96571d-v2.woff" } as const;
export type Weight = keyof typeof FONT_FILES;

const fonts = new Map<Weight, Font>();
/** Each character's advance, in em, by weight: a rule set's words are a few dozen characters. */
const advances = new Map<Weight, Map<string, number>>();

function fontOf(weight: Weight): Font {
  let font = fonts.get(weight);
  if (!font) {
    const file = path.join(GOVUK_FRONTEND_DIST, "govuk", "assets", "fonts", FONT_FILES[weight]);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      throw new Error(`The decision map measures its text with GOV.UK Frontend's font ${file}, which could not be read (${(error as Error).message}); is govuk-frontend installed (npm ci)?`);
    }
    font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    fonts.set(weight, font);
  }
  return font;
}

/**
 * The advance width of one line of text, in px at `size` px: the sum of its characters' advances.
 * Kerning is left out: it moves the rules' questions by 1.2% at most (measured with opentype.js's
 * kerned getAdvanceWidth), which the slack kept at the end of each line covers, and measuring
 * character by character is a hundred times quicker than the kerned measure, which took a second
 * of every build.
 */
export function textWidth(text: string, size: number, weight: Weight = "regular"): number {
  let byCharacter = advances.get(weight);
  if (!byCharacter) advances.set(weight, (byCharacter = new Map()));
  let em = 0;
  for (const character of text) {
    let advance = byCharacter.get(character);
    if (advance === undefined) {
      const font = fontOf(weight);
      advance = (font.charToGlyph(character).advanceWidth ?? 0) / font.unitsPerEm;
      byCharacter.set(character, advance);
    }
    em += advance;
  }
  return em * size;
}

/**
 * Words broken into lines no wider than `width` px. A word wider than a line on its own (none of the
 * rules' words is) gets a line to itself rather than being cut.
 */
export function wrapText(text: string, width: number, size: number, weight: Weight = "regular"): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size, weight) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
