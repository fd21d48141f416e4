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
