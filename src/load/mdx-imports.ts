/**
 * What an MDX lesson imports, checked before the build: `import Note from './Note.astro'`
 * naming a file that is not there, or a package that is not installed, stops Astro's bundler
 * with "Could not resolve"; the check names the lesson's line and the fix instead.
 *
 * Resolution follows what Vite does for a lesson closely enough to be sure, and no further:
 * a relative path is tried as written, with the extensions Vite tries, and as a folder's
 * index; a package name is looked for in node_modules up from the lesson. Anything the
 * project may resolve its own way (an alias from tsconfig.json `paths`, `astro:*` modules,
 * absolute paths from the project root) is left to the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isFile } from './files.ts';
import type { LessonIssue } from './issues.ts';
import type { EsmBlock } from './mdx-scope.ts';

/** What Vite tries after a path without an extension (its default `resolve.extensions`, and Astro's). */
const EXTENSIONS = ['.mjs', '.js', '.mts', '.ts', '.jsx', '.tsx', '.json', '.astro', '.mdx', '.md', '.svelte', '.vue'];

function relativeExists(from: string, spec: string): boolean {
  const target = path.resolve(path.dirname(from), spec.replace(/[?#].*$/, ''));
  if (isFile(target)) return true;
  if (EXTENSIONS.some((ext) => isFile(target + ext))) return true;
  return EXTENSIONS.some((ext) => isFile(path.join(target, `index${ext}`)));
}

/** The package a bare specifier names: `lodash/get` → lodash, `@acme/ui/Note.astro` → @acme/ui. */
const packageOf = (spec: string) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/');

function packageInstalled(from: string, name: string): boolean {
  for (let dir = path.dirname(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'node_modules', name, 'package.json'))) return true;
    if (path.dirname(dir) === dir) return false;
  }
}

/** Whether the nearest tsconfig.json up from the lesson declares import aliases (`paths`): then bare names may be its own. */
function hasAliases(from: string): boolean {
  for (let dir = path.dirname(from); ; dir = path.dirname(dir)) {
    const tsconfig = path.join(dir, 'tsconfig.json');
    if (existsSync(tsconfig)) return /"paths"\s*:/.test(readFileSync(tsconfig, 'utf8'));
    if (existsSync(path.join(dir, 'package.json')) || path.dirname(dir) === dir) return false;
  }
}

/** The module names a block imports or re-exports from, with the line of each. */
function importsOf({ program, line }: EsmBlock): { spec: string; line: number | undefined }[] {
  const found: { spec: string; line: number | undefined }[] = [];
  for (const statement of program.body) {
    const source = 'source' in statement ? statement.source : undefined;
    if (!source || typeof source.value !== 'string') continue;
    found.push({ spec: source.value, line: line !== undefined && statement.loc ? line + statement.loc.start.line - 1 : line });
  }
  return found;
}

/** Problems with what the lesson at `file` (an absolute path) imports. */
export function checkImports(blocks: readonly EsmBlock[], file: string): LessonIssue[] {
  const issues: LessonIssue[] = [];
  let aliases: boolean | undefined;
  for (const { spec, line } of blocks.flatMap(importsOf)) {
    if (spec.startsWith('./') || spec.startsWith('../')) {
      if (relativeExists(file, spec)) continue;
      issues.push({ line, field: `import "${spec}"`, message: `there is no file ${spec} beside this lesson; correct the path (it is relative to the lesson's own folder), or add the file` });
    } else if (!/^[a-z0-9@][^:]*$/i.test(spec) || spec.startsWith('/')) {
      continue; // astro:content, node:fs, absolute paths: the project's own business
    } else if (!packageInstalled(file, packageOf(spec)) && !(aliases ??= hasAliases(file))) {
      const name = packageOf(spec);
      issues.push({ line, field: `import "${spec}"`, message: `the package ${name} is not installed; run npm install ${name}, or correct the name` });
    }
  }
  return issues;
}
