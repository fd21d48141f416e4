// The source documents as the site publishes them, so an auditor can read what a citation rests on
// and check it by its hash: each seed byte for byte at /sources/<file>, and a page at /sources/<id>/
// with its title, publisher, public address (where it has one), size, SHA-256 and text, each section
// heading of the text carrying the id a citation of that section links to.
import { readFileSync } from "node:fs";
import path from "node:path";
import { SOURCE_DOCUMENTS } from "../../rules/index.ts";
import { PROJECT_ROOT, SOURCES_DIR, sha256OfFile } from "./provenance.ts";
import { DESIGN_HISTORY_POSTS, sectionAnchor, sourceFileUrl, sourcePageUrl } from "./citation-links.ts";
import { headingsOf } from "./seed-outline.ts";
import { POSTS_DIR, topLevelPostUrls } from "../posts/posts-folder.ts";

/** A run of the text: a heading line (with the id citations link to) or the text between. */
export interface TextSegment {
  readonly text: string;
  readonly id: string | null;
}

export interface SourceDocumentPage {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  /** How citations name it. */
  readonly citeAs: string;
  /** Where the site publishes it as a post, for a design-history post. */
  readonly postUrl: string | null;
  readonly published: string | null;
  /** The document's public address, where it has one. */
  readonly href: string | null;
  readonly file: string;
  readonly url: string;
  readonly fileUrl: string;
  readonly bytes: number;
  readonly sha256: string;
  readonly text: string;
  /** The text cut at each heading line; joined, the text byte for byte. */
  readonly segments: readonly TextSegment[];
}

/** Cut the text at its heading lines, each heading getting the anchor citations of it link to. */
export function textSegments(id: (typeof SOURCE_DOCUMENTS)[number]["id"], text: string): TextSegment[] {
  const lines = text.split("\n");
  const lineStart: number[] = [];
  lines.reduce((offset, line) => (lineStart.push(offset), offset + line.length + 1), 0);
  const segments: TextSegment[] = [];
  let from = 0;
  for (const h of headingsOf(id, text)) {
    const start = lineStart[h.line]!;
    if (start > from) segments.push({ text: text.slice(from, start), id: null });
    from = start + lines[h.line]!.length;
    segments.push({ text: text.slice(start, from), id: sectionAnchor(h.text, h.occurrence) });
  }
  if (from < text.length) segments.push({ text: text.slice(from), id: null });
  return segments;
}

export function sourceDocumentPages(root: string = PROJECT_ROOT): SourceDocumentPage[] {
  // A history without the design-history post a seed is (a copy of this project with other posts) links it nowhere.
  const posts = topLevelPostUrls(path.join(root, POSTS_DIR));
  return SOURCE_DOCUMENTS.map((d) => {
    const post = DESIGN_HISTORY_POSTS[d.id];
    const file = path.join(root, SOURCES_DIR, d.file);
    const bytes = readFileSync(file);
    return {
      id: d.id,
      title: d.title,
      publisher: d.publisher,
      citeAs: d.citeAs,
      postUrl: post && posts.has(post) ? post : null,
      published: d.published,
      href: d.href,
      file: d.file,
      url: sourcePageUrl(d.id),
      fileUrl: sourceFileUrl(d.file),
      bytes: bytes.length,
      sha256: sha256OfFile(file),
      text: bytes.toString("utf8"),
      segments: textSegments(d.id, bytes.toString("utf8")),
    };
  });
}
