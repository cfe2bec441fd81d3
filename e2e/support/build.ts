/** Builds a site with the real pipeline (scripts/build.mjs) from a lessons folder of a test's own. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface BuiltSite {
  lessons: string;
  out: string;
  /** Runs the build again (after the test changed a lesson); returns its exit status and output. */
  rebuild(): { status: number; output: string };
}

/** Copies `fixture` (a folder of .mdx + handbook.json) to a temp folder and builds it. */
export function buildFixture(fixture: string, env: Record<string, string> = {}): BuiltSite {
  const work = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-e2e-'));
  const lessons = path.join(work, 'lessons');
  const out = path.join(work, 'dist');
  cpSync(fixture, lessons, { recursive: true });
  const rebuild = () => {
    const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
      encoding: 'utf8',
      env: { ...process.env, ...env, LESSONBOOK_LESSONS: lessons, LESSONBOOK_OUT: out },
    });
    return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
  };
  const first = rebuild();
  if (first.status !== 0) throw new Error(`fixture build failed:\n${first.output}`);
  return { lessons, out, rebuild };
}
