/**
 * Nothing broken ships: `astro build` writes into a folder beside the output (`dist.next/`),
 * and only a build that finished — pages, section pages, search, all of it — takes the
 * place of `dist/`. A failed build leaves the previous `dist/` exactly as it was, and a good
 * one never keeps pages of deleted lessons. The swap is two renames (the old folder aside,
 * the new one in), not one: for the moment between them there is no `dist/`, but never a
 * half-written one. (Swapping two folders in one step takes an atomic exchange — Linux's
 * renameat2 RENAME_EXCHANGE, macOS's renamex_np RENAME_SWAP — which Node does not offer.)
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A folder given as a path or a file: URL, as a path without a trailing separator. */
const folderPath = (folder: string | URL) => (typeof folder === 'string' ? folder : fileURLToPath(folder)).replace(/[\\/]+$/, '');

/** The folder the build writes into instead of `outDir`. */
export function stagingFor(outDir: URL): URL {
  const staging = `${folderPath(outDir)}.next`;
  rmSync(staging, { recursive: true, force: true }); // left by a build that failed
  return pathToFileURL(`${staging}/`);
}

/**
 * Puts the finished folder `staging` in the place of `out` (either a path or a file: URL),
 * by way of `<out>.old`: the previous `out` is moved there, then deleted.
 */
export function swapInto(staging: string | URL, out: string | URL): void {
  const to = folderPath(out);
  const old = `${to}.old`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(to)) renameSync(to, old);
  renameSync(folderPath(staging), to);
  rmSync(old, { recursive: true, force: true });
}
