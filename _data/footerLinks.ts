// The footer's meta links (base layout: govukFooter meta items). Add a page here to link it from every page.
export default [
  { text: "Search", href: "/search/" },
  { text: "Tags", href: "/tags/" },
  { text: "Sitemap", href: "/sitemap/" },
  { text: "Atom feed", href: "/feed.xml" },
  { text: "Provenance", href: "/provenance/" },
];
