/**
 * Nothing broken ships: `astro build` writes into a folder beside the output (`dist.next/`),
 * and only a build that finished — pages, section pages, search, all of it — takes the
 * place of `dist/`, in one rename. A failed build leaves the previous `dist/` exactly as it
 * was, and a good one never keeps pages of deleted lessons.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The folder the build writes into instead of `outDir`. */
export function stagingFor(outDir: URL): URL {
  const out = fileURLToPath(outDir).replace(/[\\/]+$/, '');
  const staging = `${out}.next`;
  rmSync(staging, { recursive: true, force: true }); // left by a build that failed
  return pathToFileURL(`${staging}/`);
}

/** Puts the finished `staging` folder in the place of `outDir`. */
export function swapInto(staging: URL, outDir: URL): void {
  const out = fileURLToPath(outDir).replace(/[\\/]+$/, '');
  const next = fileURLToPath(staging).replace(/[\\/]+$/, '');
  const old = `${out}.old`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(out)) renameSync(out, old);
  renameSync(next, out);
  rmSync(old, { recursive: true, force: true });
}
