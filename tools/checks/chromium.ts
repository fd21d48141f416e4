// The one browser every check uses: Debian's Chromium (`apt-get install chromium`). Neither puppeteer
// (.puppeteerrc.json skips its download) nor playwright-core ever downloads a browser.
import { accessSync, constants } from "node:fs";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_INSTALL_COMMAND = "sudo apt-get install chromium";

/** Flags for a headless Chromium in CI: no sandbox (containers), no GPU, no calls home. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** One line saying what is missing and how to install it, or null when Chromium is there. */
export function chromiumMissingMessage(executablePath = CHROMIUM_PATH): string | null {
  try {
    accessSync(executablePath, constants.X_OK);
    return null;
  } catch {
    return `Chromium not found at ${executablePath}: install it with \`${CHROMIUM_INSTALL_COMMAND}\` (or set CHROMIUM_PATH)`;
  }
}
