/**
 * What every page says about itself at the top of its <head>: its title, its description,
 * where it lives (canonical), and what a chat app or search engine shows for it (Open Graph,
 * Twitter), then its colour schemes and favicon. One function, as plain text, for the pages
 * Astro renders (./layouts/Page.astro) and the section pages written after the build
 * (./section-page.ts), so a link preview reads the same wherever it comes from.
 */
import { escapeHtml as e } from './html.ts';

export interface PageHead {
  /** The handbook's title. */
  siteTitle: string;
  /** The page's own title, before the handbook's name; none for the home page. */
  title?: string | undefined;
  /** One sentence for search engines and link previews. */
  description: string;
  /** The absolute URL search engines should index for this content, if any. */
  canonical?: string | undefined;
  /** This page's absolute URL (og:url), if it has an address of its own. */
  url?: string | undefined;
  /** Open Graph type: `article` for lessons and their sections, `website` otherwise. */
  ogType: 'article' | 'website';
  /** The favicon's URL, when the site has one. */
  favicon?: string | undefined;
}

/** The head's first tags, from `<meta charset>` to the favicon link. */
export function headHtml({ siteTitle, title, description, canonical, url, ogType, favicon }: PageHead): string {
  const name = title ?? siteTitle;
  return [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(title ? `${title} · ${siteTitle}` : siteTitle)}</title>`,
    `<meta name="description" content="${e(description)}">`,
    canonical ? `<link rel="canonical" href="${e(canonical)}">` : '',
    `<meta property="og:type" content="${ogType}">`,
    `<meta property="og:site_name" content="${e(siteTitle)}">`,
    `<meta property="og:title" content="${e(name)}">`,
    `<meta property="og:description" content="${e(description)}">`,
    url ? `<meta property="og:url" content="${e(url)}">` : '',
    '<meta name="twitter:card" content="summary">',
    `<meta name="twitter:title" content="${e(name)}">`,
    `<meta name="twitter:description" content="${e(description)}">`,
    '<meta name="color-scheme" content="light dark">',
    favicon ? `<link rel="icon" href="${e(favicon)}" type="image/svg+xml">` : '',
  ].join('');
}
