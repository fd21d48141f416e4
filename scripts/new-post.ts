// `npm run new-post -- --title "..." [--date YYYY-MM-DD] [--screenshots DIR]`: a thin face over
// tools/new-post/new-post.ts.
import { parseCommandLine, runCommand, UsageError } from "../common/command-line.ts";
import { createPost } from "../tools/new-post/new-post.ts";

const HELP = `Usage: npm run new-post -- --title "Check your answers" [--date YYYY-MM-DD] [--screenshots DIR]

Writes content/posts/YYYY-MM-DD-<slug>.md with valid front matter; the slug is made from the title and
the post is published at /<slug>/.

  --title TEXT        the post's title (required)
  --date YYYY-MM-DD   the post's date (default: today)
  --screenshots DIR   a folder of images: they are copied into screenshots/<slug>/ and the post gets an
                      appScreenshots gallery listing them in file-name order, each with a heading made
                      from its name ("01-start-page.png" becomes "Start page")
  -h, --help          show this help

It never overwrites: if a post with the same slug, or a screenshot of the same name, exists, it stops.`;

await runCommand(async () => {
  const { values, help } = parseCommandLine(process.argv.slice(2), {
    title: { type: "string" },
    date: { type: "string" },
    screenshots: { type: "string" },
  }, "npm run new-post");
  if (help) return void console.log(HELP);
  if (typeof values.title !== "string") throw new UsageError(`--title is required, e.g. npm run new-post -- --title "Check your answers"`);
  const post = await createPost({
    title: values.title,
    date: values.date as string | undefined,
    screenshotsFrom: values.screenshots as string | undefined,
    root: process.cwd(),
  });
  console.log(`Wrote ${post.postFile} (published at ${post.url})`);
  if (post.screenshotsDir) console.log(`Copied ${post.items.length} screenshot${post.items.length === 1 ? "" : "s"} into ${post.screenshotsDir}/`);
  console.log(`Next: write the description and the post, then npm start to see it.`);
});
