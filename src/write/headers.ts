/**
 * After the build: `_headers` (Netlify and Cloudflare Pages format) with the
 * Content-Security-Policy Astro put in the pages' <meta> tags, so hosts that read it send
 * the policy as a real header too, with the directives a <meta> policy cannot carry.
 * Astro's policy is the same on every page (it lists the hashes of every script it inlines
 * anywhere), so the home page's is the site's.
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

/** The header policy: the page policy plus the header-only directives. */
export function headerPolicy(pagePolicy: string): string {
  return [...splitPolicy(pagePolicy), ...headerOnlyDirectives].join('; ');
}

/**
 * The _headers file for every path of the site. The search files keep one name from build
 * to build (pages load them by name, and the offline copy needs that), so they are
 * revalidated on every load: a new build's index is seen at once.
 */
export function headersFile(pagePolicy: string, base = '/'): string {
  return [
    '/*',
    `  Content-Security-Policy: ${headerPolicy(pagePolicy)}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    siteUrls(base).searchAsset('*'),
    '  Cache-Control: no-cache',
    '',
  ].join('\n');
}

/** Writes `<dir>/_headers` from the built home page's policy; returns the policy. */
export function writeHeaders(dir: string, base: string): string {
  const home = path.join(dir, 'index.html');
  const policy = metaPolicy(readFileSync(home, 'utf8'));
  if (!policy) throw new Error(`${home}: no Content-Security-Policy <meta>; the integration sets security.csp, has another setting replaced it?`);
  writeFileSync(path.join(dir, '_headers'), headersFile(policy, base));
  return policy;
}
