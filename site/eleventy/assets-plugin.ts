// Eleventy plugin: GOV.UK Frontend's fonts, images, CSS and JS, plus the site's own CSS and JS.
// GOV.UK Frontend's compiled CSS points at /assets/...; we rewrite those to relative URLs so the site
// works under any path prefix (a project site on a static host) without a Sass build.
import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
export const GOVUK_FRONTEND_DIST = path.join(path.dirname(require.resolve("govuk-frontend/package.json")), "dist");

/** Make /assets/... URLs in GOV.UK Frontend's CSS relative to the stylesheet, which sits in /assets/. */
export function relativiseCssUrls(css: string): string {
  return css.replace(/url\((['"]?)\/assets\//g, "url($1");
}

export default function assetsPlugin(eleventyConfig: any) {
  const govuk = path.join(GOVUK_FRONTEND_DIST, "govuk");
  eleventyConfig.addPassthroughCopy({
    [path.join(govuk, "assets/fonts")]: "assets/fonts",
    [path.join(govuk, "assets/images")]: "assets/images",
    [path.join(govuk, "assets/manifest.json")]: "assets/manifest.json",
    [path.join(govuk, "govuk-frontend.min.js")]: "assets/govuk-frontend.min.js",
    "assets/site.css": "assets/site.css",
    "assets/site.js": "assets/site.js",
  });
  const css = relativiseCssUrls(readFileSync(path.join(govuk, "govuk-frontend.min.css"), "utf8").replace(/\/\*# sourceMappingURL=.*?\*\//, ""));
  eleventyConfig.on("eleventy.after", async ({ directories }: { directories: { output: string } }) => {
    const target = path.join(directories.output, "assets/govuk-frontend.min.css");
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, css);
  });
}
