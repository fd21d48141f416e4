// The benchmark's checks: image work against the bare sharp loop at 0.5, and the thumbnails' likeness
// to the loop's (SSIM at least 0.98, bytes at most 1.1 times). Speed itself is never asserted here.
import { describe, expect, it } from "vitest";
import { targets, type BenchResult } from "../../bench/run-bench.ts";

const result = (overrides: Partial<BenchResult>): BenchResult => ({
  posts: 1000, screenshots: 1000, cold_s: 100, warm_s: 5, incremental_s: 0.3, image_s: 50, sharp_floor_s: 100,
  thumbnail_ssim_min: 1, thumbnail_bytes_ratio: 1, floor_s: 2, peer_s: 15, page_kb: 400, peer_page_kb: 4200, peak_rss_mb: 800, details: {},
  ...overrides,
});
const byName = (r: BenchResult) => Object.fromEntries(targets(r).map((t) => [t.name, t]));

describe("the benchmark's targets", () => {
  it("checks image work at 0.5 of the bare sharp loop", () => {
    expect(byName(result({ image_s: 50 }))["image work"]).toMatchObject({ limit: 0.5, pass: true });
    expect(byName(result({ image_s: 51 }))["image work"]).toMatchObject({ ratio: 0.51, pass: false });
  });

  it("checks the least SSIM from below and the bytes ratio from above", () => {
    expect(byName(result({ thumbnail_ssim_min: 0.98 }))["thumbnails look the same"]).toMatchObject({ kind: "min", limit: 0.98, pass: true });
    expect(byName(result({ thumbnail_ssim_min: 0.979 }))["thumbnails look the same"]).toMatchObject({ pass: false });
    expect(byName(result({ thumbnail_bytes_ratio: 1.1 }))["thumbnail bytes"]).toMatchObject({ limit: 1.1, pass: true });
    expect(byName(result({ thumbnail_bytes_ratio: 1.11 }))["thumbnail bytes"]).toMatchObject({ pass: false });
  });
});

describe("the scale targets (--scale N)", () => {
  const scale = (overrides: Partial<NonNullable<BenchResult["scale"]>>) =>
    result({ warm_s: 5, scale: { posts: 10000, screenshot_references: 16000, distinct_screenshots: 1000, cold_s: 200, warm_s: 60, incremental_s: 0.8, incremental_reload_s: 1, peak_rss_mb: 1500, details: {}, ...overrides } });

  it("are checked only when a larger corpus was built", () => {
    expect(targets(result({})).some((t) => t.name.includes("posts"))).toBe(false);
    expect(Object.keys(byName(scale({})))).toEqual(expect.arrayContaining(["warm rebuild at 10000 posts", "memory at 10000 posts", "editing at 10000 posts"]));
  });

  it("allow a warm rebuild 1.2 times linear in the posts, 2 GiB and a 1 s edit", () => {
    expect(byName(scale({ warm_s: 60 }))["warm rebuild at 10000 posts"]).toMatchObject({ ratio: 12, limit: 12, pass: true });
    expect(byName(scale({ warm_s: 60.5 }))["warm rebuild at 10000 posts"]).toMatchObject({ pass: false });
    expect(byName(scale({ posts: 5000, warm_s: 31 }))["warm rebuild at 5000 posts"]).toMatchObject({ limit: 6, pass: false });
    expect(byName(scale({ peak_rss_mb: 2049 }))["memory at 10000 posts"]).toMatchObject({ pass: false });
    expect(byName(scale({ incremental_s: 1.01 }))["editing at 10000 posts"]).toMatchObject({ pass: false });
    expect(byName(scale({}))["editing at 10000 posts"]).toMatchObject({ pass: true });
  });
});
