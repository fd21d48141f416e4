// `content | feedContent(page, base)`: a post's body for the Atom feed. An asynchronous Nunjucks
// filter, which has no universal form (site/eleventy/workarounds/nunjucks-only-filters.ts).
/**
 * `feedContent`: a post's rendered body with every URL made absolute, for the Atom feed (Eleventy's
 * renderTransforms, with the site's URL as base). Remembered per post while its body and the base
 * are unchanged: under `npm start` the feed is rebuilt on every save (it lists the newest posts), and
 * parsing and rewriting 50 bodies again was about 40 ms of each save.
 */
export function addFeedContentFilter(eleventyConfig: any): void {
  const remembered = new Map<string, { content: string; base: string; html: string }>();
  eleventyConfig.addNunjucksAsyncFilter(
    "feedContent",
    function (this: unknown, content: string, page: { inputPath: string }, base: string, done: (error: unknown, html?: string) => void) {
      const known = remembered.get(page.inputPath);
      if (known && known.content === content && known.base === base) return done(null, known.html);
      const renderTransforms = eleventyConfig.getFilter("renderTransforms");
      Promise.resolve(renderTransforms.call(this, content, page, base)).then(
        (html: string) => {
          remembered.set(page.inputPath, { content, base, html });
          done(null, html);
        },
        (error: unknown) => done(error),
      );
    },
  );
}

