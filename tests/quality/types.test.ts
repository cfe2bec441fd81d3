// TypeScript strict is the project's contract: the whole code base (scripts' JSDoc types
// included, where a file opts in with @ts-check) type-checks, or the suite is red.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

it('the code type-checks under TypeScript strict (tsc --noEmit)', () => {
  const tsc = path.resolve('node_modules', '.bin', 'tsc');
  const result = spawnSync(tsc, ['--noEmit', '--pretty', 'false'], { encoding: 'utf8' });
  expect(result.stdout + result.stderr).toBe('');
  expect(result.status).toBe(0);
}, 180_000);
