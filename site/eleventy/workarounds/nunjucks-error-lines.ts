// Workaround "nunjucks-error-lines" (switches.ts). Nunjucks 3.2.4 compiles a template to JavaScript
// that records where it is (lineno, colno) only when a function call starts, and gives that place to
// an error only if the error reaches the template's own try/catch. So an error in a filter (`| dump`
// of a value that holds itself, a filter that does not exist) carries the line of the last call
// before it, or none; and once a post has imported a macro (`{% from ... import ... %}`), the rest of
// it runs inside the imported template's callback, where an error gets that template's place, which
// is no line of the post's at all. A post's Nunjucks problem was named at a line where nothing is
// wrong, or at none.
// With this on, every call and filter also writes its line where it can be read back after a
// failure: on the environment, under the template's name (`lastLine`), so the posts' renderer
// (site/posts/post-renderer.ts) names the line of the post that was running when it failed, and
// the post's own line even when the error was raised inside a macro of another file it called.
import nunjucks from "nunjucks";

interface Compiler {
  templateName?: string;
  compileFilter(this: Compiler, node: Placed, frame: unknown): void;
  compileFunCall(this: Compiler, node: Placed, frame: unknown): void;
  _emit(code: string): void;
}
interface Placed {
  lineno: number;
  colno: number;
}

/** Where the environment keeps each template's last line: { [template name]: line counted from 0 }. */
const PLACES = "__npqLastLines";

const compiler = (nunjucks as unknown as { compiler: { Compiler: { prototype: Compiler } } }).compiler.Compiler.prototype;
const nunjucks_ = { compileFilter: compiler.compileFilter, compileFunCall: compiler.compileFunCall };

function recording(compile: (this: Compiler, node: Placed, frame: unknown) => void) {
  return function (this: Compiler, node: Placed, frame: unknown): void {
    // A comma expression, as Nunjucks' compileFunCall writes one: the value is the call's or filter's.
    this._emit(`(lineno = ${node.lineno}, colno = ${node.colno}, (env.${PLACES} || (env.${PLACES} = Object.create(null)))[${JSON.stringify(this.templateName ?? "")}] = ${node.lineno}, `);
    compile.call(this, node, frame);
    this._emit(")");
  };
}
const withLines = { compileFilter: recording(nunjucks_.compileFilter), compileFunCall: recording(nunjucks_.compileFunCall) };

/** Have templates compiled from now on record their calls' and filters' lines (on), or not, as Nunjucks does (off). */
export function recordErrorLines(on: boolean): void {
  Object.assign(compiler, on ? withLines : nunjucks_);
}

/** The line (from 1) of the template's last call or filter that started, since `forgetLines`; undefined if none. */
export function lastLine(environment: object, templateName: string): number | undefined {
  const line = (environment as Record<string, Record<string, number> | undefined>)[PLACES]?.[templateName];
  return line === undefined ? undefined : line + 1;
}

/** Forget a template's last line, before it is rendered again. */
export function forgetLines(environment: object, templateName: string): void {
  const places = (environment as Record<string, Record<string, number> | undefined>)[PLACES];
  if (places) delete places[templateName];
}
