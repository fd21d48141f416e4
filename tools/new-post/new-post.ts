// `npm run new-post`: write a post file with valid front matter and, given a folder of images, copy
// them into screenshots/<slug>/ with an appScreenshots call listing them. It never overwrites: a post
// with the same slug (the URL), or files already in the screenshots folder, stop it before it writes.
import slugify from "@sindresorhus/slugify";
import { constants } from "node:fs";
import { copyFile, mkdir, readdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { UserInputError } from "../../common/user-error.ts";
import { SCREENSHOTS_DIR } from "../../site/site-paths.ts";
import { POSTS_DIR } from "./find-post.ts";
import { validatePostFrontMatter } from "../../site/posts/front-matter.ts";
import { load as loadYaml } from "js-yaml";
import { frontMatterBlock } from "../../site/posts/post-front-matter.ts";
import { POST_FILE_NAME } from "../../site/posts/posts-folder.ts";
import { APP_SCREENSHOTS_IMPORT, appScreenshotsCall, SCREENSHOT_EXTENSIONS, screenshotItemsFor, type ScreenshotItem } from "./screenshot-items.ts";

export class NewPostError extends UserInputError {}

export interface NewPostOptions {
  title: string;
  /** YYYY-MM-DD; default today (local time). */
  date?: string;
  /** A folder of images to copy into screenshots/<slug>/. */
  screenshotsFrom?: string;
  /** The project root; posts go to content/posts/, screenshots to screenshots/. */
  root: string;
  today?: Date;
}

export interface NewPost {
  slug: string;
  date: string;
  /** Relative to the project root. */
  postFile: string;
  /** Site URL (before any path prefix). */
  url: string;
  screenshotsDir?: string;
  items: ScreenshotItem[];
}

export function postSlug(title: string): string {
  return slugify(title, { decamelize: false });
}

function localIsoDate(day: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

export function checkDate(date: string): string {
  const real = /^\d{4}-\d{2}-\d{2}$/.test(date) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
  if (!real) throw new NewPostError(`--date "${date}" is not a real date; expected YYYY-MM-DD, such as 2024-05-01`);
  return date;
}

/** The post's source: front matter, a reminder for the writer (a Nunjucks comment, never published), and any gallery. */
export function renderPost(post: { title: string; date: string; items: readonly ScreenshotItem[] }): string {
  const lines = [
    "---",
    `title: ${JSON.stringify(post.title)}`,
    `description: ""`,
    `date: ${post.date}`,
    "tags: []",
    "---",
    "",
    "{# Say what changed, why, and what you learned. The description above is the lead paragraph and the",
    "   summary on the home page, in the feed and when the post is shared. Delete this comment. #}",
    "",
  ];
  if (post.items.length) lines.push(APP_SCREENSHOTS_IMPORT, appScreenshotsCall(post.items), "");
  return lines.join("\n");
}

async function isDirectory(dir: string): Promise<boolean> {
  try {
    return (await stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

async function listImages(dir: string): Promise<string[]> {
  if (!(await isDirectory(dir))) {
    throw new NewPostError(`--screenshots "${dir}" is not a folder; expected a folder of PNG (or JPEG, WebP) screenshots`);
  }
  const entries = await readdir(dir, { withFileTypes: true });
  const images = entries.filter((e) => e.isFile() && !e.name.startsWith(".") && SCREENSHOT_EXTENSIONS.has(path.extname(e.name).toLowerCase())).map((e) => e.name);
  if (!images.length) {
    throw new NewPostError(`--screenshots "${dir}" has no images; expected files ending ${[...SCREENSHOT_EXTENSIONS].join(", ")}`);
  }
  return images;
}

export async function createPost(options: NewPostOptions): Promise<NewPost> {
  const title = options.title.trim();
  if (!title) throw new NewPostError(`--title is empty; expected the post's title, e.g. --title "Check your answers"`);
  const slug = postSlug(title);
  const date = options.date === undefined ? localIsoDate(options.today ?? new Date()) : checkDate(options.date);
  const fileName = `${date}-${slug}.md`;
  if (!slug || !POST_FILE_NAME.test(fileName)) {
    throw new NewPostError(`--title "${title}" gives no usable web address; expected a title with letters or digits`);
  }
  const postsDir = path.join(options.root, POSTS_DIR);
  const postFile = path.join(POSTS_DIR, fileName);

  // The URL is the slug alone, so a post of another date with the same slug would clash too.
  const existing = (await readdir(postsDir).catch(() => [] as string[])).filter((name) => POST_FILE_NAME.exec(name)?.[2] === slug);
  if (existing.length) {
    throw new NewPostError(
      `Refusing to overwrite: ${POSTS_DIR}/${existing[0]} already has the slug "${slug}" (published at /${slug}/); choose another --title or edit that post`,
    );
  }

  let items: ScreenshotItem[] = [];
  let screenshotsDir: string | undefined;
  if (options.screenshotsFrom !== undefined) {
    const images = await listImages(options.screenshotsFrom);
    screenshotsDir = path.join(SCREENSHOTS_DIR, slug);
    const target = path.join(options.root, screenshotsDir);
    const already = (await readdir(target).catch(() => [] as string[])).filter((name) => images.includes(name));
    if (already.length) {
      throw new NewPostError(`Refusing to overwrite: ${screenshotsDir}/${already[0]} already exists; move it away or choose another --title`);
    }
    items = screenshotItemsFor(images);
    const source = renderPost({ title, date, items });
    validatePostFrontMatter(postFile, loadYaml(frontMatterBlock(source) ?? ""));
    await mkdir(target, { recursive: true });
    // COPYFILE_EXCL: never replace a file that appeared since the check above.
    for (const item of items) await copyFile(path.join(options.screenshotsFrom, item.src), path.join(target, item.src), constants.COPYFILE_EXCL);
  }

  const source = renderPost({ title, date, items });
  validatePostFrontMatter(postFile, loadYaml(frontMatterBlock(source) ?? ""));
  await mkdir(postsDir, { recursive: true });
  try {
    await writeFile(path.join(options.root, postFile), source, { flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") throw new NewPostError(`Refusing to overwrite: ${postFile} already exists`);
    throw error;
  }
  return { slug, date, postFile, url: `/${slug}/`, screenshotsDir, items };
}
