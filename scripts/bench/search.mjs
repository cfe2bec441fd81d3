// `node scripts/bench/search.mjs <built site> [offline copy] [query]`: what search costs
// a reader, measured in Chromium on a lesson page, each run in a fresh browser context
// (nothing cached):
//   - the size of search/index.js, raw and gzipped;
//   - time to first results: from the click on the search control to the first result on
//     screen, with the query typed as soon as the box is there — served over HTTP (hosted)
//     and opened from file:// with the network cut (offline copy, from `npm run export`).
// Example, for 1,000 generated lessons: keep the benchmark's projects, then point this at one
//   npm run bench -- --lessons 1000 --runs 1 --engines satteri --keep
//   node scripts/bench/search.mjs <tmp>/site-satteri-mdx/dist <tmp>/site-satteri-mdx/export/handbook
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumFlags, chromiumPath } from '../lib/chromium.mjs';
import { serveStatic } from '../lib/serve.ts';
import { median } from './measure.mjs';

const RUNS = 5;
const [site, offline, query = 'trade-off decision'] = process.argv.slice(2);
if (!site) {
  console.error('usage: node scripts/bench/search.mjs <built site> [offline copy] [query]');
  process.exit(2);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function sizes(dir) {
  const file = (name) => readFileSync(path.join(dir, 'search', name));
  const index = file('index.js');
  const code = Buffer.concat([file('search.js'), file('search.css')]);
  return { index: index.length, indexGz: gzipSync(index).length, code: code.length, codeGz: gzipSync(code).length };
}

/** A lesson page of the site (the first, by folder name). */
function lessonPage(dir) {
  const lessons = path.join(dir, 'lessons');
  const slug = readdirSync(lessons).filter((d) => statSync(path.join(lessons, d)).isDirectory()).sort()[0];
  return `lessons/${slug}/`;
}

async function timeToResults(browser, url, { offline: cut = false } = {}) {
  const context = await browser.newContext();
  if (cut) await context.setOffline(true);
  const page = await context.newPage();
  await page.goto(url);
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    new MutationObserver(() => {
      w.tOpen ??= document.querySelector('dialog[open]') ? performance.now() : undefined;
      w.tResults ??= document.querySelector('[role="option"]') ? performance.now() : undefined;
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
    w.t0 = performance.now();
    document.querySelector('.search-button').click();
  });
  await page.getByRole('combobox').fill(query);
  await page.getByRole('option').first().waitFor();
  const t = await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    const index = performance.getEntriesByName('lessonbook-search-index')[0]?.startTime ?? NaN;
    return { open: w.tOpen - w.t0, index: index - w.t0, results: w.tResults - w.t0, count: document.querySelectorAll('[role="option"]').length };
  });
  await context.close();
  return t;
}

async function measure(browser, label, url, options) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await timeToResults(browser, url, options));
  const [open, index, results] = ['open', 'index', 'results'].map((k) => median(runs.map((r) => r[k])).toFixed(0));
  console.log(`${label}: dialog open ${open} ms, index ready ${index} ms, first results ${results} ms (median of ${RUNS}; ${runs[0].count} shown)`);
}

const s = sizes(site);
console.log(`search/index.js ${kb(s.index)} (${kb(s.indexGz)} gzipped); search.js + search.css ${kb(s.code)} (${kb(s.codeGz)} gzipped)`);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
try {
  const server = await serveStatic(path.resolve(site), '/', 0);
  try {
    await measure(browser, `hosted  "${query}"`, server.url + lessonPage(site));
  } finally {
    await server.close();
  }
  if (offline) {
    const page = pathToFileURL(path.join(path.resolve(offline), lessonPage(offline), 'index.html')).href;
    await measure(browser, `offline "${query}"`, page, { offline: true });
  }
} finally {
  await browser.close();
}
