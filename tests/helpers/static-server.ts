// A tiny static file server on 127.0.0.1 for browser tests: serves a built site under its path prefix,
// answers 404 (with the site's 404.html) for anything else, including any URL outside the prefix.
import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css",
  ".js": "text/javascript",
  ".json": "application/json",
  ".xml": "application/xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".webp": "image/webp",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".wasm": "application/wasm",
  ".ico": "image/x-icon",
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234/prefix/ */
  url: string;
  /** Every path requested, for tests that check nothing escaped the prefix. */
  requests: string[];
  close(): Promise<void>;
}

export async function serveFolder(root: string, pathPrefix = "/"): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    requests.push(pathname);
    let file: string | undefined;
    if (pathname.startsWith(pathPrefix)) {
      const candidate = path.join(root, pathname.slice(pathPrefix.length));
      if (candidate.startsWith(root)) {
        const info = await stat(candidate).catch(() => undefined);
        if (info?.isFile()) file = candidate;
        else if (info?.isDirectory()) file = (await stat(path.join(candidate, "index.html")).catch(() => undefined)) ? path.join(candidate, "index.html") : undefined;
      }
    }
    if (!file) {
      response.writeHead(404, { "content-type": TYPES[".html"] });
      response.end(await readFile(path.join(root, "404.html")).catch(() => "Not found"));
      return;
    }
    response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    response.end(await readFile(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${pathPrefix}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
