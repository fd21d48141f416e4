// Every HTML page of a built site, as URL paths, read from the build output: never a list kept by
// hand, so a page another engineer adds (rules, checker, catalogue, 404) is checked the day it exists.
import { readdirSync } from "node:fs";
import path from "node:path";

/** URL paths of every .html file under the folder, sorted: /, /slug/, /404.html ... */
export function builtPagePaths(folder: string): string[] {
  const paths: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith(".html")) {
        const relative = path.relative(folder, full).split(path.sep).join("/");
        const urlPath = relative === "index.html" ? "/" : relative.endsWith("/index.html") ? `/${relative.slice(0, -"index.html".length)}` : `/${relative}`;
        paths.push(urlPath.split("/").map(encodeURIComponent).join("/"));
      }
    }
  };
  walk(folder);
  return paths.sort();
}
