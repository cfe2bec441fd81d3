// The build runs the lesson check and Astro side by side (scripts/lib/stages.mjs). An
// author with a bad lesson must still get the checker's list, even when Astro trips on the
// same lesson first, and nothing after a failed stage may go on writing.
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSideBySide } from '../../scripts/lib/stages.mjs';

const node = (script: string) => ({ command: process.execPath, args: ['-e', script] });

describe('stages side by side', () => {
  it('report the first listed stage that failed, even when a later one failed sooner', async () => {
    const failed = await runSideBySide([
      { label: 'check lessons', ...node('setTimeout(() => process.exit(1), 400)') },
      { label: 'astro build', ...node('process.exit(1)') },
    ]);
    expect(failed).toBe('check lessons');
  });

  it('report a later stage when the ones before it pass', async () => {
    const failed = await runSideBySide([
      { label: 'check lessons', ...node('setTimeout(() => {}, 200)') },
      { label: 'astro build', ...node('process.exit(3)') },
    ]);
    expect(failed).toBe('astro build');
  });

  it('stop the stages after a failed one, so they write nothing more', async () => {
    const marker = path.join(mkdtempSync(path.join(os.tmpdir(), 'lessonbook-stages-')), 'written');
    const failed = await runSideBySide([
      { label: 'check lessons', ...node('process.exit(1)') },
      { label: 'astro build', ...node(`setTimeout(() => require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'x'), 1500)`) },
    ]);
    expect(failed).toBe('check lessons');
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(existsSync(marker)).toBe(false);
  });

  it('resolve with no failure when every stage passes', async () => {
    expect(await runSideBySide([{ label: 'a', ...node('') }, { label: 'b', ...node('') }])).toBeUndefined();
  });
});
