/**
 * The export's page work, spread over the machine's cores: every lesson page is parsed and
 * rewritten twice (the offline copy, the single file). The site's heads are read once (its
 * files, which pages only redirect); then each thread — the main thread and one worker
 * thread per other core — takes the next page no thread has taken, reads it once and writes
 * both of its copies, and makes what it inlines of a stylesheet, script or image once
 * (./reads.ts). The main thread also copies the assets. Threads write different files, so
 * they never collide.
 *
 * The whole handbook as one file is the one-page handbook's (single/handbook.html); a
 * handbook printed in volumes (src/load/volumes.ts) gets one file per volume instead
 * (single/handbook-volume-<n>.html), linked to each other.
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { inWorker } from '../write/worker.ts';
import { copyAssets, offlinePage, type ExportProblem } from './offline.ts';
import { readsOf } from './reads.ts';
import { downloadImages, REMOTE_DIR, remoteImagesOf, type Downloaded, type RemoteContent, type RemoteFiles } from './remote.ts';
import { isLessonFile, PRINT_FILE, printVolumeOf } from '../contract/index.ts';
import { singleFile } from './single.ts';
import { readSiteData, siteFrom, type Site, type SiteData } from './site.ts';

export interface ThreadResult {
  /** The hosted URL of the site. */
  root: string;
  /** Offline pages written. */
  pages: number;
  /** Offline files written (pages and assets). */
  files: number;
  /** Single-file lessons written. */
  singles: number;
  /** Whether the one-page handbook was written, as handbook.html. */
  handbook: boolean;
  /** How many volumes of the printed handbook were written, as handbook-volume-<n>.html (none when it prints on one page). */
  volumes: number;
  problems: ExportProblem[];
  /** The pages of the offline copy that name remote images or iframes, and which. */
  remote: RemoteContent[];
}

/**
 * One thread's work on the export of the site read as `data` into `next`: with `assets`, the
 * offline copy's files other than pages; then page after page of `pages`, the next one not
 * taken yet by any thread (`taken` counts them, for all threads), its offline copy and, of a
 * lesson's page (not a part's), the one-page handbook's or a volume's, its single file too, both from one read.
 */
function writeThreadPages(data: SiteData, next: string, pages: string[], taken: Int32Array, assets: boolean, remoteFiles: RemoteFiles): ThreadResult {
  const site = siteFrom(data);
  const reads = readsOf(site.dir);
  const problems: ExportProblem[] = [];
  const remote: RemoteContent[] = [];
  const handbookDir = path.join(next, 'handbook');
  const remoteImages = { files: remoteFiles, dir: path.join(handbookDir, REMOTE_DIR) };
  const single = path.join(next, 'single');
  mkdirSync(single, { recursive: true });
  const made = new Set<string>();
  const write = (file: string, html: string) => {
    const folder = path.dirname(file);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    writeFileSync(file, html);
  };
  /** A page's copy or the assets, with its problems kept for the thread's. */
  const keep = <T extends { problems: ExportProblem[] }>(result: T): T => {
    problems.push(...result.problems);
    return result;
  };

  const copied = assets ? keep(copyAssets(site, handbookDir)).files : 0;
  let written = 0;
  let singles = 0;
  let handbook = false;
  let volumes = 0;
  // In volumes, /print/ lists them and holds no lesson: no whole-handbook file of its own.
  const inVolumes = pages.some((file) => printVolumeOf(file) !== undefined);
  for (let at = Atomics.add(taken, 0, 1); at < pages.length; at = Atomics.add(taken, 0, 1)) {
    const file = pages[at]!;
    const source = reads.read(file).toString('utf8');
    const offline = keep(offlinePage(site, file, source, reads, remoteFiles));
    write(path.join(handbookDir, file), offline.html);
    if (offline.remote.images.length + offline.remote.iframes.length > 0) remote.push(offline.remote);
    written++;
    const volume = printVolumeOf(file);
    if (isLessonFile(file) && !offline.part) {
      write(path.join(single, `${path.posix.basename(path.posix.dirname(file))}.html`), keep(singleFile(site, file, source, reads, 'one lesson', remoteImages)).html);
      singles++;
    } else if (file === PRINT_FILE && !inVolumes) {
      write(path.join(single, 'handbook.html'), keep(singleFile(site, file, source, reads, 'the whole handbook', remoteImages)).html);
      handbook = true;
    } else if (volume !== undefined) {
      const html = singleFile(site, file, source, reads, `volume ${volume} of the whole handbook`, remoteImages, volumeFile);
      write(path.join(single, volumeFile(file)!), keep(html).html);
      volumes++;
    }
  }
  return { root: site.root.href, pages: written, files: written + copied, singles, handbook, volumes, problems, remote };
}

/** The single file of a volume of the printed handbook (`print/2/index.html` → `handbook-volume-2.html`); undefined for any other page. */
export function volumeFile(file: string): string | undefined {
  const n = printVolumeOf(file);
  return n === undefined ? undefined : `handbook-volume-${n}.html`;
}

export interface ExportOptions {
  /** With `--with-remote`: the folder remote images are downloaded into and kept between runs. */
  remoteCache?: string;
}

/**
 * The pages of `site`, heaviest first: a page costs about its size, twice over when it also
 * has a single file. Taken in this order, the one-page handbook (as big as hundreds of
 * lessons) is begun first, and the pages left when a thread runs out are small ones, so the
 * threads end together.
 */
function heaviestFirst(site: Site): string[] {
  const weight = new Map(
    site.pages().map((file) => [file, statSync(path.join(site.dir, file)).size * (isLessonFile(file) || file === PRINT_FILE || printVolumeOf(file) !== undefined ? 2 : 1)]),
  );
  return [...weight.keys()].sort((a, b) => weight.get(b)! - weight.get(a)!);
}

/** The whole export of `dist` into `next`, one thread per core (at most four). */
export async function writeExport(dist: string, next: string, options: ExportOptions = {}, threads = Math.min(os.availableParallelism(), 4)): Promise<ThreadResult & { downloaded?: Downloaded }> {
  // Read once (every page's head, to find the redirects), then handed to each share.
  const data = readSiteData(dist);
  // --with-remote: the remote images are downloaded before any page is written, so each names its copy.
  const downloaded = options.remoteCache ? await downloadImages(remoteImagesOf(siteFrom(data)), options.remoteCache, path.join(next, 'handbook')) : undefined;
  const remoteFiles = downloaded?.files ?? {};
  const pages = heaviestFirst(siteFrom(data));
  const taken = new Int32Array(new SharedArrayBuffer(4));
  const workers = Array.from({ length: Math.min(threads, pages.length) - 1 }, () =>
    inWorker<ThreadResult>(new URL(import.meta.url), { exportThread: [data, next, pages, taken, remoteFiles] }),
  );
  // The main thread copies the assets while the workers start, then takes pages with them.
  // Whichever thread fails, the export waits for the others to stop before it fails, so none
  // is still writing into `next` when it is cleared away.
  let mine: ThreadResult;
  try {
    mine = writeThreadPages(data, next, pages, taken, true, remoteFiles);
  } catch (error) {
    Atomics.store(taken, 0, pages.length); // no pages left: the workers stop after the one they are on
    await Promise.allSettled(workers);
    throw error;
  }
  const results = [mine];
  for (const theirs of await Promise.allSettled(workers)) {
    if (theirs.status === 'rejected') throw theirs.reason;
    results.push(theirs.value);
  }
  const all = results.reduce((all, s) => ({
    root: all.root,
    pages: all.pages + s.pages,
    files: all.files + s.files,
    singles: all.singles + s.singles,
    handbook: all.handbook || s.handbook,
    volumes: all.volumes + s.volumes,
    problems: [...all.problems, ...s.problems],
    remote: [...all.remote, ...s.remote],
  }));
  // Each thread tells a stylesheet's problems once: told once in all, however many threads.
  const problems = new Map(all.problems.map((p) => [`${p.file}\n${p.url}\n${p.reason}`, p]));
  all.remote.sort((a, b) => a.page.localeCompare(b.page));
  return { ...all, problems: [...problems.values()], ...(downloaded ? { downloaded } : {}) };
}

if (!isMainThread && workerData?.exportThread) {
  const [data, next, pages, taken, remoteFiles] = workerData.exportThread as [SiteData, string, string[], Int32Array, RemoteFiles];
  parentPort?.postMessage(writeThreadPages(data, next, pages, taken, false, remoteFiles));
}
