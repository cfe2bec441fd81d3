// `node scripts/bench/write-stage.ts [count = 1000]`: one cold build of `count` synthetic .md
// lessons (./generate.mjs) in a handbook project (tests/support/project.ts), printing the
// build's own lines: what each step of the write stage took, which reads the built pages
// back (README, "Reading built pages"). One run, not a benchmark: `npm run bench` is that.
import { mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';
import { makeProject, repo } from '../../tests/support/project.ts';
import { generateLessons } from './generate.mjs';

const count = Number(process.argv[2] ?? 1000);
const parent = path.join(repo, '.lessonbook', 'projects');
mkdirSync(parent, { recursive: true });
const lessons = mkdtempSync(path.join(parent, 'write-stage-lessons-'));
generateLessons(lessons, count, 'md');
const project = makeProject('write-stage', { lessons });
const started = performance.now();
const built = project.build();
console.log(built.output.split('\n').filter((line) => /\[lessonbook\]|\[build\] .*(built in|Completed)/.test(line)).join('\n'));
console.log(`${count} lessons: ${((performance.now() - started) / 1000).toFixed(1)} s wall, exit ${built.status}`);
process.exit(built.status);
