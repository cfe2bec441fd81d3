// The handbook's Content-Security-Policy, in one place. Astro writes the policy into every
// page as a <meta> tag, adding the hashes of the scripts it bundles and inlines; the build
// then copies that same policy into dist/_headers for hosts that send headers
// (Netlify, Cloudflare Pages), adding what only a header can carry.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

/**
 * A CSP source for one inline script or style: its exact text, hashed.
 * @param {string} text
 * @returns {`sha256-${string}`}
 */
export function sha256(text) {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * The theme snippet runs `is:inline` (it must run before first paint, so it cannot wait for
 * a module), and Astro hashes only the scripts it processes itself. The layout inlines
 * exactly this text, minified (it is on every page; the source keeps its comments), so
 * hashing it gives the exact hash. Trimmed, because the Nu HTML checker drops a trailing
 * newline before hashing, and would warn.
 */
export const themeInitFile = new URL('../../src/client/theme-init.js', import.meta.url);
const minified = new Map();
/** The text the layout inlines for a script's source (the layout passes its ?raw import). */
export function inlineScript(/** @type {string} */ source) {
  if (!minified.has(source)) minified.set(source, transformSync(source, { minify: true }).code.trim());
  return /** @type {string} */ (minified.get(source));
}
export const themeInitHash = () => sha256(inlineScript(readFileSync(themeInitFile, 'utf8')));

/**
 * Everything but script-src and style-src, which Astro writes with its hashes.
 * @type {import('astro/dist/core/csp/config.js').CspDirective[]}
 */
export const directives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

/** Browsers ignore these in a <meta> policy, so they are sent as a header only. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"];

/**
 * The policy of a built page's <meta http-equiv="content-security-policy">, or undefined.
 * @param {string} html
 * @returns {string | undefined}
 */
export function metaPolicy(html) {
  const tag = html.match(/<meta\b[^>]*http-equiv="content-security-policy"[^>]*>/i)?.[0];
  return tag?.match(/\bcontent="([^"]*)"/)?.[1].replaceAll('&#39;', "'").replaceAll('&apos;', "'");
}

/**
 * The directives of a policy, as `name value…` strings.
 * @param {string} policy
 * @returns {string[]}
 */
export function splitPolicy(policy) {
  return policy.split(';').map((d) => d.trim().replace(/\s+/g, ' ')).filter(Boolean);
}

/** The header policy: the page policy plus the header-only directives. */
export function headerPolicy(/** @type {string} */ pagePolicy) {
  return [...splitPolicy(pagePolicy), ...headerOnlyDirectives].join('; ');
}

/**
 * dist/_headers (Netlify and Cloudflare Pages format) for every path of the site. The search
 * files keep one name from build to build (pages load them by name, and the offline copy
 * needs that), so they are revalidated on every load: a new build's index is seen at once.
 * @param {string} pagePolicy
 * @param {string} [base] the base path the site is served under
 */
export function headersFile(pagePolicy, base = '/') {
  return [
    '/*',
    `  Content-Security-Policy: ${headerPolicy(pagePolicy)}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    `${base}search/*`,
    '  Cache-Control: no-cache',
    '',
  ].join('\n');
}
