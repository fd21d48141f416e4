// opentype.js ships no type declarations; site/rule-map/text-width.ts uses only these.
declare module "opentype.js" {
  export interface Font {
    unitsPerEm: number;
    ascender: number;
    descender: number;
    getAdvanceWidth(text: string, fontSize: number, options?: { kerning?: boolean }): number;
    charToGlyph(character: string): { advanceWidth?: number };
  }
  export function parse(buffer: ArrayBuffer): Font;
  const opentype: { parse: typeof parse };
  export default opentype;
}
