// `npm run export`: the handbook to read offline, from the site the build already made.
//   export/handbook/            the whole site, opened from disk (start at index.html)
//   export/handbook.zip         the same folder, zipped, to send or download
//   export/single/<lesson>.html each lesson as one self-contained file
//   export/single/handbook.html the whole handbook (the /print/ page) as one file
// It reuses dist/ and builds it first only when dist/ is missing or older than the lessons
// or the code: the export is a reading of the build, never a second build. It is its own
// command rather than a stage of `npm run build` because hosting needs none of it.
// LESSONBOOK_OUT (the built site, default dist) and LESSONBOOK_EXPORT (default export)
// let tests and the benchmark export their own builds.
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { root, run } from './lib/run.mjs';
import { writeExport } from './lib/export-parts.mjs';
import { zipFolder } from './lib/export-zip.mjs';

const dist = path.resolve(root, process.env.LESSONBOOK_OUT ?? 'dist');
const lessons = path.resolve(root, process.env.LESSONBOOK_LESSONS ?? 'lessons');
const out = path.resolve(root, process.env.LESSONBOOK_EXPORT ?? 'export');
const next = `${out}.next`;
const show = (/** @type {string} */ p) => path.relative(root, p) || '.';

/** The newest modification time under `p` (a file or a folder), in ms. */
function newest(p) {
  if (!existsSync(p)) return 0;
  const stat = statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(p).reduce((max, name) => Math.max(max, newest(path.join(p, name))), stat.mtimeMs);
}

const started = performance.now();
const builtAt = existsSync(path.join(dist, 'index.html')) ? statSync(path.join(dist, 'index.html')).mtimeMs : 0;
const changedAt = Math.max(newest(lessons), newest(path.join(root, 'src')), newest(path.join(root, 'astro.config.mjs')));
if (builtAt < changedAt) {
  console.log(builtAt ? `${show(dist)}/ is older than the lessons or the code: building it first …` : `No ${show(dist)}/ yet: building it first …`);
  if (run('node', ['scripts/build.mjs'], { env: { LESSONBOOK_OUT: dist } }) !== 0) process.exit(1);
} else console.log(`Reusing ${show(dist)}/ (built after the last change to the lessons and the code).`);

// No build lock: the export never runs Astro, and waiting for unrelated builds (the lock
// is per project) would only slow it. A build of this same dist/ finishing mid-export is
// caught below and named.
const t0 = performance.now();
rmSync(next, { recursive: true, force: true });
/** @type {import('./lib/export-parts.mjs').ShareResult} */
let exported;
try {
  exported = await writeExport(dist, next);
} catch (error) {
  rmSync(next, { recursive: true, force: true });
  if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
  console.error(`${show(dist)}/ changed while it was being exported (a build finished?): ${/** @type {Error} */ (error).message}\nRun the export again.`);
  process.exit(1);
}

const { problems } = exported;
if (problems.length > 0) {
  rmSync(next, { recursive: true, force: true });
  console.error(problems.map((p) => `${show(dist)}/${p.file}: ${p.url} ${p.reason}`).join('\n'));
  console.error(`\nExport stopped: ${problems.length} link(s) above lead nowhere. ${show(out)}/ was left as it was.`);
  process.exit(1);
}
const zipBytes = await zipFolder(path.join(next, 'handbook'), path.join(next, 'handbook.zip'));

rmSync(`${out}.old`, { recursive: true, force: true });
if (existsSync(out)) renameSync(out, `${out}.old`);
renameSync(next, out);
rmSync(`${out}.old`, { recursive: true, force: true });

const seconds = (/** @type {number} */ ms) => `${(ms / 1000).toFixed(2)} s`;
console.log(
  [
    `Exported ${exported.root} for reading offline, in ${seconds(performance.now() - t0)} (${seconds(performance.now() - started)} in all):`,
    `  ${show(out)}/handbook/      ${exported.pages} pages, ${exported.files} files: open index.html`,
    `  ${show(out)}/handbook.zip   ${(zipBytes / 1024).toFixed(1)} KB`,
    `  ${show(out)}/single/        ${exported.singles} lessons as single files${exported.handbook ? ', and handbook.html (every lesson)' : ''}`,
  ].join('\n'),
);
