let t = performance.now();
await import("@11ty/eleventy");
console.log("eleventy", (performance.now() - t).toFixed(0));
for (const m of process.argv.slice(2)) { t = performance.now(); await import(m); console.log(m, (performance.now() - t).toFixed(0)); }
