// `npm run import`: move a DfE design history's posts and images here unchanged. Posts are copied
// byte for byte into content/posts/ (a service's into content/posts/<service>/, so each keeps its
// address), images from app/images/ into screenshots/ (both mirror the site's addresses), and each
// service gets a directory data file naming its title, description and the style its posts were
// written in. Nothing is written when anything would be overwritten. The report names every image
// reference that points to nothing and every construct the site does not understand.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { UserInputError } from "../../common/user-error.ts";
import { DEFAULT_HISTORY_STYLE, HISTORY_STYLES } from "../../site/markdown/history-style.ts";
import { frontMatterProblems } from "../../site/posts/front-matter.ts";
import { frontMatterBlock } from "../../site/posts/post-front-matter.ts";
import { postUrlFromPath, POSTS_DIR } from "../../site/posts/posts-folder.ts";
import { SCREENSHOT_EXTENSIONS } from "../new-post/screenshot-items.ts";
import { screenshotSource } from "../../site/screenshots/screenshot-source.ts";
import { SCREENSHOTS_DIR } from "../../site/site-paths.ts";
import { load as loadYaml } from "js-yaml";
import { postReferences } from "./post-references.ts";
import { readSourceHistory, type SourceHistory } from "./source-history.ts";

export interface ImportOptions {
  /** The history's repository (or its app/ folder). */
  from: string;
  /** The project to import into (its content/posts/ and screenshots/). */
  root: string;
  /** Only this service's posts and images. */
  service?: string;
  /** Report what would happen, writing nothing. */
  dryRun?: boolean;
}

export interface MissingImage {
  post: string;
  line: number;
  reference: string;
  via: string;
  lookedFor?: string;
}

export interface NotUnderstood {
  post: string;
  line?: number;
  what: string;
}

export interface LinkElsewhere {
  post: string;
  line: number;
  href: string;
}

export interface ImportReport {
  from: string;
  style: string;
  styleReason: string;
  services: { key: string; title: string; posts: number; dataFile?: string }[];
  posts: string[];
  images: string[];
  notCopied: { file: string; why: string }[];
  skipped: { file: string; why: string }[];
  missingImages: MissingImage[];
  /** Links to posts of the history's other services, which are not imported: they will lead nowhere here. */
  linksElsewhere: LinkElsewhere[];
  notUnderstood: NotUnderstood[];
  dryRun: boolean;
}

/** Components this site has for posts, by the path posts import them from. */
function knownTemplate(root: string, template: string): boolean {
  const searchPaths = [path.join(root, "_includes"), path.join(root, "node_modules/govuk-frontend/dist"), path.join(root, "node_modules/govuk-frontend")];
  return searchPaths.some((dir) => existsSync(path.join(dir, template)));
}

function walkFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith("."))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

/** Every post's address on this site already, by address. */
function existingAddresses(root: string): Map<string, string> {
  const postsDir = path.join(root, POSTS_DIR);
  const addresses = new Map<string, string>();
  for (const file of walkFiles(postsDir).filter((f) => f.endsWith(".md"))) addresses.set(postUrlFromPath(file), `${POSTS_DIR}/${file}`);
  return addresses;
}

export function importHistory(options: ImportOptions): ImportReport {
  const source: SourceHistory = readSourceHistory(options.from, options.service);
  const root = path.resolve(options.root);
  if (!source.posts.length) throw new UserInputError(`${options.from}: no posts to import${options.service ? ` in service "${options.service}"` : ""} (posts are Markdown files with front matter in app/posts/)`);
  const style = HISTORY_STYLES[source.style];
  const topLevel = source.posts.filter((p) => !p.service);
  if (topLevel.length && source.style !== DEFAULT_HISTORY_STYLE) {
    throw new UserInputError(
      `${options.from} has ${topLevel.length} post${topLevel.length === 1 ? "" : "s"} outside a service folder (${topLevel[0]!.relativePath}), written in the ${source.style} style; this site reads posts outside a service folder in its own style, so import one service at a time with --service`,
    );
  }

  // What to copy: posts, then images (a service's folder, or all), then the files posts point to elsewhere.
  const copies: { from: string; to: string; kind: "post" | "image" }[] = [];
  for (const post of source.posts) copies.push({ from: post.absolutePath, to: path.join(POSTS_DIR, post.relativePath), kind: "post" });
  const notCopied: ImportReport["notCopied"] = [];
  const imageFiles = source.imagesDir ? walkFiles(source.imagesDir) : [];
  // A service's images are its folder of app/images/ (they mirror its addresses); the files its posts
  // name elsewhere are added as the posts are read.
  const wanted = new Set(imageFiles.filter((file) => options.service === undefined || file.split("/")[0] === options.service));

  const missingImages: MissingImage[] = [];
  const notUnderstood: NotUnderstood[] = [];
  const available = new Set(imageFiles);
  const alreadyHere = new Set(walkFiles(path.join(root, SCREENSHOTS_DIR)));
  const linksElsewhere: LinkElsewhere[] = [];
  const otherServices = new Set(source.allServices.filter((key) => !source.services.some((s) => s.key === key)));
  // A link to a post of a service not imported, or to a page of the old site that is not a post (its
  // glossary, say), leads nowhere here.
  const leadsElsewhere = (href: string) => {
    const pathOnly = href.replace(/[?#].*$/, "");
    return otherServices.has(pathOnly.split("/")[1] ?? "") || source.otherPages.some((p) => pathOnly === p || `${pathOnly}/` === p);
  };
  for (const post of source.posts) {
    const text = readFileSync(post.absolutePath, "utf8");
    const postFile = `${POSTS_DIR}/${post.relativePath}`;
    const pageUrl = postUrlFromPath(post.relativePath);
    const found = postReferences(text, style);
    for (const image of found.images) {
      const resolved = screenshotSource(image.src, pageUrl);
      if ("problem" in resolved) {
        const elsewhere = /^[a-z][a-z0-9+.-]*:|^\/\//i.test(image.src.trim());
        // What the build does with it: raw HTML is published as written (rewriteReference leaves an
        // address elsewhere alone), but the site's Content Security Policy lets a page load nothing from
        // another site, so readers' browsers block it; a gallery item, a Markdown image or a lead image
        // must be a file in screenshots/ (screenshotSource), so the build stops.
        const what = !elsewhere
          ? `${image.via} "${image.src}": ${resolved.problem}`
          : image.via.startsWith("HTML ")
            ? `${image.via} "${image.src}" is on another site: the post is published with it as written, but the site's Content Security Policy lets pages load nothing from other sites, so browsers block it; download it into screenshots/ and point to it there, or link to it`
            : `${image.via} "${image.src}" is on another site: the build stops on it, since a screenshot must be a file in screenshots/; download it there and point to it`;
        notUnderstood.push({ post: postFile, line: image.line, what });
        continue;
      }
      if (available.has(resolved.key)) {
        wanted.add(resolved.key);
        if (!SCREENSHOT_EXTENSIONS.has(path.extname(resolved.key).toLowerCase())) {
          notUnderstood.push({ post: postFile, line: image.line, what: `${image.via} "${image.src}": ${path.extname(resolved.key)} files are not images the site can show (PNG, JPEG, WebP, GIF or AVIF)` });
        }
      } else if (!alreadyHere.has(resolved.key)) {
        missingImages.push({ post: postFile, line: image.line, reference: image.src, via: image.via, lookedFor: `app/images/${resolved.key}` });
      }
    }
    for (const link of found.links) if (leadsElsewhere(link.href)) linksElsewhere.push({ post: postFile, line: link.line, href: link.href });
    for (const unreadable of found.unreadable) notUnderstood.push({ post: postFile, line: unreadable.line, what: unreadable.what });
    for (const imported of found.imports) {
      if (!knownTemplate(root, imported.template)) {
        notUnderstood.push({ post: postFile, line: imported.line, what: `{% from "${imported.template}" %}${imported.names.length ? ` (${imported.names.join(", ")})` : ""}: this site has no such component, so the post will not build until it is added to _includes/ or the call is removed` });
      }
    }
    const yaml = frontMatterBlock(text);
    if (yaml !== undefined) {
      try {
        for (const problem of frontMatterProblems(loadYaml(yaml))) {
          notUnderstood.push({ post: postFile, what: `front matter field "${problem.field}": ${problem.message}${problem.unknownKey ? " (ignored, as the site it came from ignored it)" : ""}` });
        }
      } catch (error) {
        notUnderstood.push({ post: postFile, what: `front matter is not valid YAML: ${(error as { reason?: string }).reason ?? (error as Error).message}` });
      }
    }
  }
  for (const file of [...wanted].sort()) {
    if (SCREENSHOT_EXTENSIONS.has(path.extname(file).toLowerCase())) copies.push({ from: path.join(source.imagesDir!, file), to: path.join(SCREENSHOTS_DIR, file), kind: "image" });
    else notCopied.push({ file: `app/images/${file}`, why: "not an image the site can show (PNG, JPEG, WebP, GIF or AVIF)" });
  }

  for (const service of source.services) {
    const related = service.info.related as { items?: { href?: unknown }[]; subsections?: { items?: { href?: unknown }[] }[] } | undefined;
    for (const item of [...(related?.items ?? []), ...(related?.subsections ?? []).flatMap((s) => s?.items ?? [])]) {
      if (typeof item?.href === "string" && leadsElsewhere(item.href)) linksElsewhere.push({ post: `app/posts/${service.listingPage}`, line: 0, href: item.href });
    }
  }

  // One directory data file per service: its title and description, and its posts' style.
  const dataFiles: { to: string; text: string }[] = [];
  for (const service of source.services) {
    const data = { historyStyle: source.style, service: Object.fromEntries(Object.entries(service.info).filter(([, v]) => v !== undefined && v !== null)) };
    dataFiles.push({ to: path.join(POSTS_DIR, service.key, `${service.key}.11tydata.json`), text: `${JSON.stringify(data, null, 2)}\n` });
  }

  // Refuse before writing anything: no file is overwritten, and no post takes an address already used.
  const conflicts = [...copies.map((c) => c.to), ...dataFiles.map((d) => d.to)].filter((to) => existsSync(path.join(root, to)));
  const addresses = existingAddresses(root);
  const clashes = source.posts
    .map((post) => ({ post, url: postUrlFromPath(post.relativePath) }))
    .filter(({ post, url }) => addresses.has(url) && addresses.get(url) !== `${POSTS_DIR}/${post.relativePath}`);
  if (conflicts.length || clashes.length) {
    const lines = [
      ...conflicts.slice(0, 20).map((to) => `  - ${to} already exists`),
      ...(conflicts.length > 20 ? [`  - and ${conflicts.length - 20} more`] : []),
      ...clashes.map(({ post, url }) => `  - ${post.relativePath} would be published at ${url}, which ${addresses.get(url)} already is`),
    ];
    throw new UserInputError(`Refusing to import: nothing was written, because ${conflicts.length + clashes.length} file${conflicts.length + clashes.length === 1 ? "" : "s"} would be overwritten or clash:\n${lines.join("\n")}\nMove them away, or import into a fresh checkout.`);
  }

  if (!options.dryRun) {
    for (const copy of copies) {
      const target = path.join(root, copy.to);
      mkdirSync(path.dirname(target), { recursive: true });
      copyFileSync(copy.from, target);
    }
    for (const data of dataFiles) {
      mkdirSync(path.dirname(path.join(root, data.to)), { recursive: true });
      writeFileSync(path.join(root, data.to), data.text, { flag: "wx" });
    }
  }
  const postsOf = (key: string) => source.posts.filter((p) => p.service === key).length;
  return {
    from: options.from,
    style: source.style,
    styleReason: source.styleReason,
    services: source.services.map((s) => ({ key: s.key, title: s.info.title ?? s.key, posts: postsOf(s.key), dataFile: path.join(POSTS_DIR, s.key, `${s.key}.11tydata.json`) })),
    posts: copies.filter((c) => c.kind === "post").map((c) => c.to),
    images: copies.filter((c) => c.kind === "image").map((c) => c.to),
    notCopied,
    skipped: source.skipped.map((s) => ({ file: `app/posts/${s.file}`, why: s.why })),
    missingImages,
    linksElsewhere,
    notUnderstood,
    dryRun: Boolean(options.dryRun),
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The report for a person. */
export function describeImport(report: ImportReport): string {
  const lines: string[] = [];
  lines.push(`${report.dryRun ? "Would import" : "Imported"} from ${report.from}`);
  lines.push(`  style: ${report.style} (${report.styleReason})`);
  for (const service of report.services) lines.push(`  service ${service.key}: "${service.title}", ${plural(service.posts, "post")} -> ${POSTS_DIR}/${service.key}/ (listed at /${service.key}/)`);
  lines.push(`  posts ${report.dryRun ? "to copy" : "copied"}: ${report.posts.length}, unchanged`);
  lines.push(`  images ${report.dryRun ? "to copy" : "copied"}: ${report.images.length}, into ${SCREENSHOTS_DIR}/`);
  if (report.skipped.length) {
    lines.push(`\nNot imported (${report.skipped.length}):`);
    for (const s of report.skipped) lines.push(`  ${s.file}: ${s.why}`);
  }
  if (report.notCopied.length) {
    lines.push(`\nFiles not copied (${report.notCopied.length}):`);
    for (const s of report.notCopied) lines.push(`  ${s.file}: ${s.why}`);
  }
  lines.push(`\nImage references that point to nothing (${report.missingImages.length}):`);
  if (!report.missingImages.length) lines.push("  none");
  for (const m of report.missingImages) lines.push(`  ${m.post}, line ${m.line}: ${m.via} "${m.reference}" (no file ${m.lookedFor})`);
  if (report.linksElsewhere.length) {
    lines.push(`\nLinks to pages that will not be here (${report.linksElsewhere.length}): posts of services not imported, or pages of the old site that are not posts; the build warns of each. Import those services too, or link to the old site`);
    for (const l of report.linksElsewhere) lines.push(`  ${l.post}${l.line ? `, line ${l.line}` : ""}: "${l.href}"`);
  }
  lines.push(`\nWhat the site does not understand (${report.notUnderstood.length}):`);
  if (!report.notUnderstood.length) lines.push("  nothing");
  for (const n of report.notUnderstood) lines.push(`  ${n.post}${n.line ? `, line ${n.line}` : ""}: ${n.what}`);
  lines.push("");
  lines.push(
    report.missingImages.length
      ? "Next: npm run build names every missing image and fails; to publish while you find them, npm run build -- --allow-missing-screenshots shows each as a placeholder with a warning."
      : "Next: npm run build",
  );
  return lines.join("\n");
}
