// A decision map's layout is worked out once and kept: in memory for the rest of the process (each
// save under `npm start`) and in the cache folder for the next build; a different graph is laid out
// afresh, and a damaged cache file or a failed layout is never taken for a layout.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ElkNode } from "elkjs/lib/elk.bundled.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { elkjsLayout } from "../../site/rule-map/map-layout.ts";
import { cachedLayout, layoutKey } from "../../site/rule-map/rule-maps.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "npq-rule-map-cache-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Two boxes and an arrow: laid out by elkjs itself, counting each time it is asked. */
const graph = (width = 100): ElkNode => ({
  id: "map",
  layoutOptions: { "elk.algorithm": "layered", "elk.direction": "DOWN" },
  children: [{ id: "a", width, height: 40 }, { id: "b", width: 80, height: 40 }],
  edges: [{ id: "e", sources: ["a"], targets: ["b"] }],
});
function countingLayout(fail = false) {
  const counter = { calls: 0 };
  const layout = async (input: ElkNode) => {
    counter.calls++;
    if (fail) throw new Error("elkjs gave up");
    return elkjsLayout(input);
  };
  return { counter, layout };
}
const fileOf = (input: ElkNode) => path.join(dir, "rule-maps", `${layoutKey(input)}.json`);

describe("the decision maps' layout cache", () => {
  it("lays a graph out once, then answers from memory and, in a new process, from the cache folder", async () => {
    const { counter, layout } = countingLayout();
    const first = cachedLayout(dir, layout);
    const laid = await first(graph());
    expect(laid.children!.map((c) => c.y)).toEqual([expect.any(Number), expect.any(Number)]);
    expect(laid.children![1]!.y!).toBeGreaterThan(laid.children![0]!.y!);
    expect(JSON.parse(readFileSync(fileOf(graph()), "utf8"))).toEqual(laid);
    expect(await first(graph())).toEqual(laid);
    expect(counter.calls).toBe(1);

    const next = cachedLayout(dir, layout);
    expect(await next(graph())).toEqual(laid);
    expect(counter.calls).toBe(1);
    expect(next.computed()).toBe(0);
  });

  it("lays out afresh a graph that differs in anything the layout reads", async () => {
    const { counter, layout } = countingLayout();
    const cached = cachedLayout(dir, layout);
    const narrow = await cached(graph(100));
    const wide = await cached(graph(300));
    expect(counter.calls).toBe(2);
    expect(layoutKey(graph(100))).not.toBe(layoutKey(graph(300)));
    expect(wide.children![0]!.width).toBe(300);
    expect(narrow.children![0]!.width).toBe(100);
  });

  it("lays out again, and rewrites, a cache file it cannot read", async () => {
    const { counter, layout } = countingLayout();
    const laid = await cachedLayout(dir, layout)(graph());
    writeFileSync(fileOf(graph()), "{ half a layo");
    expect(await cachedLayout(dir, layout)(graph())).toEqual(laid);
    expect(counter.calls).toBe(2);
    expect(JSON.parse(readFileSync(fileOf(graph()), "utf8"))).toEqual(laid);
  });

  it("keeps no failed layout: the error reaches the build, and the next try lays it out again", async () => {
    const failing = countingLayout(true);
    const cached = cachedLayout(dir, failing.layout);
    await expect(cached(graph())).rejects.toThrow("elkjs gave up");
    await expect(cached(graph())).rejects.toThrow("elkjs gave up");
    expect(failing.counter.calls).toBe(2);
  });
});
