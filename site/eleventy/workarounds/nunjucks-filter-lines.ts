// Workaround "nunjucks-filter-lines" (switches.ts). Nunjucks 3.2.4 compiles a template to JavaScript
// that records where it is (lineno, colno) only when a function call starts, so an error in a filter
// (`| dump` of a value that holds itself, a filter that does not exist) carries the line of the last
// call made before it, or none: a post's Nunjucks problem named at a line where nothing is wrong.
// With this on, a filter records its place as a call does (the same comma expression Nunjucks'
// compileFunCall emits), so the posts' renderer (site/posts/post-renderer.ts) names the right line.
import nunjucks from "nunjucks";

interface CompilerPrototype {
  compileFilter(this: CompilerPrototype, node: { lineno: number; colno: number }, frame: unknown): void;
  _emit(code: string): void;
}

const compiler = (nunjucks as unknown as { compiler: { Compiler: { prototype: CompilerPrototype } } }).compiler.Compiler.prototype;
const nunjucksCompileFilter = compiler.compileFilter;

function compileFilterWithItsLine(this: CompilerPrototype, node: { lineno: number; colno: number }, frame: unknown): void {
  this._emit(`(lineno = ${node.lineno}, colno = ${node.colno}, `);
  nunjucksCompileFilter.call(this, node, frame);
  this._emit(")");
}

/** Have templates compiled from now on record a filter's line (on), or not, as Nunjucks does (off). */
export function trackFilterLines(on: boolean): void {
  compiler.compileFilter = on ? compileFilterWithItsLine : nunjucksCompileFilter;
}
