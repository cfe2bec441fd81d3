/**
 * Zips a folder with yazl (pure JavaScript, so a fresh machine needs no `zip` binary),
 * under one top-level folder: unzipping gives `handbook/`, not a spray of files.
 */
import { createWriteStream, statSync } from 'node:fs';
import path from 'node:path';
import yazl from 'yazl';
import { listFiles } from '../write/site-files.ts';

/** Zips `dir` into `zipFile`, under the folder `top`; resolves to the zip's size in bytes. */
export function zipFolder(dir: string, zipFile: string, top = path.basename(dir)): Promise<number> {
  const zip = new yazl.ZipFile();
  for (const file of listFiles(dir)) zip.addFile(path.join(dir, file), `${top}/${file}`);
  zip.end();
  return new Promise((resolve, reject) => {
    const out = createWriteStream(zipFile);
    zip.outputStream.pipe(out).on('close', () => resolve(statSync(zipFile).size)).on('error', reject);
  });
}
