// Runs a project tool (astro, vitest, playwright, …) the way npm scripts do: with
// node_modules/.bin first on PATH, so tools get the project's own Node.js 24 even when
// a script was started with an older system Node.js.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** This repository's node_modules/.bin: its tools, and the `node` scripts/setup.mjs links there. */
export const bin = path.join(root, 'node_modules', '.bin');

/** PATH with `<project>/node_modules/.bin` first (this repository's by default), as npm scripts have it. */
export function toolPath(project = root) {
  return `${path.join(project, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`;
}

/** The environment a tool runs in: ours, with the project's bin folder first on PATH. */
export function toolEnv(extra = {}) {
  return { ...process.env, PATH: toolPath(), ...extra };
}

/** Runs a command to completion with inherited output; returns its exit status. */
export function run(command, args, { env = {}, cwd = root, quiet = false } = {}) {
  const result = spawnSync(command, args, { cwd, stdio: quiet ? 'pipe' : 'inherit', env: toolEnv(env) });
  if (result.error) {
    console.error(`could not start ${command}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}
