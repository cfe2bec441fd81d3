// `npm run lighthouse`: Lighthouse's four scores (performance, accessibility, best
// practices, SEO) for the home page and the seed lesson, with its default mobile settings
// (an emulated mid-range phone on a throttled connection), in Debian's Chromium, against
// the built site served here the way a static host serves it: gzip, and the headers from
// dist/_headers. No network: everything is on 127.0.0.1. Below 100, it lists the audits
// that cost points. Each page runs 3 times and the median run (by performance) counts:
// on a busy 2-core machine one run can lose points to another process, not to the page.
// Full reports of the median runs: .lessonbook/lighthouse/*.json.
//   node scripts/lighthouse.mjs [--dir dist] [--runs 3] [path …]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags, chromiumPath } from './lib/chromium.mjs';
import { root } from './lib/run.mjs';
import { serveStatic } from './lib/serve.ts';

const args = process.argv.slice(2);
const dirFlag = args.indexOf('--dir');
const dir = path.resolve(root, dirFlag === -1 ? 'dist' : args.splice(dirFlag, 2)[1]);
const runsFlag = args.indexOf('--runs');
const runs = runsFlag === -1 ? 3 : Number(args.splice(runsFlag, 2)[1]);
const pages = args.length ? args : ['/', '/lessons/working-with-engineering/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const reports = path.join(root, '.lessonbook', 'lighthouse');

if (!existsSync(path.join(dir, 'index.html'))) {
  console.error(`${path.relative(root, dir)}/ has no built site: run \`npm run build\` first.`);
  process.exit(1);
}

// Served as a static host serves it (scripts/lib/serve.ts): gzip, dist/_headers, and no
// caching between runs.
const site = await serveStatic(dir, '/', 0, { gzip: true, siteHeaders: true, headers: { 'Cache-Control': 'no-cache' } });
const origin = new URL(site.url).origin;
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: ['--headless=new', ...chromiumFlags] });

const rows = [];
let version = '';
let exitCode = 0;
try {
  mkdirSync(reports, { recursive: true });
  for (const page of pages) {
    const all = [];
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(`${origin}${page}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
      if (result.lhr.runtimeError) throw new Error(`${page}: ${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
      all.push(result.lhr);
    }
    all.sort((a, b) => (a.categories.performance.score ?? 0) - (b.categories.performance.score ?? 0));
    const lhr = all[Math.floor((all.length - 1) / 2)];
    version = lhr.lighthouseVersion;
    const name = page.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
    writeFileSync(path.join(reports, `${name}.json`), JSON.stringify(lhr, null, 1));
    const scores = CATEGORIES.map((c) => Math.round((lhr.categories[c].score ?? 0) * 100));
    rows.push({ page, scores, performance: all.map((r) => Math.round((r.categories.performance.score ?? 0) * 100)) });
    for (const c of CATEGORIES) {
      const category = lhr.categories[c];
      if (category.score === 1) continue;
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          rows.push({ note: `    ${page} ${c}: ${audit.id} (${audit.title}) score ${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ''}` });
        }
      }
    }
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  exitCode = 1;
} finally {
  chrome.kill();
  site.close(); // not awaited: process.exit below ends what is left
}

const width = Math.max(...pages.map((p) => p.length), 4);
console.log(`\nLighthouse ${version} (mobile emulation, simulated slow 4G), ${dir} served at ${origin}`);
console.log(`${'page'.padEnd(width)}  performance  accessibility  best-practices  seo   (median of ${runs} runs; performance in each)`);
for (const row of rows) {
  if (row.note) console.log(row.note);
  else console.log(`${row.page.padEnd(width)}  ${String(row.scores[0]).padStart(11)}  ${String(row.scores[1]).padStart(13)}  ${String(row.scores[2]).padStart(14)}  ${String(row.scores[3]).padStart(3)}   ${row.performance.join(', ')}`);
}
process.exit(exitCode);
