// The search page: Pagefind's UI over the index built after each build (site/eleventy/search-plugin.ts).
// The header form sends ?q=...; run that search straight away.
const element = document.getElementById("app-search");

// Pagefind's elements as GOV.UK Frontend's: its input, buttons, results list, links and text take the
// Design System's classes, so they have its fonts, colours and focus styles (Pagefind's own
// stylesheet is not loaded). Pagefind draws new results on every search: each is classed as it appears.
const GOVUK_CLASSES = {
  ".pagefind-ui__search-input": ["govuk-input"],
  ".pagefind-ui__search-clear": ["govuk-button", "govuk-button--secondary"],
  ".pagefind-ui__button": ["govuk-button", "govuk-button--secondary"],
  ".pagefind-ui__message": ["govuk-body"],
  ".pagefind-ui__results": ["govuk-list"],
  ".pagefind-ui__result-title": ["govuk-heading-s"],
  ".pagefind-ui__result-link": ["govuk-link"],
  ".pagefind-ui__result-excerpt": ["govuk-body-s"],
};
function classAsGovuk(root) {
  for (const [selector, classes] of Object.entries(GOVUK_CLASSES)) {
    for (const found of root.querySelectorAll(selector)) {
      if (!classes.every((c) => found.classList.contains(c))) found.classList.add(...classes);
    }
  }
}

if (element && window.PagefindUI) {
  const ui = new window.PagefindUI({
    element: "#app-search",
    baseUrl: element.dataset.baseUrl,
    bundlePath: element.dataset.bundlePath,
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    translations: { placeholder: "" },
  });
  document.getElementById("app-search-fallback")?.setAttribute("hidden", "");
  // Pagefind's input has only a placeholder; tie it to the page's visible label (WCAG 2.5.3, 3.3.2).
  const labelInput = () => {
    const input = element.querySelector("input");
    if (!input || input.id === "app-search-input") return;
    input.id = "app-search-input";
    document.getElementById("app-search-label")?.removeAttribute("hidden");
  };
  const govukStyle = () => (labelInput(), classAsGovuk(element));
  govukStyle();
  new MutationObserver(govukStyle).observe(element, { childList: true, subtree: true });
  const query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
}
