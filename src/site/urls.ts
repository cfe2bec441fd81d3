/**
 * The URLs the pages Astro renders link to, under the base path Astro was given: the
 * contract's builders (src/contract/urls.ts) with that base. What is written outside Astro
 * calls the contract with the base path handed to it; the browser scripts find the site from
 * their own URL (./client/); and the offline copy rewrites the built pages' links to relative
 * ones afterwards (src/export/).
 */
import { siteUrls } from '../contract/index.ts';

/** The site's URLs under the base path the handbook is hosted under (`/` or `/handbook/`). */
export const urls = siteUrls(import.meta.env.BASE_URL);

/** The base path, always ending in `/`. */
export const base = urls.base;

/** A path inside the handbook, such as `lessons/x/` (src/contract's sitePath), as a link that respects the base path. */
export const href = urls.href;

/** An absolute URL, for canonical links, previews and copied links. */
export function absolute(path: string, site: URL | undefined): string {
  return new URL(path, site ?? 'http://localhost/').href;
}
