// The benchmark's projects, in a private temporary folder:
//
//   <tmp>/site/                       a copy of the working tree: the code under test
//   <tmp>/site-<engine>-<format>/     a handbook project as a team has one (what `lessonbook
//                                     init` writes): astro.config.mjs with the integration
//                                     from <tmp>/site/src/index.ts and the chosen Markdown
//                                     engine, src/content.config.ts re-exporting the collection
//                                     of <tmp>/site/src/collection/index.ts, public/, lessons/
//   <tmp>/floor-<format>/             bare Astro on the same lessons (scripts/bench/floor/)
//
// Why copies: Astro keeps per-project state in `<root>/.astro/` (the list of content
// modules) and `<root>/node_modules/.astro/` (the content data store), and Vite its cache in
// `<root>/node_modules/.vite/`; none of them can be moved by configuration. A 10,000-lesson
// build in the working tree would overwrite the state of anyone else's build or test run
// there (and theirs would overwrite ours), and deleting it for a cold run would pull it from
// under them. So the benchmark copies the working tree's files as they are now (the pipeline
// every user runs, with whatever features it has today), and gives every project a
// node_modules folder of links to the installed packages: same code, same packages, caches
// of its own.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeHandbookProject } from '../lib/handbook-project.ts';
import { root } from '../lib/run.mjs';

// Per-project caches inside node_modules that must stay private to each project.
const PRIVATE = new Set(['.astro', '.vite', '.vite-temp', '.cache']);

/** A node_modules folder whose entries link to the repository's installed packages. */
function linkPackages(into) {
  const source = path.join(root, 'node_modules');
  const target = path.join(into, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(source)) {
    if (PRIVATE.has(name)) continue;
    // A copy, not a link: the set-up stamp, so installs in the working tree during a run
    // cannot make anything here think it is out of date.
    if (name === '.lessonbook-installed') cpSync(path.join(source, name), path.join(target, name));
    else symlinkSync(path.join(source, name), path.join(target, name));
  }
}

const git = (args) => execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 }).split('\0').filter(Boolean);

/**
 * The project's files as they are in the working tree: tracked and new, not ignored; and the
 * source files git ignores (`ignoredCode`), which the copy gets too, since the working tree
 * builds with them (but a commit would leave them out: worth a warning).
 */
function projectFiles() {
  try {
    const files = git(['ls-files', '--cached', '--others', '--exclude-standard', '-z']).filter((file) => !file.startsWith('bench-results/'));
    const ignoredCode = git(['ls-files', '--others', '--ignored', '--exclude-standard', '-z', '--', 'src/']);
    return { files: [...files, ...ignoredCode], ignoredCode };
  } catch {
    return undefined; // not a git checkout: copy the folder minus what git would ignore
  }
}

const SKIP_WITHOUT_GIT = new Set(['node_modules', 'dist', 'dist.next', 'export', '.astro', '.git', '.lessonbook', 'lib', 'test-results', 'playwright-report', 'bench-results']);

/**
 * Copies the working tree into `<dir>/site` (the code under test); returns that folder and
 * the source files in it that git ignores.
 */
export function copyProject(dir) {
  const site = path.join(dir, 'site');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  const listed = projectFiles();
  if (listed) {
    for (const file of listed.files) {
      const from = path.join(root, file);
      if (existsSync(from)) cpSync(from, path.join(site, file), { recursive: true });
    }
  } else {
    cpSync(root, site, {
      recursive: true,
      filter: (from) => !SKIP_WITHOUT_GIT.has(path.basename(from)) || path.dirname(from) !== root,
    });
  }
  linkPackages(site);
  return { site, ignoredCode: listed?.ignoredCode ?? [] };
}

/**
 * A handbook project `<dir>/site-<engine>-<format>` using the code of `site` (a copyProject
 * folder), with an empty lessons/ (the benchmark writes the lessons of each size there).
 */
export function makeHandbookProject(dir, site, { engine, format }) {
  const project = path.join(dir, `site-${engine}-${format}`);
  rmSync(project, { recursive: true, force: true });
  mkdirSync(path.join(project, 'lessons'), { recursive: true });
  writeHandbookProject(project, site, { engine });
  linkPackages(project);
  return project;
}

/**
 * The floor for `format`: `<dir>/floor-<format>`, scripts/bench/floor/<format>/ (its
 * astro.config.mjs and src/content.config.ts) with the shared page template
 * scripts/bench/floor/pages/ as src/pages/, and an empty lessons/.
 */
export function makeFloor(dir, format) {
  const floor = path.join(dir, `floor-${format}`);
  const source = path.join(root, 'scripts', 'bench', 'floor');
  rmSync(floor, { recursive: true, force: true });
  cpSync(path.join(source, format), floor, { recursive: true });
  cpSync(path.join(source, 'pages'), path.join(floor, 'src', 'pages'), { recursive: true });
  mkdirSync(path.join(floor, 'lessons'));
  writeFileSync(path.join(floor, 'package.json'), '{ "private": true, "type": "module" }\n');
  linkPackages(floor);
  return floor;
}

/**
 * The Starlight anchor for `format`: `<dir>/starlight-<format>`, scripts/bench/starlight/ (its
 * astro.config.mjs and content config) with an empty lessons/, and Starlight installed into
 * it from the npm registry by npm itself, beside the same version of Astro this repository
 * builds with (so the comparison is of the two sites, not of two Astros). Only `.md`: Starlight
 * reads `.mdx` with an MDX integration of its own choosing.
 */
export function makeStarlight(dir, format) {
  const project = path.join(dir, `starlight-${format}`);
  rmSync(project, { recursive: true, force: true });
  cpSync(path.join(root, 'scripts', 'bench', 'starlight'), project, { recursive: true });
  mkdirSync(path.join(project, 'lessons'));
  const astro = JSON.parse(readFileSync(path.join(root, 'node_modules', 'astro', 'package.json'), 'utf8')).version;
  writeFileSync(path.join(project, 'package.json'), `${JSON.stringify({ private: true, type: 'module', dependencies: { astro, '@astrojs/starlight': STARLIGHT } }, null, 2)}\n`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project, stdio: ['ignore', 'inherit', 'inherit'] });
  return project;
}

/** The Starlight release the anchor installs. */
export const STARLIGHT = '0.42.9';

/**
 * Where what a previous build left goes: moved aside, not deleted, until the benchmark ends.
 * On these machines' file system (ext4 mounted with `discard`) creating files right after
 * deleting many runs up to ten times slower, for tens of seconds: 7,000 small files took 0.4 s
 * of system time before a delete and 3 s after it. Deleting between runs would measure that,
 * and bill it to whichever build writes the most files.
 */
let moved = 0;
export function putAside(from, trash) {
  if (!existsSync(from)) return;
  mkdirSync(trash, { recursive: true });
  renameSync(from, path.join(trash, String(moved++)));
}

/** Forgets everything a previous build of `projectRoot` left behind, so the next is cold. */
export function clearCaches(projectRoot, trash) {
  for (const cache of ['.astro', 'node_modules/.astro', 'node_modules/.vite']) putAside(path.join(projectRoot, cache), trash);
}

/** Moves aside what a previous build and export of `projectRoot` wrote. */
export function clearOutput(projectRoot, trash) {
  for (const out of ['dist', 'dist.next', 'dist.old', 'export', 'export.next', 'export.old']) putAside(path.join(projectRoot, out), trash);
}
