// `code | breakable`: an outcome code or parameter id (not_new_headteacher_requesting_ehco) that may
// wrap after each "_" and nowhere else, so a narrow table cell never splits one of its words.
import nunjucks from "nunjucks";

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

export function breakable(text: unknown): nunjucks.runtime.SafeString {
  return new nunjucks.runtime.SafeString(escapeHtml(String(text ?? "")).replaceAll("_", "_<wbr>"));
}
