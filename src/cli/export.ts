/**
 * `lessonbook export`: the handbook to read offline, from the site the build already made.
 *   export/handbook/            the whole site, opened from disk (start at index.html)
 *   export/handbook.zip         the same folder, zipped, to send or download
 *   export/single/<lesson>.html each lesson as one self-contained file
 *   export/single/handbook.html the whole handbook (the /print/ page) as one file; for a
 *                               handbook printed in volumes, handbook-volume-<n>.html, one file
 *                               per volume (/print/<n>/)
 * It reuses dist/ and builds it first only when dist/ is missing or older than the lessons
 * or the project's files: the export is a reading of the build, never a second build. It is
 * its own command rather than part of the build because hosting needs none of it.
 * `--dist <folder>` and `--out <folder>` read and write elsewhere; `--lessons <folder>` names
 * the lessons folder when astro.config.mjs does not (./project.ts). It lists, page by page, what
 * needs the network (remote images, iframes); `--with-remote` downloads the remote images into
 * the copy, keeping them in .lessonbook/remote-cache/ for the next run.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { exportSite, type ExportResult } from '../export/index.ts';
import { REMOTE_CACHE, REMOTE_DIR } from '../export/remote.ts';
import { lessonsFolder, option } from './project.ts';
import { runTool } from './tools.ts';

/** The newest modification time under `p` (a file or a folder), in ms. */
function newest(p: string): number {
  if (!existsSync(p)) return 0;
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(p).reduce((max, name) => Math.max(max, newest(path.join(p, name))), stat.mtimeMs);
}

export async function exportCommand(args: string[], root = process.cwd()): Promise<number> {
  const dist = path.resolve(root, option(args, 'dist') ?? 'dist');
  const out = path.resolve(root, option(args, 'out') ?? 'export');
  const show = (p: string) => path.relative(root, p) || '.';

  const started = performance.now();
  const builtAt = existsSync(path.join(dist, 'index.html')) ? statSync(path.join(dist, 'index.html')).mtimeMs : 0;
  const sources = [await lessonsFolder(root, option(args, 'lessons')), 'src', 'public', 'astro.config.mjs', 'package.json'].map((p) => path.join(root, p));
  if (builtAt < Math.max(...sources.map(newest))) {
    console.log(builtAt ? `${show(dist)}/ is older than the lessons or the project: building it first …` : `No ${show(dist)}/ yet: building it first …`);
    if (runTool('astro', ['build', '--outDir', dist], root) !== 0) return 1;
  } else console.log(`Reusing ${show(dist)}/ (built after the last change to the lessons and the project).`);

  const withRemote = args.includes('--with-remote');
  const result = await exportSite(dist, out, withRemote ? { remoteCache: path.join(root, REMOTE_CACHE) } : {});
  if ('problems' in result) {
    console.error(result.problems.map((p) => `${show(dist)}/${p.file}: ${p.url} ${p.reason}`).join('\n'));
    console.error(`\nExport stopped: ${result.problems.length} link(s) above lead nowhere. ${show(out)}/ was left as it was.`);
    return 1;
  }
  if ('changed' in result) {
    console.error(`${show(dist)}/ changed while it was being exported (a build finished?): ${result.changed}\nRun the export again.`);
    return 1;
  }
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(
    [
      `Exported ${result.root} for reading offline, in ${seconds(result.ms)} (${seconds(performance.now() - started)} in all):`,
      `  ${show(out)}/handbook/      ${result.pages} pages, ${result.files} files: open index.html`,
      `  ${show(out)}/handbook.zip   ${(result.zipBytes / 1024).toFixed(1)} KB`,
      `  ${show(out)}/single/        ${result.singles} lessons as single files${wholeHandbook(result)}`,
    ].join('\n'),
  );
  console.log(remoteReport(result, show(out), show(path.join(root, REMOTE_CACHE))));
  return 0;
}

/** What single/ holds of the whole handbook, after its lessons. */
function wholeHandbook(result: { handbook: boolean; volumes: number }): string {
  if (result.volumes > 0) return `, and handbook-volume-1.html to handbook-volume-${result.volumes}.html (every lesson, in ${result.volumes} volumes)`;
  return result.handbook ? ', and handbook.html (every lesson)' : '';
}

/**
 * What the copy shows only with the network, page by page: remote images (unless
 * --with-remote downloaded them) and iframes (links in the copy); and what --with-remote did.
 */
function remoteReport(result: Extract<ExportResult, { pages: number }>, out: string, cache: string): string {
  const downloaded = result.downloaded;
  const lines: string[] = [];
  if (downloaded) {
    const count = Object.keys(downloaded.files).length;
    lines.push(`Downloaded ${count} remote image(s) into ${out}/handbook/${REMOTE_DIR}/ and the single files (${downloaded.cached} from the cache, ${cache}/).`);
    for (const { url, reason } of downloaded.failed) lines.push(`  could not download ${url}: ${reason}; the pages keep its remote URL`);
  }
  const pages = result.remote
    .map(({ page, images, iframes }) => ({ page, images: images.filter((url) => !downloaded?.files[url]), iframes }))
    .filter(({ images, iframes }) => images.length + iframes.length > 0);
  if (pages.length === 0) {
    if (!downloaded) lines.push('Nothing in the copy needs the network: no remote images, no iframes.');
    return lines.join('\n');
  }
  lines.push(`Needs the network to show, by page of ${out}/handbook/ (the single files hold the same):`);
  for (const { page, images, iframes } of pages) {
    lines.push(`  ${page}:`);
    for (const url of images) lines.push(`    remote image ${url}`);
    for (const url of iframes) lines.push(`    iframe ${url} (a link in the copy)`);
  }
  if (!downloaded && pages.some((p) => p.images.length > 0)) lines.push('`lessonbook export --with-remote` downloads the remote images into the copy.');
  return lines.join('\n');
}
