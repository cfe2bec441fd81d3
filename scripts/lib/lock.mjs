// One Astro build at a time per project: Astro keeps per-build state in the project's
// .astro/ folder (content module list, prerender chunks), so two builds at once — parallel
// test workers, the benchmark, a developer — would read each other's files.
import { mkdirSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root } from './run.mjs';

const lockFile = path.join(root, '.lessonbook', 'build.lock');

function holderAlive() {
  try {
    const pid = Number(readFileSync(lockFile, 'utf8'));
    if (!pid) return false;
    process.kill(pid, 0); // throws when no such process
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Takes the build lock, waiting for another build to finish; released on exit. */
export function takeBuildLock() {
  mkdirSync(path.dirname(lockFile), { recursive: true });
  let said = false;
  for (;;) {
    try {
      closeSync(openSync(lockFile, 'wx'));
      writeFileSync(lockFile, String(process.pid));
      process.on('exit', () => rmSync(lockFile, { force: true }));
      for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
      return;
    } catch {
      if (!holderAlive()) {
        rmSync(lockFile, { force: true }); // left by a build that died
        continue;
      }
      if (!said) console.log('Waiting for another build of this project to finish …');
      said = true;
      sleep(200);
    }
  }
}
