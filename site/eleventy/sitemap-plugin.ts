// Eleventy plugin: what the sitemaps list. Every HTML page Eleventy writes is listed unless its data
// says `sitemap: false` (the 404 and search pages), so pages other plugins add are covered without
// anyone remembering to list them. /sitemap.xml and /sitemap/ are templates in content/.
import { addSiteFilter } from "./workarounds/nunjucks-only-filters.ts";
export interface SitemapPage {
  url: string;
  title: string;
  date?: Date;
  isPost: boolean;
}

export interface SitemapSection {
  heading: string;
  pages: SitemapPage[];
}

interface CollectionItem {
  url: string | false;
  outputPath?: string | false;
  date: Date;
  data: { title?: string; sitemap?: boolean; layout?: string };
}

export function sitemapPages(all: readonly CollectionItem[], posts: readonly CollectionItem[] = []): SitemapPage[] {
  const postUrls = new Set(posts.map((p) => p.url));
  return all
    .filter((item) => item.url && String(item.outputPath).endsWith(".html") && item.data.sitemap !== false)
    .map((item) => ({
      url: item.url as string,
      title: String(item.data.title ?? item.url),
      isPost: postUrls.has(item.url),
      // Only posts have a meaningful date; other pages' dates are file times, which change every checkout.
      ...(postUrls.has(item.url) ? { date: item.date } : {}),
    }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

/**
 * The readable sitemap: the home page and posts (newest first), then each folder of pages
 * (/tags/..., /rules/...) under its index page's title, then any other single pages.
 */
export function sitemapSections(pages: readonly SitemapPage[]): SitemapSection[] {
  const posts = pages.filter((p) => p.isPost).sort((a, b) => (b.date?.getTime() ?? 0) - (a.date?.getTime() ?? 0));
  const home = pages.filter((p) => p.url === "/");
  const folders = new Map<string, SitemapPage[]>();
  for (const page of pages) {
    if (page.isPost || page.url === "/") continue;
    const folder = page.url.split("/")[1] ?? "";
    folders.set(folder, [...(folders.get(folder) ?? []), page]);
  }
  const sections: SitemapSection[] = [{ heading: "Design history", pages: [...home, ...posts] }];
  const singles: SitemapPage[] = [];
  for (const [folder, folderPages] of folders) {
    if (folderPages.length === 1) {
      singles.push(folderPages[0]!);
      continue;
    }
    const index = folderPages.find((p) => p.url === `/${folder}/`);
    sections.push({ heading: index?.title ?? folder, pages: folderPages });
  }
  if (singles.length) sections.push({ heading: "Other pages", pages: singles });
  return sections.filter((s) => s.pages.length);
}

export default function sitemapPlugin(eleventyConfig: any) {
  addSiteFilter(eleventyConfig, "sitemapPages", sitemapPages);
  addSiteFilter(eleventyConfig, "sitemapSections", sitemapSections);
}
