// Build stage: `node scripts/csp-headers.mjs <site folder>` writes <site folder>/_headers
// with the Content-Security-Policy that Astro put in the pages' <meta> tags, so hosts that
// read _headers (Netlify, Cloudflare Pages) send it as a real header too, with the
// directives a <meta> policy cannot carry. Astro's policy is the same on every page (it
// lists the hashes of every script it inlines anywhere), so the home page's is the site's.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { headersFile, metaPolicy } from './lib/csp.mjs';
import { headLink } from './lib/export-site.mjs';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/csp-headers.mjs <site folder>');
  process.exit(2);
}
const home = path.join(dir, 'index.html');
const homeHtml = readFileSync(home, 'utf8');
const policy = metaPolicy(homeHtml);
if (!policy) {
  console.error(`${home}: no Content-Security-Policy <meta>; is security.csp still set in astro.config.mjs?`);
  process.exit(1);
}
// The base path, from the home page's canonical URL (the site URL plus the base path), as
// the export reads it.
const canonical = headLink(homeHtml, 'canonical');
writeFileSync(path.join(dir, '_headers'), headersFile(policy, canonical ? new URL(canonical).pathname : '/'));
