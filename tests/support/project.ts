/**
 * A handbook project of a test's own, built and exported as a team's is: a folder with an
 * astro.config.mjs of a few lines, the src/content.config.ts Astro insists on, lessons/ and
 * public/ — the files `lessonbook init` writes (scripts/lib/handbook-project.ts, which the
 * benchmark's projects share) — importing the integration and collection from this
 * repository's src/, the code under test. It lives inside the repository (in
 * .lessonbook/projects/) so its imports resolve to this repository's node_modules, and each
 * has its own .astro/ state, so tests build side by side.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import { writeHandbookProject, type HandbookOptions } from '../../scripts/lib/handbook-project.ts';
import { bin, root as repoRoot, toolPath } from '../../scripts/lib/run.mjs';

/** This repository. */
export const repo = repoRoot;

export interface ProjectOptions extends HandbookOptions {
  /** A lessons folder to copy in as the project's lessons/ (or its `lessonsFolder`). */
  lessons: string;
  /** The source tree whose src/ the project builds and exports with (default: this repository). */
  code?: string;
}

export interface Project {
  root: string;
  lessons: string;
  /** The built site: <root>/dist. */
  dist: string;
  /** The offline copy: <root>/export. */
  exported: string;
  /** `astro build` in the project; its exit status and output. */
  build(): Run;
  /** `lessonbook export` in the project. */
  export(): Run;
  /** `lessonbook <args>` in the project. */
  lessonbook(...args: string[]): Run;
}

export interface Run {
  status: number;
  output: string;
}

/** The environment a person's terminal has: not Vitest's own variables (NODE_ENV=test, MODE, BASE_URL, …). */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const vitestOwn = new Set(['NODE_ENV', 'TEST', 'MODE', 'BASE_URL', 'DEV', 'PROD', 'SSR']);
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !vitestOwn.has(k) && !k.startsWith('VITEST')));
  return { ...env, PATH: toolPath(), ...extra };
}

function run(command: string, args: string[], cwd: string): Run {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: cleanEnv({ FORCE_COLOR: '0', NO_COLOR: '1' }) });
  return { status: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
}

/** Makes a project named after `name` (a fresh folder each time). */
export function makeProject(name: string, options: ProjectOptions): Project {
  const parent = path.join(repo, '.lessonbook', 'projects');
  mkdirSync(parent, { recursive: true });
  const root = mkdtempSync(path.join(parent, `${name}-`));
  const lessons = path.join(root, options.lessonsFolder ?? 'lessons');
  cpSync(options.lessons, lessons, { recursive: true });
  const code = options.code ?? repo;
  writeHandbookProject(root, code, options);
  const cli = path.join(code, 'src', 'cli', 'main.ts');
  return {
    root,
    lessons,
    dist: path.join(root, 'dist'),
    exported: path.join(root, 'export'),
    build: () => run(path.join(bin, 'astro'), ['build'], root),
    export: () => run(path.join(bin, 'node'), [cli, 'export'], root),
    lessonbook: (...args) => run(path.join(bin, 'node'), [cli, ...args], root),
  };
}

/** A project built once, for tests that read its output; throws with the build's output when it fails. */
export function builtProject(name: string, options: ProjectOptions): Project {
  const project = makeProject(name, options);
  const built = project.build();
  if (built.status !== 0) throw new Error(`the ${name} project did not build:\n${built.output}`);
  return project;
}
