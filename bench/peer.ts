// The peer: the same corpus built the way DfE design histories are built today, with the GOV.UK
// Eleventy plugin (8.3.0, the last that runs on Node 20 with Eleventy 3.1.8) and the design-history
// template's screenshots macro, which links and shows the full-size originals (copied by passthrough,
// no thumbnails). Installed once into .bench/peer/ by the benchmark itself.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

export const PEER_PACKAGES = ["@x-govuk/govuk-eleventy-plugin@8.3.0", "@11ty/eleventy@3.1.8"];

type Progress = (message: string) => void;

export function ensurePeerInstall(projectRoot: string, progress: Progress): string {
  const dir = path.join(projectRoot, ".bench/peer");
  const marker = path.join(dir, "node_modules/@x-govuk/govuk-eleventy-plugin/package.json");
  if (existsSync(marker) && JSON.parse(readFileSync(marker, "utf8")).version === "8.3.0") return dir;
  progress(`peer: npm install ${PEER_PACKAGES.join(" ")} into .bench/peer/`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "bench-peer", private: true, type: "module" }));
  const result = spawnSync("npm", ["install", "--no-audit", "--no-fund", ...PEER_PACKAGES], { cwd: dir, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`Installing the peer failed:\n${result.stderr}`);
  return dir;
}

// The x-govuk design-history template's screenshots component: each item links the original and shows
// it as the image (https://github.com/x-govuk/govuk-design-history-template, app/_components/screenshots).
const PEER_MACRO = `{% macro appScreenshots(params) %}{% include "./template.njk" %}{% endmacro %}\n`;
const PEER_TEMPLATE = `{%- set title = params.title or "Screenshots" -%}
{%- set id = title | slugify -%}
{%- set headingLevel = params.headingLevel or 2 -%}
<section class="app-screenshots app-prose govuk-!-margin-top-9" id="{{ id }}">
  <div class="govuk-!-display-none-print">
    <h{{ headingLevel }} tabindex="-1"><a class="header-anchor" href="#{{ id }}">{{ title }}</a></h{{ headingLevel }}>
    <ul class="govuk-list app-screenshots__contents">
      {%- for item in params.items %}
        {%- set itemTitle = item.text or item -%}
        <li><a href="#{{ item.id or (itemTitle | slugify) }}">{{ itemTitle }}</a></li>
      {%- endfor %}
    </ul>
  </div>
{% for item in params.items -%}
  {%- set itemTitle = item.text or item -%}
  {%- set itemId = item.id or (itemTitle | slugify) -%}
  {%- set file = item.src or item.img.src or (itemId + ".png") -%}
  {%- set alt = item.alt or item.img.alt or ("Screenshot of " + itemTitle) -%}
  <figure class="app-screenshots__screenshot" id="{{ itemId }}">
    <h{{ headingLevel + 1 }} tabindex="-1"><a class="header-anchor" href="#{{ itemId }}">{{ itemTitle }}</a></h{{ headingLevel + 1 }}>
    <a href="{{ file }}"><img src="{{ file }}" alt="{{ alt }}"></a>
    {%- if item.caption %}<figcaption>{{ item.caption | markdown | safe }}</figcaption>{% endif %}
  </figure>
{%- endfor %}
</section>
`;

const PEER_CONFIG = `import { govukEleventyPlugin } from "@x-govuk/govuk-eleventy-plugin";

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(govukEleventyPlugin, {
    header: { productName: "NPQ design history" },
    footer: { copyright: "crown", licence: "ogl" },
  });
  eleventyConfig.addCollection("historyPosts", (api) => api.getFilteredByGlob("app/posts/*.md").reverse());
  // Originals sit beside each post's page, as in the design-history template.
  eleventyConfig.addPassthroughCopy({ screenshots: "/" });
}

export const config = {
  dataTemplateEngine: "njk",
  htmlTemplateEngine: "njk",
  markdownTemplateEngine: "njk",
  dir: { input: "app", includes: "_components", layouts: "_layouts" },
};
`;

const PEER_HOME = `---
title: NPQ design history
layout: page
permalink: /
---
{% for post in collections.historyPosts %}
- [{{ post.data.title }}]({{ post.url }}) ({{ post.date.toISOString().slice(0, 10) }})
{% endfor %}
`;

/** A peer site folder with the corpus's posts and screenshots; returns its root. */
export function writePeerSite(projectRoot: string, corpusRoot: string, peerInstall: string): string {
  const root = path.join(projectRoot, `.bench/peer-site-${path.basename(corpusRoot)}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(path.join(root, "app/posts"), { recursive: true });
  mkdirSync(path.join(root, "app/_components/screenshots"), { recursive: true });
  symlinkSync(path.join(peerInstall, "node_modules"), path.join(root, "node_modules"));
  writeFileSync(path.join(root, "package.json"), JSON.stringify({ name: "peer-site", private: true, type: "module" }));
  writeFileSync(path.join(root, "eleventy.config.js"), PEER_CONFIG);
  writeFileSync(path.join(root, "app/_components/screenshots/macro.njk"), PEER_MACRO);
  writeFileSync(path.join(root, "app/_components/screenshots/template.njk"), PEER_TEMPLATE);
  writeFileSync(path.join(root, "app/index.md"), PEER_HOME);
  writeFileSync(path.join(root, "app/posts/posts.json"), JSON.stringify({ layout: "post", permalink: "/{{ page.fileSlug }}/" }));
  for (const file of readdirSync(path.join(corpusRoot, "content/posts"))) {
    if (file.endsWith(".md")) cpSync(path.join(corpusRoot, "content/posts", file), path.join(root, "app/posts", file));
  }
  // The corpus's screenshots are hard links to the cached pool; the peer gets its own links too.
  cpSync(path.join(corpusRoot, "screenshots"), path.join(root, "screenshots"), { recursive: true });
  return root;
}
