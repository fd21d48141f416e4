// What a page tells sites it is shared on (Open Graph, read by Twitter/X, Slack, Teams, LinkedIn):
// its title, summary, address and an image. A post's image is its first screenshot's thumbnail; any
// other page, or a post without screenshots, gets GOV.UK's Open Graph image. URLs here are site paths;
// the template makes them absolute from SITE_URL and PATH_PREFIX.
import type { FirstScreenshot } from "../screenshots/site-screenshots.ts";

export const FALLBACK_SHARING_IMAGE = {
  url: "/assets/images/govuk-opengraph-image.png",
  width: 1200,
  height: 630,
  alt: "GOV.UK",
} as const;

export interface SharingInput {
  title?: string;
  description?: string;
  siteName: string;
  pageUrl: string;
  /** A design-history post (content/posts/posts.11tydata.ts sets it), shared as an article. */
  isPost?: boolean;
  firstScreenshot?: FirstScreenshot;
}

export interface SharingModel {
  type: "article" | "website";
  title: string;
  description: string;
  siteName: string;
  url: string;
  image: { url: string; width: number; height: number; alt: string };
  twitterCard: "summary_large_image";
}

export function sharingModel(input: SharingInput): SharingModel {
  const isPost = input.isPost === true;
  return {
    type: isPost ? "article" : "website",
    title: input.title || input.siteName,
    description: input.description || "",
    siteName: input.siteName,
    url: input.pageUrl,
    image: input.firstScreenshot ?? { ...FALLBACK_SHARING_IMAGE },
    twitterCard: "summary_large_image",
  };
}
