// A pa11y-ci reporter that hands each page's outcome to a callback (reporter options `onPage`), so
// tools/checks/accessibility.ts can show progress and print issues in its own words. CommonJS because
// pa11y-ci loads reporters with require().
"use strict";

module.exports = function progressReporter(options) {
  const onPage = typeof options.onPage === "function" ? options.onPage : () => {};
  return {
    results(results) {
      onPage(results.pageUrl, null);
    },
    error(error, url) {
      onPage(url, error);
    },
  };
};
