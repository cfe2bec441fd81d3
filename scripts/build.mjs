// `npm run build`: the whole pipeline, in order, each stage its own step:
//   0. check every lesson (scripts/check.mjs): a bad lesson stops the build here, with
//      every problem listed, before Astro starts;
//   1. build the site with Astro into a fresh folder (the lesson schema and the section
//      renderer stop it on a bad lesson);
//   1b. write every section's shareable page from the frame and data Astro left for it
//      (scripts/section-pages.mjs), which is far cheaper than rendering each through Astro;
//   2. write _headers with the pages' Content-Security-Policy (scripts/csp-headers.mjs);
//   2b. index every lesson section for search and bundle the search dialog into search/
//      (scripts/search-index.mjs), read from the built pages, so it finds what readers see;
//   3. swap the finished folder into place — so a failed build leaves the previous
//      dist/ exactly as it was, and a good one never keeps pages of deleted lessons.
// LESSONBOOK_LESSONS (lesson folder) and LESSONBOOK_OUT (output folder, default dist)
// let tests and the benchmark run the same pipeline on their own lessons.
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { root, run } from './lib/run.mjs';
import { takeBuildLock } from './lib/lock.mjs';

const out = path.resolve(root, process.env.LESSONBOOK_OUT ?? 'dist');
const next = `${out}.next`;
const old = `${out}.old`;

function stage(label, command, args, env = {}) {
  if (run(command, args, { env }) !== 0) {
    rmSync(next, { recursive: true, force: true });
    console.error(`\nBuild stopped at "${label}". ${path.relative(root, out) || '.'}/ was left as it was.`);
    process.exit(1);
  }
}

takeBuildLock();
rmSync(next, { recursive: true, force: true });
stage('check lessons', 'node', ['scripts/check.mjs']);
stage('astro build', 'astro', ['build'], { LESSONBOOK_OUT: next });
stage('section pages', 'node', ['scripts/section-pages.mjs', next]);
stage('security headers', 'node', ['scripts/csp-headers.mjs', next]);
stage('search index', 'node', ['scripts/search-index.mjs', next]);

rmSync(old, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, old);
renameSync(next, out);
rmSync(old, { recursive: true, force: true });
