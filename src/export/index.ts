/**
 * The export stage: the offline copy of a built site, written beside `out` and put in its
 * place only when all of it was written (a failed export leaves the previous one as it was).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { swapInto } from '../integration/output.ts';
import type { ExportProblem } from './offline.ts';
import { writeExport, type ExportOptions, type ThreadResult } from './threads.ts';
import type { Downloaded } from './remote.ts';
import { zipFolder } from './zip.ts';

export type ExportResult =
  | (Omit<ThreadResult, 'problems'> & { zipBytes: number; ms: number; downloaded?: Downloaded })
  | { problems: ExportProblem[] }
  /** The built site changed while it was read (a build finished mid-export). */
  | { changed: string };

/** Exports the built site `dist` into `out`: handbook/, handbook.zip, single/. */
export async function exportSite(dist: string, out: string, options: ExportOptions = {}): Promise<ExportResult> {
  const started = performance.now();
  const next = `${out}.next`;
  rmSync(next, { recursive: true, force: true });
  let exported: Awaited<ReturnType<typeof writeExport>>;
  try {
    exported = await writeExport(dist, next, options);
  } catch (error) {
    rmSync(next, { recursive: true, force: true });
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return { changed: (error as Error).message };
  }
  const { problems, ...written } = exported;
  if (problems.length > 0) {
    rmSync(next, { recursive: true, force: true });
    return { problems };
  }
  const zipBytes = await zipFolder(path.join(next, 'handbook'), path.join(next, 'handbook.zip'));
  swapInto(next, out);
  return { ...written, zipBytes, ms: performance.now() - started };
}
