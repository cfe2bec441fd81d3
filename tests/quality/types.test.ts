// TypeScript strict is the project's contract: the whole code base — .ts files, .astro
// components and pages, and the scripts' JSDoc types where a file opts in with @ts-check —
// type-checks with `astro check` (TypeScript plus Astro's own language service), or the
// suite is red. Hints (style suggestions) are printed, not failed. It runs as
// `npm run typecheck` does (scripts/typecheck.mjs).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';

it('the code type-checks under TypeScript strict, .astro files included (astro check)', () => {
  const result = spawnSync(process.execPath, [path.resolve('scripts/typecheck.mjs')], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  const output = result.stdout + result.stderr;
  const summary = /- (\d+) errors?\n- (\d+) warnings?/.exec(output);
  expect(summary, output).not.toBeNull();
  expect({ errors: Number(summary![1]), warnings: Number(summary![2]) }, output).toEqual({ errors: 0, warnings: 0 });
  expect(result.status, output).toBe(0);
}, 180_000);
