// Eleventy plugin: the Content Security Policy (site/security/content-security-policy.ts) as global data
// for every page's <meta http-equiv> (_includes/layouts/base.njk), and as a `_headers` file at the
// root of the output for hosts that read one (Netlify, Cloudflare Pages; tools/checks/static-server.ts
// serves it too, so every browser test runs under the policy).
import { contentSecurityPolicy } from "../security/content-security-policy.ts";

export default function securityPlugin(eleventyConfig: any) {
  const policy = contentSecurityPolicy();
  eleventyConfig.addGlobalData("contentSecurityPolicy", policy);
  eleventyConfig.addTemplate(
    "_headers.njk",
    `# Response headers for every page of this site, for hosts that read a _headers file.\n{{ site.pathPrefix }}*\n  Content-Security-Policy: {{ contentSecurityPolicy.header | safe }}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n`,
    { permalink: "/_headers", eleventyExcludeFromCollections: true, search: false },
  );
}
