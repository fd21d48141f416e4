// The search page: Pagefind's UI over the index built after each build (site/eleventy/search-plugin.ts).
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
  // Pagefind's input has only a placeholder; tie it to the page's visible label (WCAG 2.5.3, 3.3.2).
  const labelInput = () => {
    const input = element.querySelector("input");
    if (!input) return false;
    input.id = "app-search-input";
    document.getElementById("app-search-label")?.removeAttribute("hidden");
    return true;
  };
  if (!labelInput()) {
    const observer = new MutationObserver(() => labelInput() && observer.disconnect());
    observer.observe(element, { childList: true, subtree: true });
  }
  const query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
}
