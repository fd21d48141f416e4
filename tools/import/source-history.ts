// What a DfE design history repository holds, read as `npm run import` needs it: where its posts and
// images are (app/posts/, app/images/, which Eleventy copies to the site's root), which services it
// has (folders of posts, each with a listing page app/posts/<service>.md), and how it was built
// (which history style its posts' anchors and Markdown follow, from its package.json).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { load as loadYaml } from "js-yaml";
import { UserInputError } from "../../common/user-error.ts";
import { DEFAULT_HISTORY_STYLE, HISTORY_STYLES, type HistoryStyleName } from "../../site/markdown/history-style.ts";
import { frontMatterBlock } from "../../site/posts/post-front-matter.ts";
import type { ServiceInfo } from "../../site/posts/services.ts";

export interface SourcePost {
  /** Path inside the posts folder ("register-for-an-npq/2021-09-10-aso.md"), kept as it is. */
  relativePath: string;
  absolutePath: string;
  /** The first folder, when the post is in one. */
  service?: string;
}

export interface SourceService {
  key: string;
  /** From its listing page's front matter (app/posts/<service>.md), when it has one. */
  info: ServiceInfo;
  listingPage?: string;
}

export interface SourceHistory {
  root: string;
  postsDir: string;
  imagesDir: string | undefined;
  style: HistoryStyleName;
  /** How the style was told: "@x-govuk/govuk-eleventy-plugin ^6.7.0 and @11ty/eleventy ^2.0.1". */
  styleReason: string;
  posts: SourcePost[];
  services: SourceService[];
  /** Every service folder of the history, imported or not. */
  allServices: string[];
  /** The history's other pages (app/<name>.md: a glossary, a sitemap), by address: /glossary/. */
  otherPages: string[];
  /** Markdown files that are not posts: listing pages, and pages in folders below a service's. */
  skipped: { file: string; why: string }[];
}

/** The major version a dependency range asks for ("^6.7.0" -> 6), if it says. */
function majorOf(range: string | undefined): number | undefined {
  const match = range && /(\d+)/.exec(range);
  return match ? Number(match[1]) : undefined;
}

/** Which style a history was built in, from its package.json. */
export function styleOf(packageJson: { dependencies?: Record<string, string>; devDependencies?: Record<string, string> } | undefined): { style: HistoryStyleName; reason: string } {
  const deps = { ...packageJson?.devDependencies, ...packageJson?.dependencies };
  const plugin = deps["@x-govuk/govuk-eleventy-plugin"];
  const eleventy = deps["@11ty/eleventy"];
  const pluginMajor = majorOf(plugin);
  const eleventyMajor = majorOf(eleventy);
  const told = [plugin && `@x-govuk/govuk-eleventy-plugin ${plugin}`, eleventy && `@11ty/eleventy ${eleventy}`].filter(Boolean).join(" and ");
  if (pluginMajor !== undefined) return { style: pluginMajor >= 7 ? "govuk-design-history" : "govuk-eleventy-plugin-6", reason: told };
  if (eleventyMajor !== undefined && eleventyMajor < 3) return { style: "dfe-own-layouts", reason: `${told}, without the GOV.UK Eleventy plugin` };
  return { style: DEFAULT_HISTORY_STYLE, reason: told ? `${told}, without the GOV.UK Eleventy plugin` : "no package.json: taken to follow the current GOV.UK design history template" };
}

function frontMatterOf(file: string): Record<string, unknown> | undefined {
  try {
    const yaml = frontMatterBlock(readFileSync(file, "utf8"));
    const data = yaml === undefined ? undefined : loadYaml(yaml);
    return data && typeof data === "object" ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A listing page (a service's, or the home page) rather than a post: it paginates a collection. */
function isListingPage(data: Record<string, unknown> | undefined): boolean {
  return Boolean(data && (data.pagination || data.layout === "collection" || data.layout === "product" || data.homepage));
}

const text = (value: unknown) => (typeof value === "string" ? value : undefined);

/** Read a history repository (or its app/ folder). `only` limits it to one service. */
export function readSourceHistory(folder: string, only?: string): SourceHistory {
  const root = path.resolve(folder);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UserInputError(`${folder}: no such folder; expected a design history repository (a folder with app/posts/ in it)`);
  const app = existsSync(path.join(root, "app", "posts")) ? path.join(root, "app") : existsSync(path.join(root, "posts")) ? root : undefined;
  if (!app) throw new UserInputError(`${folder} has no app/posts/ folder; expected a design history repository made from the GOV.UK design history template or in the DfE layout (app/posts/, app/images/)`);
  let packageJson: Record<string, any> | undefined;
  for (const candidate of [path.join(root, "package.json"), path.join(app, "..", "package.json")]) {
    if (!packageJson && existsSync(candidate)) {
      try {
        packageJson = JSON.parse(readFileSync(candidate, "utf8"));
      } catch {
        // an unreadable package.json says nothing of the style
      }
    }
  }
  const { style, reason } = styleOf(packageJson);
  const postsDir = path.join(app, "posts");
  const imagesDir = existsSync(path.join(app, "images")) ? path.join(app, "images") : undefined;

  const posts: SourcePost[] = [];
  const skipped: SourceHistory["skipped"] = [];
  const services = new Map<string, SourceService>();
  const entries = readdirSync(postsDir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith(".md"));
  const folders = new Set(readdirSync(postsDir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name));
  for (const entry of entries.sort((a, b) => path.join(a.parentPath, a.name).localeCompare(path.join(b.parentPath, b.name)))) {
    const absolutePath = path.join(entry.parentPath, entry.name);
    const relativePath = path.relative(postsDir, absolutePath).split(path.sep).join("/");
    const parts = relativePath.split("/");
    const data = frontMatterOf(absolutePath);
    if (parts.length === 1 && folders.has(entry.name.replace(/\.md$/, ""))) {
      // app/posts/<service>.md: the service's listing page.
      const key = entry.name.replace(/\.md$/, "");
      services.set(key, { key, listingPage: relativePath, info: { title: text(data?.title), description: text(data?.description), related: data?.related ?? undefined } });
      continue;
    }
    if (isListingPage(data)) {
      skipped.push({ file: relativePath, why: "a listing page (it paginates a collection); this site makes each service's listing itself" });
      continue;
    }
    if (parts.length > 2) {
      skipped.push({ file: relativePath, why: "in a folder below a service's; only a service's own posts are imported" });
      continue;
    }
    if (!data) {
      skipped.push({ file: relativePath, why: "it has no front matter (--- lines with a title), so it is not a post" });
      continue;
    }
    const service = parts.length === 2 ? parts[0] : undefined;
    if (service && !services.has(service)) services.set(service, { key: service, info: {} });
    posts.push({ relativePath, absolutePath, service });
  }
  const chosen = only === undefined ? posts : posts.filter((p) => p.service === only);
  if (only !== undefined && !services.has(only)) {
    const known = [...services.keys()].sort().join(", ") || "none (its posts are not in service folders)";
    throw new UserInputError(`--service "${only}": ${folder} has no service of that name; its services are ${known}`);
  }
  return {
    root,
    postsDir,
    imagesDir,
    style,
    styleReason: `${reason}: ${HISTORY_STYLES[style].description}`,
    posts: chosen,
    allServices: [...services.keys()].sort(),
    otherPages: readdirSync(app, { withFileTypes: true })
      .filter((e) => e.isFile() && /\.(md|njk|html)$/.test(e.name) && !/^index\./.test(e.name))
      .map((e) => `/${e.name.replace(/\.(md|njk|html)$/, "")}/`),
    services: [...services.values()].filter((s) => only === undefined || s.key === only).filter((s) => chosen.some((p) => p.service === s.key)),
    skipped: skipped.filter((s) => only === undefined || s.file.startsWith(`${only}/`)),
  };
}
