/**
 * After the build: `_headers` (Netlify and Cloudflare Pages format). Each page carries its own
 * policy in a <meta> tag (Astro's, widened by ./policy.ts for what the page embeds); the
 * header sends, for every path, the directives all pages have alike — Astro's script-src is
 * the same on every page (it lists the hashes of every script it inlines anywhere) — and the
 * directives a <meta> policy cannot carry. One rule for all paths: Cloudflare Pages allows
 * 100 rules and 2,000 characters a line, and a handbook has thousands of pages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { siteUrls } from '../contract/index.ts';
import { htmlParser } from './built-page.ts';

/** Browsers ignore these in a <meta> policy, so they are sent as a header only. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"];

/** Whether an element (its name and decoded attributes) is a page's Content-Security-Policy <meta>. */
export const isCspMeta = (tag: { name: string; attribs: Record<string, string> }) =>
  tag.name === 'meta' && tag.attribs['http-equiv']?.toLowerCase() === 'content-security-policy';

/** The policy of a built page's <meta http-equiv="content-security-policy">, or undefined. */
export function metaPolicy(html: string): string | undefined {
  let policy: string | undefined;
  let found = false;
  htmlParser({
    onopentag(name, attribs) {
      if (found || !isCspMeta({ name, attribs })) return;
      found = true;
      policy = attribs.content;
    },
  }).end(html);
  return policy;
}

/** The directives of a policy, as `name value…` strings. */
export function splitPolicy(policy: string): string[] {
  return policy.split(';').map((d) => d.trim().replace(/\s+/g, ' ')).filter(Boolean);
}

/** The header policy: the directives every page shares (./policy.ts, sharedPolicy) plus the header-only directives. */
export function headerPolicy(shared: readonly string[]): string {
  return [...shared, ...headerOnlyDirectives].join('; ');
}

/**
 * The _headers file for every path of the site. The search files keep one name from build
 * to build (pages load them by name, and the offline copy needs that), so they are
 * revalidated on every load: a new build's index is seen at once.
 */
export function headersFile(shared: readonly string[], base = '/'): string {
  return [
    '/*',
    `  Content-Security-Policy: ${headerPolicy(shared)}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    siteUrls(base).searchAsset('*'),
    '  Cache-Control: no-cache',
    '',
  ].join('\n');
}

/** The policy Astro wrote into the built home page: every page's, before ./policy.ts widens a page's. */
export function builtPolicy(dir: string): string {
  const home = path.join(dir, 'index.html');
  const policy = metaPolicy(readFileSync(home, 'utf8'));
  if (!policy) throw new Error(`${home}: no Content-Security-Policy <meta>; the integration sets security.csp, has another setting replaced it?`);
  return policy;
}

/** Writes `<dir>/_headers` with `shared`, the directives every page's policy has alike. */
export function writeHeaders(dir: string, base: string, shared: readonly string[]): void {
  writeFileSync(path.join(dir, '_headers'), headersFile(shared, base));
}
