// Build stage: writes every section's shareable page (see lib/section-pages.mjs).
//   node scripts/section-pages.mjs <built site folder>
import path from 'node:path';
import { writeSectionPages } from './lib/section-pages.mjs';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/section-pages.mjs <built site folder>');
  process.exit(2);
}
const started = performance.now();
const written = writeSectionPages(path.resolve(dir));
console.log(`section pages: ${written} written in ${Math.round(performance.now() - started)} ms`);
