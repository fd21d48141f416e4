// `npm run build`: build the site into a fresh folder, and only when the build succeeds, swap it in
// for _site/. A failed build leaves the last good _site/ exactly as it was.
import { startBeforeEleventy } from "../lib/screenshots/head-start.ts";
import { cacheDirectory, SCREENSHOTS_DIR } from "../lib/site-paths.ts";

const HELP = `Usage: npm run build [-- --output DIR] [-- --quiet]

Builds the site into a temporary folder beside the output, then replaces the output folder
(default _site/) with it. If anything fails, the error names the file and the output is untouched.
Environment: SITE_URL (absolute URL of the published site), PATH_PREFIX (e.g. /npq-design-history/).`;

const args = process.argv.slice(2);
if (args.includes("--help") || args.includes("-h")) {
  console.log(HELP);
  process.exit(0);
}
const outputIndex = args.indexOf("--output");
const output = outputIndex >= 0 ? args[outputIndex + 1] : "_site";
if (!output) {
  console.error("--output needs a folder, e.g. --output _site");
  process.exit(2);
}

// The thumbnails are most of a cold build: start them before loading Eleventy, which takes about
// 0.8 s (lib/screenshots/head-start.ts). Eleventy comes in by a dynamic import for that reason.
startBeforeEleventy(SCREENSHOTS_DIR, cacheDirectory());
const { buildSite } = await import("../lib/build/build-site.ts");

try {
  const result = await buildSite({ output, quiet: args.includes("--quiet") });
  console.log(`Built ${result.pages} pages into ${output}/ in ${result.seconds.toFixed(2)} s`);
  console.log(`Checked ${result.links.links} internal links in ${result.links.files} files: all resolve (${result.links.seconds.toFixed(2)} s)`);
} catch (error) {
  console.error(`\nBuild failed; ${output}/ was left as it was.\n\n${(error as Error).message}`);
  process.exit(1);
}
