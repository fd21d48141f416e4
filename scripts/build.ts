// `npm run build`: build the site into a fresh folder, and only when the build succeeds, swap it in
// for _site/. A failed build leaves the last good _site/ exactly as it was.
import { BuildContext } from "../site/build/build-context.ts";
import { commandLineOrExit } from "../common/command-line.ts";
import { plural } from "../common/plural.ts";
import { POSTS_DIR } from "../site/posts/posts-folder.ts";
import { allowMissingScreenshots, cacheDirectory, SCREENSHOTS_DIR } from "../site/site-paths.ts";

const HELP = `Usage: npm run build [-- --output DIR] [-- --quiet] [-- --allow-missing-screenshots]

Builds the site into a temporary folder beside the output, then replaces the output folder
(default _site/) with it. If anything is wrong, every problem is listed, each with its file and
field or line, and the output is untouched.

  --output DIR                  the folder to publish into (default _site)
  --quiet                       print less while building
  --allow-missing-screenshots   build anyway when a screenshot file is missing: each is shown as a
                                placeholder and named in a warning (also ALLOW_MISSING_SCREENSHOTS=1)

Environment: SITE_URL (absolute URL of the published site), PATH_PREFIX (e.g. /npq-design-history/).`;

const { values } = commandLineOrExit(process.argv.slice(2), {
  command: "npm run build",
  help: HELP,
  options: { output: { type: "string" }, quiet: { type: "boolean" }, "allow-missing-screenshots": { type: "boolean" } },
});
const output = typeof values.output === "string" ? values.output : "_site";

// The thumbnails are most of a cold build: start them before loading Eleventy, which takes about
// 0.8 s (site/screenshots/image-work.ts). Eleventy comes in by a dynamic import for that reason.
const build = new BuildContext({
  kind: "build",
  postsDir: POSTS_DIR,
  screenshotsDir: SCREENSHOTS_DIR,
  cacheDir: cacheDirectory(),
  allowMissingScreenshots: values["allow-missing-screenshots"] === true || allowMissingScreenshots(),
});
build.startImageWork();
const { buildSite } = await import("../site/build/build-site.ts");

try {
  const result = await buildSite({ output, quiet: values.quiet === true, build, onWait: (message) => console.error(message) });
  if (result.warnings) console.warn(`\n${result.warnings}\n`);
  console.log(`Built ${plural(result.pages, "page")} into ${output}/ in ${result.seconds.toFixed(2)} s`);
  const broken = result.links.problems.length;
  console.log(`Checked ${plural(result.links.links, "internal link")} in ${plural(result.links.files, "file")}: ${broken ? `${broken} broken in imported posts (warnings above)` : "all resolve"} (${result.links.seconds.toFixed(2)} s)`);
} catch (error) {
  console.error(`\nBuild failed; ${output}/ was left as it was.\n\n${(error as Error).message}`);
  process.exit(1);
}
