// Eleventy plugin: the page shell's header and footer, rendered once and reused by every page.
//
// GOV.UK Frontend's template.njk renders its header and footer blocks twice per page (once to test
// whether they are empty, once to print them), and the header, service navigation and footer macros
// are the most expensive Nunjucks on the site: on a 1,000-post site they cost more than all the posts'
// own content. Their output depends only on a little context (the current section, the footer links,
// this build's provenance), so `shellPart(name, context)` renders _includes/shell/<name>.njk once per
// distinct context and returns the same HTML afterwards. The cache is emptied before each build, so
// `npm start` picks up edited partials and a new build's provenance.
import nunjucks from "nunjucks";

export interface ShellPluginOptions {
  /** The Nunjucks environment Eleventy renders with (eleventy.config.ts sets it). */
  environment: nunjucks.Environment;
}

export default function shellPlugin(eleventyConfig: any, { environment }: ShellPluginOptions) {
  let rendered = new Map<string, nunjucks.runtime.SafeString>();
  eleventyConfig.on("eleventy.before", () => {
    rendered = new Map();
  });
  eleventyConfig.addNunjucksGlobal("shellPart", (name: string, context: Record<string, unknown>) => {
    const key = `${name}\n${JSON.stringify(context)}`;
    let html = rendered.get(key);
    if (!html) {
      html = new nunjucks.runtime.SafeString(environment.render(`shell/${name}.njk`, context));
      rendered.set(key, html);
    }
    return html;
  });
}
