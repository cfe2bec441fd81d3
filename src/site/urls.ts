/**
 * The URLs the pages Astro renders link to go through here, so hosting under a sub-path has
 * one place to change. What is written outside Astro gets the base path handed to it (the
 * section pages, ./section-page.ts, and the write stage, src/write/); the browser scripts
 * find the site from their own URL (./client/); and the offline copy rewrites the built
 * pages' links to relative ones afterwards (src/export/).
 */
/** The base path the handbook is hosted under, always ending in `/`: `/` or `/handbook/`. */
export const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** A path inside the handbook, such as `lessons/x/`, as a link that respects the base path. */
export function href(path = ''): string {
  return base + path.replace(/^\//, '');
}

/** The page of a lesson. */
export function lessonHref(id: string): string {
  return href(`lessons/${id}/`);
}

/** An absolute URL, for canonical links, previews and copied links. */
export function absolute(path: string, site: URL | undefined): string {
  return new URL(path, site ?? 'http://localhost/').href;
}
