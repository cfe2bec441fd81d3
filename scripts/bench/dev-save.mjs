// What an author waits for in `npm run dev`: from saving a lesson to the open page in the
// browser showing the new text. It starts `astro dev` in a project (a handbook, bare Astro or
// Starlight: any project whose lesson page shows the lesson's text), opens the lesson's page
// in Chromium, and then, run after run, saves the lesson with one new word in it and times
// until the page (reloaded by the dev server itself) shows that word. The first save after the
// server starts is not counted (the server loads what it needs for a save only then). Beside
// the wall time it reports the CPU time the dev server spent in that while, which other work
// on the machine moves far less.
//
// A save replaces the file whole (see `save`): a dev server must never read it half-written.
//
//   node scripts/bench/dev-save.mjs <project> <lesson file, relative to the project> <page path> [runs = 5] [start | end]
import { spawn } from 'node:child_process';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumFlags, chromiumPath } from '../lib/chromium.mjs';
import { median } from './measure.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** How long a save may take to show before the page is reloaded by hand. */
const RELOAD_AFTER_MS = 30_000;

/** CPU milliseconds (user + system) the process `pid` has used so far (Linux: /proc/<pid>/stat, in ticks of 10 ms). */
function cpuMsOf(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/**
 * Saves `text` as `file` the way an editor's safe save does: written whole to a file beside
 * the project (`scratch`), then renamed over the lesson, so the dev server reads either the
 * old text or the new one, never part of it.
 *
 * A write in place (writeFileSync: truncate, then write) is two changes. The dev server reads
 * the file on the first, the truncation; when the disk is busy (right after a build, or with
 * other builds on the machine) it can read it empty or cut before the write lands, and the
 * write's own change comes within 50 ms of the first, which Vite's watcher (chokidar) drops:
 * the dev server keeps the empty lesson until the next save. Starlight's schema rejects it
 * ("title: Required", logged once), so its page never showed the save, not even reloaded; a
 * schema without required fields showed an empty lesson. The scratch file is outside the
 * project, where no dev server watches: one beside the lesson would be a change of its own,
 * and a handbook's dev server works on every change in its lessons folder.
 */
function save(file, text, scratch) {
  writeFileSync(scratch, text);
  try {
    renameSync(scratch, file);
  } catch (error) {
    rmSync(scratch, { force: true });
    throw error.code === 'EXDEV' ? new Error(`${path.dirname(scratch)} is on another file system than ${file}: a save cannot be renamed into place`) : error;
  }
}

/**
 * Waits until `url` answers 200 (the dev server answers 404 while it still syncs the
 * content), or throws after `timeoutMs`.
 */
async function ready(url, timeoutMs, server) {
  const end = Date.now() + timeoutMs;
  let status = 0;
  while (Date.now() < end) {
    if (server.exitCode !== null) throw new Error(`astro dev exited with ${server.exitCode}`);
    try {
      status = (await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })).status;
      if (status === 200) return;
    } catch {}
    await sleep(500);
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s (last: ${status || 'no answer'})`);
}

/**
 * Median milliseconds from a save of `lessonFile` to `pagePath` showing its new word, over
 * `runs` saves (after one that is not counted); the dev server runs in `project` on `port`.
 */
export async function measureDevSave({ project, lessonFile, pagePath, port, env = process.env, runs = 5, where = 'start', log = () => {} }) {
  const file = path.join(project, lessonFile);
  const original = readFileSync(file, 'utf8');
  const scratch = path.join(path.dirname(path.resolve(project)), `.dev-save-${process.pid}-${path.basename(file)}`);
  // The word goes into the first paragraph after the frontmatter, prose every page template
  // shows: at its start (`where: 'start'`), which changes the section's opening sentence and so
  // the handbook's model (the section's summary), or at its end (`'end'`), as most edits inside
  // a text do, which leaves the model as it was.
  const front = /^---[\s\S]*?\n---\n/.exec(original)?.[0] ?? '';
  const body = original.slice(front.length);
  const start = /\n\n(?=[A-Z])/.exec(body);
  if (!start) throw new Error(`${lessonFile} has no paragraph to change`);
  const at = where === 'end' ? body.indexOf('\n\n', start.index + 2) : start.index + 2;
  const withWord = (word) => front + body.slice(0, at) + (where === 'end' ? ` ${word}` : `${word} `) + body.slice(at);

  const output = [];
  const server = spawn('astro', ['dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: project, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  server.stdout.on('data', (d) => output.push(String(d)));
  server.stderr.on('data', (d) => output.push(String(d)));
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  const times = [];
  let reloads = 0;
  const cpu = [];
  try {
    const url = `http://127.0.0.1:${port}${pagePath}`;
    await ready(url, 300_000, server);
    const page = await browser.newPage();
    const opened = await page.goto(url, { timeout: 180_000 });
    if (!opened?.ok()) throw new Error(`${pagePath} answered ${opened?.status()} in astro dev`);
    for (let run = 0; run <= runs; run++) {
      const word = `Saved${Date.now().toString(36)}x${run}`;
      const start = performance.now();
      const cpuStart = cpuMsOf(server.pid);
      save(file, withWord(word), scratch);
      const shows = (timeout) => page.waitForFunction((w) => document.body?.innerText.includes(w), word, { timeout, polling: 10 });
      // Should a dev server miss the reload it owes the page, a reader reloads by hand, and so
      // does this, with the wait counted and said. (The saves bare Astro and Starlight never
      // showed at 1,000 lessons, even reloaded, were files read half-written: see `save`.)
      const reloaded = await shows(RELOAD_AFTER_MS).then(
        () => false,
        async () => {
          await page.reload({ timeout: 120_000 });
          await shows(120_000);
          return true;
        },
      );
      const ms = performance.now() - start;
      const cpuMs = cpuMsOf(server.pid) - cpuStart;
      if (run > 0) times.push(ms), cpu.push(cpuMs), (reloads += reloaded ? 1 : 0);
      log(`${run === 0 ? 'first save (not counted)' : `save ${run}/${runs}`}: ${(ms / 1000).toFixed(2)} s, dev server CPU ${(cpuMs / 1000).toFixed(2)} s${reloaded ? ` (the page did not reload by itself within ${RELOAD_AFTER_MS / 1000} s: reloaded)` : ''}`);
      await page.waitForLoadState('load');
      await sleep(1500);
    }
  } catch (error) {
    throw new Error(`${error.message}\nastro dev said:\n${output.join('').split('\n').slice(-30).join('\n')}`);
  } finally {
    save(file, original, scratch);
    await browser.close();
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {}
    await new Promise((resolve) => (server.exitCode !== null ? resolve() : server.once('exit', resolve)));
  }
  return { ms: median(times), cpuMs: median(cpu), runsMs: times.map((t) => Math.round(t)), runsCpuMs: cpu, reloads };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [project, lessonFile, pagePath, runs = '5', where = 'start'] = process.argv.slice(2);
  const port = Number(process.env.LESSONBOOK_PORT ?? 4399);
  const result = await measureDevSave({ project, lessonFile, pagePath, port, runs: Number(runs), where, log: (line) => console.log(`  ${line}`) });
  console.log(`median ${(result.ms / 1000).toFixed(2)} s, dev server CPU ${(result.cpuMs / 1000).toFixed(2)} s, over ${result.runsMs.length} saves (${result.runsMs.join(', ')} ms)`);
}
