// Private copies of the handbook project and of the floor project for the benchmark.
//
// Why copies: Astro keeps per-project state in `<root>/.astro/` (the list of content
// modules) and `<root>/node_modules/.astro/` (the content data store), and neither place
// can be moved by configuration. A 10,000-lesson build in the working tree would overwrite
// the state of anyone else's build or test run there (and theirs would overwrite ours), and
// deleting it for a cold run would pull it from under them. So the benchmark copies the
// working tree's files as they are now (the pipeline every user runs, with whatever
// features it has today) into a temporary folder and gives it a node_modules folder of
// links to the installed packages: same code, same packages, its own caches.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { root } from '../lib/run.mjs';

// Per-project caches inside node_modules that must stay private to each copy.
const PRIVATE = new Set(['.astro', '.vite', '.cache']);

/** A node_modules folder whose entries link to the project's installed packages. */
function linkPackages(into) {
  const source = path.join(root, 'node_modules');
  const target = path.join(into, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(source)) {
    if (PRIVATE.has(name)) continue;
    // setup.mjs (run by `npm run export`) compares this stamp with the copy's lock file: a
    // copy, not a link, so installs in the working tree during a run cannot start one here.
    if (name === '.lessonbook-installed') cpSync(path.join(source, name), path.join(target, name));
    else symlinkSync(path.join(source, name), path.join(target, name));
  }
}

/** The project's files as they are in the working tree: tracked and new, not ignored. */
function projectFiles() {
  try {
    const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    return listed.split('\0').filter((file) => file && !file.startsWith('bench-results/'));
  } catch {
    return undefined; // not a git checkout: copy the folder minus what git would ignore
  }
}

const SKIP_WITHOUT_GIT = new Set(['node_modules', 'dist', '.astro', '.git', '.lessonbook', 'test-results', 'playwright-report', 'bench-results']);

/** Copies the handbook project into `<dir>/site`; returns that folder. */
export function copyProject(dir) {
  const site = path.join(dir, 'site');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  const files = projectFiles();
  if (files) {
    for (const file of files) {
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
  return site;
}

/** Copies the floor (scripts/bench/floor: config and src only) into `<dir>/floor`. */
export function copyFloor(dir) {
  const floor = path.join(dir, 'floor');
  const source = path.join(root, 'scripts', 'bench', 'floor');
  rmSync(floor, { recursive: true, force: true });
  mkdirSync(floor, { recursive: true });
  cpSync(path.join(source, 'astro.config.mjs'), path.join(floor, 'astro.config.mjs'));
  cpSync(path.join(source, 'src'), path.join(floor, 'src'), { recursive: true });
  linkPackages(floor);
  return floor;
}

/** Forgets everything a previous build of `projectRoot` left behind, so the next is cold. */
export function clearCaches(projectRoot) {
  for (const cache of ['.astro', 'node_modules/.astro', 'node_modules/.vite']) {
    rmSync(path.join(projectRoot, cache), { recursive: true, force: true });
  }
}
