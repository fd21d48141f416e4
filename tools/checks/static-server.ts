// A tiny static file server for a built site, on 127.0.0.1 and a free port, for the accessibility
// and browser checks. It serves what a static host would: index.html for a folder, a 404 otherwise,
// and the headers of the site's `_headers` file (so the browser tests run under the site's Content
// Security Policy, as readers' browsers do).
import { createReadStream, existsSync, readFileSync } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".webp": "image/webp",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".pdf": "application/pdf",
  ".wasm": "application/wasm",
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
}

export interface StaticSite {
  /** Base URL with the path prefix and a trailing slash, e.g. http://127.0.0.1:43210/ or .../prefix/ */
  url: string;
  /** Every URL path requested, so a test can check that nothing escaped the prefix. */
  requests: string[];
  close(): Promise<void>;
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

/** The file a URL path names inside root, or null if there is none (or it would escape root). */
export async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const target = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  if (target !== root && !target.startsWith(root + path.sep)) return null;
  if (decoded.endsWith("/")) return (await isFile(path.join(target, "index.html"))) ? path.join(target, "index.html") : null;
  if (await isFile(target)) return target;
  // /slug without the slash: a static host serves the folder's index page.
  return (await isFile(path.join(target, "index.html"))) ? path.join(target, "index.html") : null;
}

/**
 * Serve a built site on 127.0.0.1. With a path prefix (a site built for a sub-path), the site is
 * served under it and anything outside it is a 404, as on a project-site host.
 */
/** The rules of a `_headers` file (Netlify's and Cloudflare Pages' format): a path pattern, then indented `Name: value` lines. */
export function parseHeadersFile(text: string): { pattern: string; headers: Record<string, string> }[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
    else {
      const colon = line.indexOf(":");
      const rule = rules[rules.length - 1];
      if (colon < 0 || !rule) throw new Error(`_headers: "${line.trim()}" is not a "Name: value" line under a path`);
      rule.headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

function matches(pattern: string, urlPath: string): boolean {
  return pattern.endsWith("*") ? urlPath.startsWith(pattern.slice(0, -1)) : urlPath === pattern;
}

export async function serveStaticSite(folder: string, port = 0, pathPrefix = "/"): Promise<StaticSite> {
  const root = path.resolve(folder);
  const headersFile = path.join(root, "_headers");
  const headerRules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, "utf8")) : [];
  const notFound = path.join(root, "404.html");
  const requests: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const urlPath = new URL(request.url ?? "/", "http://127.0.0.1").pathname;
    requests.push(urlPath);
    const inside = urlPath.startsWith(pathPrefix);
    const file = inside && (request.method === "GET" || request.method === "HEAD") ? await resolveFile(root, `/${urlPath.slice(pathPrefix.length)}`) : null;
    const status = file ? 200 : 404;
    const body = file ?? ((await isFile(notFound)) ? notFound : null);
    const headers: Record<string, string> = {};
    for (const rule of headerRules) if (matches(rule.pattern, urlPath)) Object.assign(headers, rule.headers);
    response.writeHead(status, {
      ...headers,
      "content-type": body ? contentTypeFor(body) : "text/plain; charset=utf-8",
      "cache-control": "no-store",
    });
    if (request.method === "HEAD") return void response.end();
    if (!body) return void response.end(`Not found: ${urlPath}\n`);
    createReadStream(body).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actualPort}${pathPrefix}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
