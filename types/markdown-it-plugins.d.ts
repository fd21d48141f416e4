// The markdown-it plugins posts use (site/markdown/post-markdown.ts) ship no type declarations; each is
// a function markdown-it's use() calls with the instance and options.
declare module "markdown-it-abbr" { const plugin: any; export default plugin; }
declare module "markdown-it-attribution" { const plugin: any; export default plugin; }
declare module "markdown-it-deflist" { const plugin: any; export default plugin; }
declare module "markdown-it-footnote" { const plugin: any; export default plugin; }
declare module "markdown-it-image-figures" { const plugin: any; export default plugin; }
declare module "markdown-it-ins" { const plugin: any; export default plugin; }
declare module "markdown-it-mark" { const plugin: any; export default plugin; }
declare module "markdown-it-sub" { const plugin: any; export default plugin; }
declare module "markdown-it-sup" { const plugin: any; export default plugin; }
declare module "markdown-it-table-of-contents" { const plugin: any; export default plugin; }
