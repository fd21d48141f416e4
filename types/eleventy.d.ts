// Eleventy 3 ships no type declarations; we use its programmatic API and plugin hooks loosely.
declare module "@11ty/eleventy" {
  const Eleventy: any;
  export default Eleventy;
  export const HtmlBasePlugin: any;
}

declare module "@11ty/eleventy-plugin-rss" {
  const rssPlugin: any;
  export default rssPlugin;
}

// Eleventy's path helpers (its own dependency, pinned to the version it installs): site/eleventy/path-memo.ts.
declare module "@11ty/eleventy-utils" {
  export const TemplatePath: { normalize: (thePath: string) => string };
}
