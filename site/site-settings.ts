// One place for the site's identity and where it is published.
// SITE_URL gives absolute URLs (feed, sitemap, sharing); PATH_PREFIX hosts the site under a sub-path.
// Both can be overridden from the environment at build time; the defaults suit `npm start` on localhost.

export interface SiteSettings {
  readonly name: string;
  readonly serviceName: string;
  readonly description: string;
  readonly url: string;
  readonly pathPrefix: string;
  readonly phase: string;
  /** How many of the newest posts the Atom feed carries. */
  readonly feedEntries: number;
}

function normalisePrefix(raw: string | undefined): string {
  const trimmed = (raw ?? "/").trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

export function siteSettings(env: NodeJS.ProcessEnv = process.env): SiteSettings {
  const pathPrefix = normalisePrefix(env.PATH_PREFIX);
  const url = (env.SITE_URL ?? "http://localhost:8080").replace(/\/+$/, "");
  if (!/^https?:\/\/[^/]+/.test(url)) {
    throw new Error(`SITE_URL must be an absolute http(s) URL such as https://example.org, not "${url}"`);
  }
  return {
    name: "NPQ design history",
    serviceName: "Register for a National Professional Qualification",
    description:
      "How the Register for a National Professional Qualification service was designed, the NPQs it offers and the funding rules it applies.",
    url,
    pathPrefix,
    phase: "Beta",
    feedEntries: 50,
  };
}
