/**
 * The export's page work, shared out over the machine's cores. Every page is read, parsed
 * and rewritten twice (the offline copy, the single file), which made the export a third of
 * a 1,000-lesson build, on one core. The site is read once (its files, which pages only
 * redirect); then each share — the main thread's and one worker thread's per other core —
 * writes every n-th page of the offline copy and every n-th single file; the first share
 * also copies the assets and writes the one-page handbook. Shares write different files, so
 * they never collide.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { inWorker } from '../write/worker.ts';
import { writeOffline, type ExportProblem } from './offline.ts';
import { lessonPages, singleFile } from './single.ts';
import { readSiteData, siteFrom, type SiteData } from './site.ts';

export interface ShareResult {
  /** The hosted URL of the site. */
  root: string;
  /** Offline pages written. */
  pages: number;
  /** Offline files written (pages and assets). */
  files: number;
  /** Single-file lessons written. */
  singles: number;
  /** Whether the one-page handbook was written. */
  handbook: boolean;
  problems: ExportProblem[];
}

/** Writes share `part` of `parts` of the export of the site read as `data` into `next`. */
function writeShare(data: SiteData, next: string, part = 0, parts = 1): ShareResult {
  const site = siteFrom(data);
  const mine = (_: unknown, i: number) => i % parts === part;
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

/** The whole export of `dist` into `next`, one share per core (at most four). */
export async function writeExport(dist: string, next: string, parts = Math.min(os.availableParallelism(), 4)): Promise<ShareResult> {
  // Read once (every page's head, to find the redirects), then handed to each share.
  const data = readSiteData(dist);
  const workers = Array.from({ length: parts - 1 }, (_, k) =>
    inWorker<ShareResult>(new URL(import.meta.url), { exportShare: [data, next, k + 1, parts] }),
  );
  // The main thread does its share meanwhile; a worker's failure still surfaces below.
  const shares = [writeShare(data, next, 0, parts), ...(await Promise.all(workers))];
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
  const [data, next, part, parts] = workerData.exportShare as [SiteData, string, number, number];
  parentPort?.postMessage(writeShare(data, next, part, parts));
}
