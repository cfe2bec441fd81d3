// The export's page work, shared out over the machine's cores. Every page is read, parsed
// and rewritten twice (the offline copy, the single file), which made the export a third
// of a 1,000-lesson build, on one core. Each share — the main thread's and one worker
// thread's per other core — reads the built site itself and writes every n-th page of the
// offline copy and every n-th single file; the first share also copies the assets and
// writes the one-page handbook. Shares write different files, so they never collide.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readSite } from './export-site.mjs';
import { writeOffline } from './export-offline.mjs';
import { lessonPages, singleFile } from './export-single.mjs';
import { inWorker } from './worker.mjs';

/**
 * @typedef {object} ShareResult
 * @property {string} root the hosted URL of the site
 * @property {number} pages offline pages written
 * @property {number} files offline files written (pages and assets)
 * @property {number} singles single-file lessons written
 * @property {boolean} handbook whether the one-page handbook was written
 * @property {import('./export-offline.mjs').ExportProblem[]} problems
 */

/**
 * Writes share `part` of `parts` of the export of `dist` into `next`.
 * @returns {ShareResult}
 */
function writeShare(/** @type {string} */ dist, /** @type {string} */ next, part = 0, parts = 1) {
  const site = readSite(dist);
  const mine = (/** @type {unknown} */ _, /** @type {number} */ i) => i % parts === part;
  const offline = writeOffline(site, path.join(next, 'handbook'), { pages: site.pages().filter(mine), assets: part === 0 });
  const problems = [...offline.problems];
  const single = path.join(next, 'single');
  mkdirSync(single, { recursive: true });
  const lessons = lessonPages(site).filter(mine);
  for (const file of lessons) {
    const { html, problems: found } = singleFile(site, file);
    problems.push(...found);
    writeFileSync(path.join(single, `${path.posix.basename(path.posix.dirname(file))}.html`), html);
  }
  const handbook = part === 0 && site.files.includes('print/index.html');
  if (handbook) {
    const { html, problems: found } = singleFile(site, 'print/index.html', 'the whole handbook');
    problems.push(...found);
    writeFileSync(path.join(single, 'handbook.html'), html);
  }
  return { root: site.root.href, pages: offline.pages, files: offline.files, singles: lessons.length, handbook, problems };
}

/**
 * The whole export of `dist` into `next`, one share per core (at most four).
 * @returns {Promise<ShareResult>}
 */
export async function writeExport(/** @type {string} */ dist, /** @type {string} */ next, parts = Math.min(os.availableParallelism(), 4)) {
  const workers = Array.from({ length: parts - 1 }, (_, k) =>
    /** @type {Promise<ShareResult>} */ (inWorker(new URL(import.meta.url), { exportShare: [dist, next, k + 1, parts] })),
  );
  // The main thread does its share meanwhile; a worker's failure still surfaces below.
  const shares = [writeShare(dist, next, 0, parts), ...(await Promise.all(workers))];
  return shares.reduce((all, s) => ({
    root: all.root,
    pages: all.pages + s.pages,
    files: all.files + s.files,
    singles: all.singles + s.singles,
    handbook: all.handbook || s.handbook,
    problems: [...all.problems, ...s.problems],
  }));
}

if (!isMainThread && workerData?.exportShare) {
  const [dist, next, part, parts] = workerData.exportShare;
  parentPort?.postMessage(writeShare(dist, next, part, parts));
}
