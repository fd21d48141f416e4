// Bytes a browser loads for a page before the reader scrolls: serve a built site on 127.0.0.1, open the
// page in headless Chromium at a desktop viewport, and add up the encoded bytes of every response
// (Chrome DevTools Protocol Network.loadingFinished encodedDataLength) until the network is quiet.
import { createReadStream, statSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium } from "playwright-core";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".json": "application/json",
  ".png": "image/png", ".jpg": "image/jpeg", ".webp": "image/webp", ".avif": "image/avif", ".svg": "image/svg+xml",
  ".woff2": "font/woff2", ".woff": "font/woff", ".ico": "image/x-icon", ".xml": "application/xml",
};

/** A minimal static file server for a built site folder. */
export async function serveFolder(root: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    let pathname = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (pathname.endsWith("/")) pathname += "index.html";
    const file = path.join(root, path.normalize(pathname));
    try {
      const info = statSync(file);
      if (!info.isFile()) throw new Error("not a file");
      res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream", "content-length": info.size });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface PageWeight {
  kb: number;
  requests: number;
  byType: Record<string, number>;
}

export const BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

/** Weigh one page of each site folder; `deviceScaleFactor` 1 is a desktop screen, 2 a high-density one. */
export async function weighPages(pages: { root: string; path: string }[], deviceScaleFactor = 1): Promise<PageWeight[]> {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: BROWSER_ARGS });
  try {
    const results: PageWeight[] = [];
    for (const page of pages) {
      const server = await serveFolder(page.root);
      try {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor });
        const tab = await context.newPage();
        const cdp = await context.newCDPSession(tab);
        await cdp.send("Network.enable");
        await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
        const types = new Map<string, string>();
        const byType: Record<string, number> = {};
        let bytes = 0;
        let requests = 0;
        cdp.on("Network.responseReceived", (e: any) => types.set(e.requestId, e.type));
        cdp.on("Network.loadingFinished", (e: any) => {
          bytes += e.encodedDataLength;
          requests++;
          const type = types.get(e.requestId) ?? "Other";
          byType[type] = (byType[type] ?? 0) + e.encodedDataLength / 1024;
        });
        const response = await tab.goto(`${server.url}${page.path}`, { waitUntil: "load" });
        if (!response || response.status() !== 200) throw new Error(`${page.path} in ${page.root} answered ${response?.status()}`);
        await tab.waitForLoadState("networkidle");
        await tab.waitForTimeout(500);
        await context.close();
        for (const [k, v] of Object.entries(byType)) byType[k] = Math.round(v * 10) / 10;
        results.push({ kb: bytes / 1024, requests, byType });
      } finally {
        await server.close();
      }
    }
    return results;
  } finally {
    await browser.close();
  }
}
