// What search costs a reader.
//
// `node scripts/bench/search.mjs <built site> [offline copy] [query]`: measured in Chromium on
// a lesson page, each run in a fresh browser context (nothing cached):
//   - the search files' sizes, raw and gzipped;
//   - a first query: the bytes it downloads (gzipped, as a host sends them, from the first
//     keystroke, search code included) and the time from the click on the search control to
//     its first results, with the query typed as soon as the box is there — served over
//     HTTP (hosted; at full speed and on Fast 3G, 1.6 Mbps and 150 ms) and opened from
//     file:// with the network cut (the offline copy, from `npm run export`).
// Example, for 1,000 generated lessons five folders deep:
//   node scripts/bench/search-corpus.mjs /tmp/corpus/lessons 1000   then build it as a handbook
//   node scripts/bench/search.mjs <project>/dist <project>/export/handbook clergaist
//
// `node scripts/bench/search.mjs --bytes 1000,10000`: no browser and no Astro build: for
// each size, generates that many lessons (search-corpus.mjs), makes the search index of their
// text with the build's own code, and asks it the kept queries of
// tests/write/search-expected.json as the browser would, printing the gzipped bytes each
// first query reads (search code included: the repository's dist/search/, `astro build`).
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumFlags, chromiumPath } from '../lib/chromium.mjs';
import { serveStatic } from '../lib/serve.ts';
import { median } from './measure.mjs';
import { writeSearchCorpus } from './search-corpus.mjs';
import { indexFiles } from '../../src/write/search-index.ts';
import { searchFile, searchScript } from '../../src/site/client/search-pack.ts';
import { ShardedIndex } from '../../src/site/client/search-shards.ts';

const RUNS = 5;
const FAST_3G = { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 };
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const gz = (text) => gzipSync(text).length;
const root = path.resolve(import.meta.dirname, '..', '..');

/** The search dialog's code and styles, gzipped: what every first query reads, with the manifest. */
const codeBytes = (site) => ['search.js', 'search.css'].reduce((sum, f) => sum + gz(readFileSync(path.join(site, 'search', f))), 0);

if (process.argv[2] === '--bytes') {
  const sizes = (process.argv[3] ?? '1000,10000').split(',').map(Number);
  const queries = Object.keys(JSON.parse(readFileSync(path.join(root, 'tests', 'write', 'search-expected.json'), 'utf8')).queries);
  const code = codeBytes(path.join(root, 'dist'));
  for (const count of sizes) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-search-'));
    try {
      writeSearchCorpus(dir, count, 1);
      const files = indexFiles(docsOf(dir));
      const scripts = new Map([...files].map(([name, data]) => [name, searchScript(name, data)]));
      const total = [...scripts.values()].reduce((sum, s) => sum + gz(s), 0);
      console.log(`${count} lessons: ${scripts.size} search files, ${kb(total)} gzipped in all; search code ${kb(code)} and manifest ${kb(gz(scripts.get(searchFile.manifest)))} gzipped`);
      const per = [];
      for (const query of queries) {
        let bytes = code + gz(scripts.get(searchFile.manifest));
        let read = 0;
        const index = new ShardedIndex(files.get(searchFile.manifest), async (name) => {
          bytes += gz(scripts.get(name));
          read++;
          return JSON.parse(JSON.stringify(files.get(name)));
        });
        await index.find(query, 25, 25);
        per.push(bytes);
        console.log(`  ${JSON.stringify(query).padEnd(28)} ${kb(bytes).padStart(9)} in ${read + 3} files`);
      }
      per.sort((a, b) => a - b);
      console.log(`  first query: median ${kb(per[per.length >> 1])}, largest ${kb(per.at(-1))} (${queries.length} queries)`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  process.exit(0);
}

/**
 * The lessons of a generated handbook as search documents, read from their Markdown rather
 * than from built pages (near enough for sizes: the same words): a lesson's title, the words
 * before its first heading, then one document per `##` or `###` section.
 */
function docsOf(dir) {
  const lessons = [];
  const docs = [];
  const titles = new Map();
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md')).sort();
  for (const f of files.filter((f) => f.endsWith('index.md'))) titles.set(path.dirname(f), readFileSync(path.join(dir, f), 'utf8').match(/^# (.+)$/m)[1]);
  for (const file of files.filter((f) => /page-\d+\.md$/.test(f))) {
    const [, front, body] = readFileSync(path.join(dir, file), 'utf8').split(/^---$/m);
    const title = JSON.parse(front.match(/^title: (.+)$/m)[1]);
    const folders = path.dirname(file).split(path.sep);
    const l = lessons.push([path.basename(file, '.md'), title, folders.map((_, i) => titles.get(folders.slice(0, i + 1).join(path.sep)))]) - 1;
    let section = { s: '', title, text: '' };
    const sections = [section];
    for (const line of body.split('\n')) {
      const heading = line.match(/^#{2,3} (.+)$/);
      if (heading) sections.push((section = { s: heading[1].toLowerCase().replaceAll(' ', '-'), title: heading[1], text: '' }));
      else if (line.trim()) section.text += `${section.text ? ' ' : ''}${line.replace(/^- /, '')}`;
    }
    for (const s of sections) docs.push({ id: docs.length, l, s: s.s, title: s.title, lesson: title, text: s.text });
  }
  return { lessons, docs };
}

const [site, offline, query = 'trade-off decision'] = process.argv.slice(2);
if (!site) {
  console.error('usage: node scripts/bench/search.mjs <built site> [offline copy] [query]\n       node scripts/bench/search.mjs --bytes [1000,10000]');
  process.exit(2);
}

function sizes(dir) {
  let files = 0;
  let raw = 0;
  let zipped = 0;
  for (const f of readdirSync(path.join(dir, 'search'), { recursive: true, encoding: 'utf8' })) {
    const file = path.join(dir, 'search', f);
    if (!f.endsWith('.js') || statSync(file).isDirectory()) continue;
    const text = readFileSync(file);
    files++;
    raw += text.length;
    zipped += gz(text);
  }
  return { files, raw, zipped, code: codeBytes(dir) };
}

/** A lesson page of the site (the first, by folder name). */
function lessonPage(dir) {
  const lessons = path.join(dir, 'lessons');
  const slug = readdirSync(lessons).filter((d) => statSync(path.join(lessons, d)).isDirectory()).sort()[0];
  return `lessons/${slug}/`;
}

async function timeToResults(browser, url, { offline: cut = false, network } = {}) {
  const context = await browser.newContext();
  if (cut) await context.setOffline(true);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  let bytes = 0;
  if (!cut) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    if (network) await cdp.send('Network.emulateNetworkConditions', network);
    cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
  }
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
  await page.getByRole('option').first().waitFor({ timeout: 60_000 });
  const t = await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    const index = performance.getEntriesByName('lessonbook-search-index')[0]?.startTime ?? NaN;
    return { open: w.tOpen - w.t0, index: index - w.t0, results: w.tResults - w.t0, count: document.querySelectorAll('[role="option"]').length };
  });
  await context.close();
  return { ...t, bytes };
}

async function measure(browser, label, url, options) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await timeToResults(browser, url, options));
  const [open, index, results] = ['open', 'index', 'results'].map((k) => median(runs.map((r) => r[k])).toFixed(0));
  const bytes = options?.offline ? '' : `, ${kb(median(runs.map((r) => r.bytes)))} downloaded`;
  console.log(`${label}: dialog open ${open} ms, manifest ready ${index} ms, first results ${results} ms${bytes} (median of ${RUNS}; ${runs[0].count} shown)`);
}

const s = sizes(site);
console.log(`search/: ${s.files} files, ${kb(s.raw)} (${kb(s.zipped)} gzipped); search.js + search.css ${kb(s.code)} gzipped`);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
try {
  const server = await serveStatic(path.resolve(site), '/', 0, { gzip: true });
  try {
    await measure(browser, `hosted  "${query}"`, server.url + lessonPage(site));
    await measure(browser, `Fast 3G "${query}"`, server.url + lessonPage(site), { network: FAST_3G });
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
