// The source documents as the site publishes them, so an auditor can read what a citation rests on
// and check it by its hash: each seed byte for byte at /sources/<file>, and a page at /sources/<id>/
// with its title, publisher, public address (where it has one), size, SHA-256 and text.
import { readFileSync } from "node:fs";
import path from "node:path";
import { SOURCE_DOCUMENTS, type Source } from "../../rules/index.ts";
import { PROJECT_ROOT, SOURCES_DIR, sha256OfFile } from "./provenance.ts";

import { sourceFileUrl, sourcePageUrl } from "./citation-links.ts";

export interface SourceDocumentPage {
  readonly id: string;
  readonly title: string;
  readonly publisher: string;
  readonly published: string | null;
  /** The document's public address, where it has one. */
  readonly href: string | null;
  readonly file: string;
  readonly url: string;
  readonly fileUrl: string;
  readonly bytes: number;
  readonly sha256: string;
  readonly text: string;
}

export function sourceDocumentPages(root: string = PROJECT_ROOT): SourceDocumentPage[] {
  return SOURCE_DOCUMENTS.map((d) => {
    const file = path.join(root, SOURCES_DIR, d.file);
    const bytes = readFileSync(file);
    return {
      id: d.id,
      title: d.title,
      publisher: d.publisher,
      published: d.published,
      href: d.href,
      file: d.file,
      url: sourcePageUrl(d.id),
      fileUrl: sourceFileUrl(d.file),
      bytes: bytes.length,
      sha256: sha256OfFile(file),
      text: bytes.toString("utf8"),
    };
  });
}
