// The search page: Pagefind's UI over the index built after each build (lib/eleventy/search-plugin.ts).
// The header form sends ?q=...; run that search straight away.
const element = document.getElementById("app-search");
if (element && window.PagefindUI) {
  const ui = new window.PagefindUI({
    element: "#app-search",
    baseUrl: element.dataset.baseUrl,
    bundlePath: element.dataset.bundlePath,
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    translations: { placeholder: "Search posts, qualifications and rules" },
  });
  document.getElementById("app-search-fallback")?.setAttribute("hidden", "");
  const query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
}
