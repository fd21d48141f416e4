// Renders the checkers' views with their precompiled Nunjucks templates (_includes/checker/*.njk and
// the GOV.UK Frontend macros they call), using Nunjucks' runtime, which compiles nothing in the browser.
import nunjucks from "nunjucks/browser/nunjucks-slim.js";
import templates from "npq:checker-templates";

/** Template names as the precompiler resolved them: "./template.njk" in "govuk/x/macro.njk" is "govuk/x/template.njk". */
function resolveName(from: string, to: string): string {
  const parts = from.split("/").slice(0, -1);
  for (const part of to.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  return parts.join("/");
}

class Loader extends nunjucks.PrecompiledLoader {
  override resolve(from: string, to: string): string {
    return resolveName(from, to);
  }
}

const environment = new nunjucks.Environment(new Loader(templates) as never, { autoescape: true, throwOnUndefined: false });

/** A template precompiled into this bundle (site/eleventy/browser-bundles-plugin.ts BUNDLES names each bundle's). */
export type CheckerTemplate = "checker/question.njk" | "checker/result.njk" | "checker/early-headship.njk";

export function render(name: CheckerTemplate, context: object): string {
  return environment.render(name, context);
}
