// `title | codeNames`: a citation of the service's code names what it cites by the code's own names,
// in quotes (funding status "unfunded_cohort" and its message). Those names are for the technical
// reader, so they are set as code, apart from the words around them; the rest is escaped as text.
import nunjucks from "nunjucks";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** A quoted lower-case name: "unfunded_cohort", "funded". */
const CODE_NAME = /"([a-z][a-z0-9]*(?:_[a-z0-9]+)*)"/g;

export function codeNames(text: unknown): nunjucks.runtime.SafeString {
  const source = String(text ?? "");
  let html = "";
  let last = 0;
  for (const m of source.matchAll(CODE_NAME)) {
    html += `${escapeHtml(source.slice(last, m.index))}<code class="app-code">${escapeHtml(m[1]!).replaceAll("_", "_<wbr>")}</code>`;
    last = m.index + m[0].length;
  }
  return new nunjucks.runtime.SafeString(html + escapeHtml(source.slice(last)));
}
