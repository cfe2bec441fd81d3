// `npm run build`: the whole pipeline, each stage its own step:
//   0. check every lesson (scripts/check.mjs): a bad lesson stops the build, with every
//      problem listed, and nothing is written; Astro starts alongside (its output held
//      until the check passes, its work thrown away if it fails), since the two only read;
//   1. build the site with Astro into a fresh folder (the lesson schema and the section
//      renderer stop it on a bad lesson);
//   2. then, side by side, as none reads what another writes:
//      - write every section's shareable page and the one-page handbook (/print/) from
//        the frames and data Astro left for them and the built lesson pages
//        (scripts/written-pages.mjs), far cheaper than rendering each through Astro;
//      - write _headers with the pages' Content-Security-Policy (scripts/csp-headers.mjs);
//      - index every lesson section for search and bundle the search dialog into search/
//        (scripts/search-index.mjs), read from the built pages, so it finds what readers see;
//   3. swap the finished folder into place — so a failed build leaves the previous
//      dist/ exactly as it was, and a good one never keeps pages of deleted lessons.
// LESSONBOOK_LESSONS (lesson folder) and LESSONBOOK_OUT (output folder, default dist)
// let tests and the benchmark run the same pipeline on their own lessons.
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { root } from './lib/run.mjs';
import { runSideBySide } from './lib/stages.mjs';
import { takeBuildLock } from './lib/lock.mjs';

const out = path.resolve(root, process.env.LESSONBOOK_OUT ?? 'dist');
const next = `${out}.next`;
const old = `${out}.old`;

/** Runs stages side by side; on the first failure, leaves the previous output as it was. */
async function stages(/** @type {import('./lib/stages.mjs').Stage[]} */ list) {
  const failed = await runSideBySide(list);
  if (failed) {
    rmSync(next, { recursive: true, force: true });
    console.error(`\nBuild stopped at "${failed}". ${path.relative(root, out) || '.'}/ was left as it was.`);
    process.exit(1);
  }
}

// A build started from a test runner is the same build a user gets: Vitest exports its
// import.meta.env values (DEV, PROD, MODE, SSR, BASE_URL) and NODE_ENV=test into the
// environment, and Vite would read them back, building in development mode.
for (const name of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) delete process.env[name];

takeBuildLock();
rmSync(next, { recursive: true, force: true });
await stages([
  { label: 'check lessons', command: 'node', args: ['scripts/check.mjs'] },
  { label: 'astro build', command: 'astro', args: ['build'], env: { LESSONBOOK_OUT: next, NODE_ENV: 'production' }, live: true },
]);
await stages([
  { label: 'section and print pages', command: 'node', args: ['scripts/written-pages.mjs', next] },
  { label: 'security headers', command: 'node', args: ['scripts/csp-headers.mjs', next] },
  { label: 'search index', command: 'node', args: ['scripts/search-index.mjs', next] },
]);

rmSync(old, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, old);
renameSync(next, out);
rmSync(old, { recursive: true, force: true });
