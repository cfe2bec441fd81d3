// `npm run package` (and `npm pack`, before it packs): the package's lib/ from src/ —
// TypeScript compiled to JavaScript with declarations (tsconfig.package.json), and the files
// Astro and the build read as they are (.astro, .css, .js, .d.ts) copied beside them, their
// imports of `.ts` files pointed at the `.js` ones.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root, run } from './lib/run.mjs';

const src = path.join(root, 'src');
const lib = path.join(root, 'lib');
rmSync(lib, { recursive: true, force: true });
if (run('tsc', ['-p', 'tsconfig.package.json']) !== 0) process.exit(1);

/** `from '../data.ts'` and `import '../client/quiz.ts'` → `.js`: what lib/ holds. */
const toJs = (text) => text.replace(/((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\.ts\2/g, '$1$2$3.js$2');

let copied = 0;
for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = path.join(entry.parentPath, entry.name);
  const relative = path.relative(src, file);
  if (relative === 'content.config.ts' || (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts'))) continue;
  const to = path.join(lib, relative);
  mkdirSync(path.dirname(to), { recursive: true });
  if (entry.name.endsWith('.astro') || entry.name.endsWith('.d.ts')) writeFileSync(to, toJs(readFileSync(file, 'utf8')));
  else cpSync(file, to);
  copied++;
}
console.log(`lib/: compiled src/**/*.ts, copied ${copied} other files`);
