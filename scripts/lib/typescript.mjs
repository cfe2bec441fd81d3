// Lets a script import the project's TypeScript (src/**/*.ts) with plain Node.js 24: Node
// strips the types itself; a resolve hook adds the `.ts` that the sources leave off their
// relative imports (Vite and TypeScript resolve those; Node does not). No bundler and no
// extra start-up, so `npm run check` stays far faster than a build.
import * as nodeModule from 'node:module';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let hooked = false;

/**
 * Imports a TypeScript module of the project. Under a Node.js that cannot run TypeScript
 * (the system's Node.js 20), re-runs the whole script with the project's Node.js instead.
 */
export async function importTypeScript(file) {
  if (!process.features.typescript || !nodeModule.registerHooks) {
    const node = path.join(root, 'node_modules', '.bin', 'node');
    const result = spawnSync(node, process.argv.slice(1), { stdio: 'inherit' });
    if (result.error) {
      console.error(`This needs Node.js 22.18 or later; run \`npm run setup\` to install the project's own. (${result.error.message})`);
      process.exit(1);
    }
    process.exit(result.status ?? 1);
  }
  if (!hooked) {
    hooked = true;
    nodeModule.registerHooks({
      resolve(specifier, context, nextResolve) {
        try {
          return nextResolve(specifier, context);
        } catch (error) {
          const relative = specifier.startsWith('./') || specifier.startsWith('../');
          if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !relative || !context.parentURL?.endsWith('.ts')) throw error;
          return nextResolve(`${specifier}.ts`, context);
        }
      },
    });
  }
  return import(new URL(file, `file://${root}/`).href);
}
