/**
 * The handbook's Content-Security-Policy, in one place. The integration gives Astro the
 * policy (Astro writes it into every page as a <meta> tag, adding the hashes of the scripts
 * it bundles and inlines); the stage after the build copies it into _headers
 * (src/write/headers.ts) for hosts that send headers.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

/** A CSP source for one inline script or style: its exact text, hashed. */
export function sha256(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

const minified = new Map<string, string>();
/**
 * The text the layout inlines for a script's source (the layout passes its ?raw import):
 * minified, since it is on every page (the source keeps its comments). Trimmed, because the
 * Nu HTML checker drops a trailing newline before hashing, and would warn.
 */
export function inlineScript(source: string): string {
  if (!minified.has(source)) minified.set(source, transformSync(source, { minify: true }).code.trim());
  return minified.get(source)!;
}

/**
 * The hash of the theme snippet as the layout inlines it. The snippet runs `is:inline` (it
 * must run before first paint, so it cannot wait for a module), and Astro hashes only the
 * scripts it processes itself, so the integration adds this one.
 */
export const themeInitHash = () => sha256(inlineScript(readFileSync(new URL('./client/theme-init.js', import.meta.url), 'utf8')));

/** Everything but script-src and style-src, which Astro writes with its hashes. */
export const directives = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
] as const;
