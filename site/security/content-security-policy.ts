// The site's Content Security Policy: scripts, styles, images, fonts and everything else come from the
// site itself, never from another site, and nothing inline runs except the one script GOV.UK
// Frontend's page template writes (it marks the body `js-enabled`), allowed by its SHA-256 hash,
// computed here from the template as the installed GOV.UK Frontend writes it.
//
// 'wasm-unsafe-eval' lets the search page compile Pagefind's WebAssembly index reader; it allows
// WebAssembly only, not JavaScript's eval or new Function.
//
// Published twice (site/eleventy/security-plugin.ts): as `_headers` for hosts that read that file,
// and in every page's <meta http-equiv>, for hosts that cannot set headers (GitHub Pages).
// `frame-ancestors` works only as a header: browsers ignore it in a meta element, with a console
// error, so the meta policy leaves it out.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { GOVUK_FRONTEND_DIST } from "../eleventy/assets-plugin.ts";

/** The text of every inline script in GOV.UK Frontend's page template. */
export function govukInlineScripts(template = readFileSync(path.join(GOVUK_FRONTEND_DIST, "govuk", "template.njk"), "utf8")): string[] {
  return [...template.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
}

/** A CSP source expression allowing one inline script by its hash. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

export interface ContentSecurityPolicy {
  /** For the Content-Security-Policy header. */
  header: string;
  /** For <meta http-equiv="Content-Security-Policy">: the header less frame-ancestors. */
  meta: string;
}

export function contentSecurityPolicy(inlineScripts = govukInlineScripts()): ContentSecurityPolicy {
  if (inlineScripts.length === 0) throw new Error("content security policy: GOV.UK Frontend's template.njk has no inline script to allow; has its template changed?");
  const directives = [
    "default-src 'self'",
    `script-src 'self' ${[...new Set(inlineScripts.map(scriptHash))].join(" ")} 'wasm-unsafe-eval'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ];
  return { header: directives.join("; "), meta: directives.filter((d) => !d.startsWith("frame-ancestors")).join("; ") };
}
