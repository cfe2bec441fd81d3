// Build stage: the pages written from the built ones rather than rendered by Astro — every
// section's shareable page (lib/section-pages.mjs) and the one-page handbook
// (lib/print-page.mjs) — then the scaffolding Astro left for them is deleted.
//   node scripts/written-pages.mjs <built site folder>
import path from 'node:path';
import { readBuildData, removeBuildData } from './lib/build-data.mjs';
import { writePrintPage } from './lib/print-page.mjs';
import { writeSectionPages } from './lib/section-pages.mjs';

const arg = process.argv[2];
if (!arg) {
  console.error('usage: node scripts/written-pages.mjs <built site folder>');
  process.exit(2);
}
const dir = path.resolve(arg);
const started = performance.now();
const data = readBuildData(dir);
const sections = writeSectionPages(dir, data.lessons);
const printed = writePrintPage(dir, data);
removeBuildData(dir);
console.log(
  `written pages: ${sections} section pages, the one-page handbook (${(printed / 1024).toFixed(0)} KB); ` +
    `${Math.round(performance.now() - started)} ms`,
);
