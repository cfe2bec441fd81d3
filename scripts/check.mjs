// `npm run check [folder]`: checks every lesson (frontmatter, sections, quiz, links between
// lessons) without building the site, and prints every problem as one line —
// `file:line: field: what is wrong, and the fix` — then a count. Exits 1 when any is an
// error; warnings are printed and let it pass. Checks LESSONBOOK_LESSONS, or lessons/.
// The build runs this first, so a bad lesson stops it before anything is written.
// `--report-only` prints the same and always exits 0: `npm run dev` starts with it, so an
// author sees the list even when a lesson is too broken for the dev server to start.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { importTypeScript } from './lib/typescript.mjs';

const args = process.argv.slice(2);
const reportOnly = args.includes('--report-only');
const folder = args.find((a) => !a.startsWith('--'));
const dir = path.resolve(folder ?? process.env.LESSONBOOK_LESSONS ?? 'lessons');
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(`There is no lesson folder at ${dir}; pass the folder that holds your .mdx lessons.`);
  process.exit(1);
}

const { checkFolder, formatReport } = await importTypeScript('src/check/index.ts');
const { problems, lessons } = checkFolder(dir, { base: process.env.LESSONBOOK_BASE });
console.log(formatReport(problems, lessons));
process.exit(!reportOnly && problems.some((p) => p.severity === 'error') ? 1 : 0);
