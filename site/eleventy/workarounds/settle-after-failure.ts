// Workaround "settle-after-failure" (switches.ts). When one page fails, Eleventy's write() rejects at
// once (Promise.all in its TemplateWriter), while it goes on rendering and writing the other pages
// and copying the passthrough files into the output folder. A failed build deletes its staging
// folder (site/build/build-site.ts): deleted under those writes, the folder came back with the pages
// written after (5 of 10 failed fixture builds left `_site.building-NNNN/rules/...` behind; none of
// 20 with this on), or `rm` found a folder filled again behind it and its error took the place of the
// page's own.
//
// This keeps what Eleventy starts (each template's render-and-write, and each passthrough copy) so the
// build can wait for all of it to settle before deleting anything. Each file copy, not the copy as a
// whole: that waits for every page to have rendered, which after a failure never happens. It wraps a
// method of this Eleventy instance's writer and one of its passthrough manager (both exist once init()
// has run), not of Eleventy's classes.
import { workaroundOn } from "./switches.ts";

interface EleventyWriter {
  generateTemplates(...args: unknown[]): Promise<Promise<unknown>[]>;
}
interface EleventyPassthroughManager {
  copyPassthrough(...args: unknown[]): Promise<unknown>;
}

/**
 * After `await eleventy.init()`: record what the instance's writer starts from now on. The function
 * returned waits until every one of those has settled (resolved or rejected).
 */
export function recordEleventyWrites(eleventy: { writer?: unknown; passthroughManager?: unknown }): () => Promise<void> {
  if (!workaroundOn("settle-after-failure")) return async () => {};
  const writer = eleventy.writer as EleventyWriter | undefined;
  const passthrough = eleventy.passthroughManager as EleventyPassthroughManager | undefined;
  if (typeof writer?.generateTemplates !== "function" || typeof passthrough?.copyPassthrough !== "function") {
    throw new Error("settle-after-failure: this Eleventy has no writer.generateTemplates or passthroughManager.copyPassthrough (has init() run?); see site/eleventy/workarounds/settle-after-failure.ts");
  }
  const started: Promise<unknown>[] = [];
  const generateTemplates = writer.generateTemplates.bind(writer);
  const copyPassthrough = passthrough.copyPassthrough.bind(passthrough);
  writer.generateTemplates = (...args) => {
    const generating = generateTemplates(...args).then((promises) => {
      started.push(...promises);
      return promises;
    });
    started.push(generating);
    return generating;
  };
  passthrough.copyPassthrough = (...args) => {
    const copying = copyPassthrough(...args);
    started.push(copying);
    // Eleventy handles a copy's failure only once every page has rendered: after a page's failure, a
    // copy that failed too would be an unhandled rejection, which ends Node with the copy's error in
    // place of the page's. The build's own error is the page's; when the pages all render, Eleventy
    // still reports the copy's failure through write().
    copying.catch(() => {});
    return copying;
  };
  return async () => {
    // The pages' own promises are known only once the template map is made (the copy, or making the
    // map, may have failed first): wait until no more have joined.
    for (let seen = -1; seen !== started.length; ) {
      seen = started.length;
      await Promise.allSettled(started);
    }
  };
}
