// Where a post's reference to an image points. screenshots/ mirrors the site's URL space, as the
// images folder of a DfE design history does (Eleventy copies app/images/ to the site's root there):
// the post at /register-for-an-npq/additional-support-offer/ keeps its files in
// screenshots/register-for-an-npq/additional-support-offer/, and a reference resolves as a browser
// would resolve it on that page: "01-start.png" is in the post's own folder,
// "/register-for-an-npq/other-post/x.png" from the root, "../other-post/x.png" beside it.
import path from "node:path";
import { describeValue } from "../../common/describe-value.ts";

export type ScreenshotSource = { key: string } | { problem: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** The folder, under screenshots/, of the page at this URL ("/a/b/" -> "a/b"; "/" -> ""). */
export function screenshotFolderOf(pageUrl: string): string {
  const folder = pageUrl.endsWith("/") ? pageUrl : path.posix.dirname(pageUrl);
  return folder.replace(/^\/+|\/+$/g, "");
}

/**
 * The file in screenshots/ that `src`, written on the page at `pageUrl`, points to: its key
 * ("register-for-an-npq/x/01.png"), or why it points to none.
 */
export function screenshotSource(src: unknown, pageUrl: string): ScreenshotSource {
  if (typeof src !== "string") return { problem: `"src" must be text, the name of an image file; got ${describeValue(src)}` };
  const written = src.trim();
  if (!written) return { problem: `"src" is empty; expected the name of an image file, e.g. "01-start-page.png"` };
  if (SCHEME.test(written) || written.startsWith("//")) {
    return { problem: `"${written}" is an address on another site; a screenshot must be a file in screenshots/ (download it there and name it)` };
  }
  let decoded = written.replace(/[?#].*$/, "");
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // a literal % in a file name: keep it as written
  }
  if (decoded.includes("\0")) return { problem: `"src" has a NUL character; expected a file name` };
  const joined = decoded.startsWith("/") ? decoded.slice(1) : path.posix.join(screenshotFolderOf(pageUrl), decoded);
  const key = path.posix.normalize(joined);
  if (key === ".." || key.startsWith("../") || key === "." || key === "" || key.endsWith("/")) {
    return { problem: `"${written}" does not name a file inside screenshots/ (it leaves the folder, or names a folder)` };
  }
  return { key };
}
