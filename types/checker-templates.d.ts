// The checker's precompiled templates: a module esbuild is given at build time
// (site/checker/checker-templates.ts, served by site/eleventy/browser-bundles-plugin.ts).
declare module "npq:checker-templates" {
  const templates: Record<string, unknown>;
  export default templates;
}

// Nunjucks' runtime for precompiled templates (no compiler, no eval), as shipped by the nunjucks package.
declare module "nunjucks/browser/nunjucks-slim.js" {
  import type nunjucks from "nunjucks";
  const slim: {
    Environment: typeof nunjucks.Environment;
    PrecompiledLoader: new (templates: Record<string, unknown>) => nunjucks.ILoader & { resolve(from: string, to: string): string };
  };
  export default slim;
}
