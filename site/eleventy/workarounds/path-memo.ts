// Workaround "path-memo" (switches.ts). Eleventy normalizes the same few thousand paths over and over: under `npm start`, each save asks
// every one of the 1,000 posts whether the saved file is relevant to it, and each question turns
// both paths through TemplatePath.normalize several times (@11ty/eleventy-utils): that normalizing
// was 81 ms of each edit on the 1,000-post corpus in a CPU profile, and is 28 ms with this memo. The
// function is pure (Node's path.normalize, then "/" separators and no trailing slash), so its
// answers are remembered.
import { TemplatePath } from "@11ty/eleventy-utils";
import { workaroundOn } from "./switches.ts";

const LIMIT = 50_000;
let installed = false;

export function memoizeTemplatePathNormalize(): void {
  if (installed || !workaroundOn("path-memo")) return;
  installed = true;
  const normalize = TemplatePath.normalize as (p: string) => string;
  const known = new Map<string, string>();
  TemplatePath.normalize = (thePath: string) => {
    let normal = known.get(thePath);
    if (normal === undefined) {
      normal = normalize(thePath);
      if (known.size >= LIMIT) known.clear();
      known.set(thePath, normal);
    }
    return normal;
  };
}
