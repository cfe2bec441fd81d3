// @ts-check
/**
 * A Node.js new enough for Astro, from nothing but the system's. Astro 7 needs 22.12 or
 * newer. A system Node.js that new is used as it is (nothing to download). An older one gets
 * Node.js 24 from the npm registry (the `node-<platform>-<arch>` package, the official
 * binary) in `.lessonbook/node`, linked as `node_modules/.bin/node`: npm scripts put that
 * folder first on PATH, so `astro` and every other tool then runs on it. The system Node.js
 * is untouched.
 *
 * Plain JavaScript on purpose: it runs before anything else works, on whatever Node.js the
 * machine has (this repository's own set-up script uses it too).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The Node.js fetched when the system's is too old. */
const PINNED_NODE = '24.21.0';

/**
 * The oldest Node.js Astro runs on, major and minor: what every command checks for.
 * @type {[number, number]}
 */
export const ASTRO_NODE = [22, 12];

/**
 * Whether `version` (such as `v22.18.0`) is at least `minimum`.
 * @param {string} version
 * @param {[number, number]} minimum major and minor
 */
export function atLeast(version, [major, minor]) {
  const [a = 0, b = 0] = version.replace(/^v/, '').split('.').map(Number);
  return a > major || (a === major && b >= minor);
}

/**
 * Makes sure `<root>/node_modules/.bin/node` is a Node.js at least `minimum`, unless the
 * running one is. Returns a message for the reader when it could not, else undefined.
 * @param {string} root the project folder (it holds node_modules)
 * @param {[number, number]} minimum major and minor
 * @param {(line: string) => void} [say] where progress is reported
 * @returns {string | undefined}
 */
export function ensureNode(root, minimum, say = (line) => console.log(line)) {
  const linked = path.join(root, 'node_modules', '.bin', 'node');
  if (atLeast(process.version, minimum) && !existsSync(linked)) return undefined;
  if (works(linked, minimum)) return undefined; // a broken link is made again below
  const name = `node-${process.platform}-${process.arch}`;
  const prefix = path.join(root, '.lessonbook', 'node');
  const binary = path.join(prefix, 'node_modules', name, 'bin', 'node');
  if (works(binary, minimum)) return link(binary, root);
  say(`Node.js ${process.version} is too old for Astro (it needs ${minimum.join('.')} or newer); installing Node.js ${PINNED_NODE} (${name}) into .lessonbook/node for this project …`);
  mkdirSync(prefix, { recursive: true });
  writeFileSync(path.join(prefix, 'package.json'), '{"private":true}\n');
  const result = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `${name}@${PINNED_NODE}`], { cwd: prefix, stdio: 'inherit' });
  if (result.status !== 0 || !works(binary, minimum)) {
    return `could not install Node.js ${PINNED_NODE} from the npm registry (package ${name}). Install Node.js ${minimum.join('.')} or newer yourself (https://nodejs.org/), then run the command again.`;
  }
  return link(binary, root);
}

/**
 * Whether `binary` runs and is at least `minimum`.
 * @param {string} binary
 * @param {[number, number]} minimum
 */
function works(binary, minimum) {
  try {
    return existsSync(binary) && atLeast(execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim(), minimum);
  } catch {
    return false;
  }
}

/**
 * Links `binary` as the project's node_modules/.bin/node.
 * @param {string} binary
 * @param {string} root
 * @returns {undefined}
 */
function link(binary, root) {
  const to = path.join(root, 'node_modules', '.bin', 'node');
  mkdirSync(path.dirname(to), { recursive: true });
  rmSync(to, { force: true });
  symlinkSync(binary, to);
  return undefined;
}
