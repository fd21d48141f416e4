// Where a citation links. A seed document is published on this site (site/provenance/source-pages.ts),
// so a citation of one links to the section it cites on its page there; a design-history post is
// published as a post, so a citation of one links to the post (and its heading). Of the rules, only
// rules/sources.ts (data, importing nothing) is imported: the filter that uses this is loaded with the
// configuration, before the rules are.
import { SOURCE_DOCUMENTS, type Source } from "../../rules/sources.ts";

/** Where the site publishes a seed: its page, and its file byte for byte. */
export const sourcePageUrl = (id: string) => `/sources/${id}/`;
export const sourceFileUrl = (file: string) => `/sources/${file}`;

/**
 * The design-history posts among the seeds, and where this site publishes each (the post's file in
 * content/posts/ is the seed byte for byte; tests/site/citations.test.ts checks both).
 */
export const DESIGN_HISTORY_POSTS: Readonly<Record<string, string>> = {
  "seed-000": "/additional-support-offer/",
};

/** The post's title heads its opening paragraph; its other headings carry markdown-it-anchor's ids. */
const postHeadingId = (section: string) =>
  section
    .toLowerCase()
    .replace(/[^a-z0-9 -]/g, "")
    .trim()
    .replace(/\s+/g, "-");

/** The id of a section's heading on a source page: the heading as a slug, and its position when repeated. */
export function sectionAnchor(section: string, occurrence = 1): string {
  const slug = section
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `section-${slug}${occurrence > 1 ? `-${occurrence}` : ""}`;
}

export interface CitationLinks {
  readonly title: string;
  /** The cited place on this site (a seed's section, a post), or the source's own address (the service's code). */
  readonly href: string | null;
  /** A seed's public address, shown beside the site's copy. */
  readonly publicHref: string | null;
}

/**
 * How a citation links: a seed to its section on its page on this site, with its public address
 * beside it when it has one; a design-history post to the post here; any other source (the service's
 * code at a commit) to its own address. The rules' sources themselves are unchanged: they are part of
 * each rule set's hash. `published` says whether this build publishes a post (by its address).
 */
export function citationLinks(source: Source, published: (postUrl: string) => boolean = () => true): CitationLinks {
  if (source.document) {
    const post = DESIGN_HISTORY_POSTS[source.document];
    // A history without that post (a copy of this project with other posts) cites its page in /sources/.
    if (post && published(post)) {
      // The title heads the opening paragraph, at the top of the post; another heading has its id.
      const opening = source.section === undefined || source.section === SOURCE_DOCUMENTS.find((d) => d.id === source.document)?.title;
      return { title: source.title, href: opening ? post : `${post}#${postHeadingId(source.section!)}`, publicHref: source.href ?? null };
    }
    const anchor = source.section ? `#${sectionAnchor(source.section, source.occurrence)}` : "";
    return { title: source.title, href: `${sourcePageUrl(source.document)}${anchor}`, publicHref: source.href ?? null };
  }
  return { title: source.title, href: source.href ?? null, publicHref: null };
}
