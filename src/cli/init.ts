/**
 * `lessonbook init [folder]`: starts a handbook in a folder (the current one by default):
 * package.json scripts, an astro.config.mjs of a few lines, the one file Astro insists on
 * (src/content.config.ts), lessons/ with a starter lesson and the handbook's settings, and
 * public/favicon.svg. Never overwrites a file: run in an existing project, it adds what is
 * missing. Then makes sure a Node.js new enough for Astro runs the project's scripts.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ASTRO_NODE, ensureNode } from './node-runtime.js';
import { ASTRO_CONFIG, CONTENT_CONFIG, FAVICON, GITIGNORE, settingsTemplate, starterLesson } from './templates.ts';

/** What `npm run <name>` does in a handbook. */
const SCRIPTS: Record<string, string> = {
  dev: 'astro dev',
  start: 'astro build && astro preview',
  build: 'astro build',
  preview: 'astro preview',
  check: 'lessonbook check',
  baseline: 'lessonbook baseline',
  new: 'lessonbook new',
  export: 'lessonbook export',
  // A fresh clone gets a Node.js new enough for Astro on `npm install` (src/cli/node-runtime.js).
  postinstall: 'lessonbook setup',
};

interface PackageJson {
  name?: string;
  private?: boolean;
  type?: string;
  scripts?: Record<string, string>;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  [key: string]: unknown;
}

/** This package's own version, for a project that does not list it yet. */
function ownVersion(): string {
  const own = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return own.version;
}

export function init(args: string[]): number {
  const root = path.resolve(args.find((a) => !a.startsWith('--')) ?? '.');
  mkdirSync(root, { recursive: true });
  const written: string[] = [];
  const kept: string[] = [];
  const write = (file: string, text: string) => {
    const full = path.join(root, file);
    if (existsSync(full)) return void kept.push(file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
    written.push(file);
  };

  const pkgFile = path.join(root, 'package.json');
  const pkg: PackageJson = existsSync(pkgFile) ? (JSON.parse(readFileSync(pkgFile, 'utf8')) as PackageJson) : {};
  const name = path.basename(root).toLowerCase().replace(/[^a-z0-9._-]+/g, '-').replace(/^[._-]+/, '') || 'handbook';
  // "type" is the project's own: every file init writes is an ES module by its extension
  // (astro.config.mjs) or read by Astro (src/content.config.ts), so `npm init -y`'s
  // "type": "commonjs" works as well as "module", which init adds when there is none.
  const updated: PackageJson = { name, private: true, type: 'module', ...pkg, scripts: { ...SCRIPTS, ...pkg.scripts } };
  if (!pkg.dependencies?.lessonbook && !pkg.devDependencies?.lessonbook) {
    updated.dependencies = { ...pkg.dependencies, lessonbook: `^${ownVersion()}` };
  }
  writeFileSync(pkgFile, `${JSON.stringify(updated, null, 2)}\n`);
  written.push('package.json (scripts)');

  write('astro.config.mjs', ASTRO_CONFIG);
  write('src/content.config.ts', CONTENT_CONFIG);
  write('lessons/handbook.json', settingsTemplate('Our Handbook'));
  write('lessons/how-to-write-a-lesson.mdx', starterLesson());
  write('public/favicon.svg', FAVICON);
  write('.gitignore', GITIGNORE);

  console.log(`Lessonbook: a handbook in ${path.relative(process.cwd(), root) || '.'}/`);
  for (const file of written) console.log(`  wrote ${file}`);
  for (const file of kept) console.log(`  kept  ${file} (already there)`);
  const problem = ensureNode(root, ASTRO_NODE);
  if (problem) console.error(`\n${problem}`);
  console.log(
    [
      '',
      'Next:',
      '  npm run build    builds the handbook into dist/ (the lessons are checked first)',
      '  npm start        builds it and serves it at http://localhost:4321/',
      '  npm run dev      a live preview while you write',
      '  npm run new -- "Lesson title"   starts a lesson',
      '  npm run export   the offline copy, in export/',
      "Set `site` in astro.config.mjs to where the handbook will be hosted, and the title in lessons/handbook.json.",
    ].join('\n'),
  );
  return problem ? 1 : 0;
}
