// The parts of a markdown-it instance the site uses. (Declared here because @types/markdown-it's
// exports do not resolve under this TypeScript's bundler resolution.)
export interface Markdown {
  render(source: string): string;
  renderInline(source: string): string;
  core: { ruler: { push(name: string, rule: (state: { tokens: any[] }) => void): void } };
}
