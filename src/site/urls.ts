/**
 * Every URL the site writes goes through here, so hosting under a sub-path (or, for the
 * offline copy, rewriting to relative links) has one place to change.
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
