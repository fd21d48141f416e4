// Where a citation links. A seed document is published on this site (site/provenance/source-pages.ts),
// so a citation of one links to its page there. No import of the rules here (only their types): the
// filter that uses this is called while Eleventy renders, before the rules are loaded.
import type { Source } from "../../rules/sources.ts";

/** Where the site publishes a seed: its page, and its file byte for byte. */
export const sourcePageUrl = (id: string) => `/sources/${id}/`;
export const sourceFileUrl = (file: string) => `/sources/${file}`;

export interface CitationLinks {
  readonly title: string;
  /** The cited document on this site (a seed), or the source's own address (the service's code). */
  readonly href: string | null;
  /** A seed's public address, shown beside the site's copy. */
  readonly publicHref: string | null;
}

/**
 * How a citation links: a seed to its page on this site, with its public address beside it when it
 * has one; any other source (the service's code at a commit) to its own address. The rules' sources
 * themselves are unchanged: they are part of each rule set's hash.
 */
export function citationLinks(source: Source): CitationLinks {
  if (source.document) return { title: source.title, href: sourcePageUrl(source.document), publicHref: source.href ?? null };
  return { title: source.title, href: source.href ?? null, publicHref: null };
}
