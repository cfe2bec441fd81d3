// Zips a folder with yazl (pure JavaScript, so a fresh machine needs no `zip` binary),
// under one top-level folder: unzipping gives `handbook/`, not a spray of files.
import { createWriteStream, statSync } from 'node:fs';
import path from 'node:path';
import yazl from 'yazl';
import { listFiles } from './site-files.mjs';

/**
 * @param {string} dir the folder to zip
 * @param {string} zipFile where to write the .zip
 * @param {string} [top] the folder name inside the zip
 * @returns {Promise<number>} the size of the zip in bytes
 */
export function zipFolder(dir, zipFile, top = path.basename(dir)) {
  const zip = new yazl.ZipFile();
  for (const file of listFiles(dir)) zip.addFile(path.join(dir, file), `${top}/${file}`);
  zip.end();
  return new Promise((resolve, reject) => {
    const out = createWriteStream(zipFile);
    zip.outputStream.pipe(out).on('close', () => resolve(statSync(zipFile).size)).on('error', reject);
  });
}
