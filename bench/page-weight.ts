// Bytes a browser loads for a page before the reader scrolls: serve a built site on 127.0.0.1, open the
// page in headless Chromium at a desktop viewport, and add up the encoded bytes of every response
// (Chrome DevTools Protocol Network.loadingFinished encodedDataLength) until the network is quiet.
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tools/checks/chromium.ts";
import { serveStaticSite } from "../tools/checks/static-server.ts";

export interface PageWeight {
  kb: number;
  requests: number;
  byType: Record<string, number>;
}


/** Weigh one page of each site folder; `deviceScaleFactor` 1 is a desktop screen, 2 a high-density one. */
export async function weighPages(pages: { root: string; path: string }[], deviceScaleFactor = 1): Promise<PageWeight[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const results: PageWeight[] = [];
    for (const page of pages) {
      const server = await serveStaticSite(page.root);
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
        const response = await tab.goto(new URL(page.path.replace(/^\//, ""), server.url).href, { waitUntil: "load" });
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
