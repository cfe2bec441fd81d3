// How the benchmark measures one build: wall time of the command, peak memory of its whole
// process tree (Astro starts esbuild and may start more; a single-process figure such as
// `/usr/bin/time -f %M` would miss them), and the size of what it wrote.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const PAGE = 4096;

function childrenOf(pid) {
  const kids = [];
  let tasks = [];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return kids; // the process has already gone
  }
  for (const tid of tasks) {
    try {
      const text = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      if (text) kids.push(...text.split(/\s+/).map(Number));
    } catch {}
  }
  return kids;
}

function rssBytes(pid) {
  try {
    // statm's second field is the resident set in pages.
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
  } catch {
    return 0;
  }
}

/** Resident memory of `pid` and every process below it, right now. */
export function treeRss(pid) {
  let total = 0;
  const seen = new Set();
  const todo = [pid];
  while (todo.length) {
    const p = todo.pop();
    if (seen.has(p)) continue;
    seen.add(p);
    total += rssBytes(p);
    todo.push(...childrenOf(p));
  }
  return total;
}

// bash's `times` prints the user and system CPU time of every process the shell waited
// for, including theirs: exact CPU cost of the whole tree, which, unlike wall time, barely
// moves when other work shares the CPU.
const WITH_CPU_TIMES = '"$@"; status=$?; times >&3; exit $status';

function seconds(text) {
  const m = /(\d+)m([\d.]+)s/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : NaN;
}

/**
 * Runs a command to completion with its output captured (Astro prints a line per page,
 * which would drown the figures), sampling the tree's memory every `intervalMs`.
 * Resolves to { code, ms, cpuMs, userMs, peakRss, tail } where tail is the end of its output
 * (userMs: CPU time in the processes' own code, without the kernel's, which the file system's
 * state moves).
 */
export function measure(command, args, { cwd, env, intervalMs = 100 } = {}) {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn('bash', ['-c', WITH_CPU_TIMES, 'bash', command, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    let peakRss = 0;
    let tail = '';
    let times = '';
    const keep = (chunk) => {
      tail = (tail + chunk.toString()).slice(-6000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.stdio[3].on('data', (chunk) => (times += chunk));
    const sample = () => {
      if (child.pid) peakRss = Math.max(peakRss, treeRss(child.pid));
    };
    const timer = setInterval(sample, intervalMs);
    child.on('error', (error) => keep(`could not start bash: ${error.message}\n`));
    child.on('close', (code) => {
      clearInterval(timer);
      // Second line of `times`: user and system time of the children.
      const [user, system] = (times.trim().split('\n')[1] ?? '').split(/\s+/).map(seconds);
      resolve({ code: code ?? 1, ms: performance.now() - started, cpuMs: (user + system) * 1000, userMs: user * 1000, peakRss, tail });
    });
  });
}

/** Total bytes of every file under `dir`. */
export function dirBytes(dir) {
  return dirStats(dir).bytes;
}

/** What a folder holds: its bytes, its files, and its largest file (path from the folder, and bytes). */
export function dirStats(dir) {
  const stats = { bytes: 0, files: 0, largest: { file: '', bytes: 0 } };
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const size = statSync(file).size;
    stats.bytes += size;
    stats.files++;
    if (size > stats.largest.bytes) stats.largest = { file: path.relative(dir, file), bytes: size };
  }
  return stats;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The pages under lessons/ (`lessons/<slug>/index.html`): how many are lessons' and their
 * median size, and the largest lesson page and part page (a part's page marks its article
 * `data-part`; section pages and moved lessons' are not counted: they are one level down, or
 * send the reader on).
 */
export function lessonPageBytes(outDir) {
  const lessonsDir = path.join(outDir, 'lessons');
  const sizes = [];
  const largest = { lesson: 0, part: 0 };
  if (!existsSync(lessonsDir)) return { pages: 0, median: 0, largest };
  for (const slug of readdirSync(lessonsDir)) {
    let html;
    try {
      html = readFileSync(path.join(lessonsDir, slug, 'index.html'), 'utf8');
    } catch {
      continue;
    }
    if (/<meta http-equiv="refresh"/.test(html.slice(0, 4096))) continue;
    const bytes = Buffer.byteLength(html);
    const kind = /<article[^>]*\sdata-part=/.test(html) ? 'part' : 'lesson';
    largest[kind] = Math.max(largest[kind], bytes);
    if (kind === 'lesson') sizes.push(bytes);
  }
  return { pages: sizes.length, median: sizes.length ? median(sizes) : 0, largest };
}

/**
 * The largest page of the printed handbook: print/index.html (the one-page handbook, or the
 * list of volumes) and each volume, print/<n>/index.html; and how many volumes there are.
 * It stays bounded however large the handbook grows (src/load/volumes.ts).
 */
export function printPageBytes(outDir) {
  const printDir = path.join(outDir, 'print');
  const size = (file) => (existsSync(file) ? statSync(file).size : 0);
  let largest = size(path.join(printDir, 'index.html'));
  let volumes = 0;
  if (existsSync(printDir)) {
    for (const name of readdirSync(printDir)) {
      if (!/^\d+$/.test(name)) continue;
      volumes++;
      largest = Math.max(largest, size(path.join(printDir, name, 'index.html')));
    }
  }
  return { largest, volumes };
}
