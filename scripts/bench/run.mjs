// `npm run bench`: how much the handbook's build costs, against bare Astro on the same text.
//
//   npm run bench                                   1,000 lessons, 3 runs of each build
//   npm run bench -- --lessons 3000                 another corpus size
//   npm run bench -- --lessons 1000,3000,10000 --runs 3,3,1   several sizes (runs per size)
//   npm run bench -- --keep                         keep the temporary folder to look at
//   npm run bench -- --report                       print the last run's figures again
//
// For every size it writes synthetic lessons (generate.mjs) into a temporary folder, then
// builds them, alternating, with (a) the handbook's own pipeline, `node scripts/build.mjs`
// plus `node scripts/export.mjs` (what `npm run export` runs) when that exists, and (b) the floor: bare
// Astro with one minimal page template (scripts/bench/floor). Every run is cold. It prints
// medians and whether the goals in PRODUCT.md are met, and writes bench-results/latest.json
// and bench-results/build-time.svg. It prints figures; it is not a test and never fails on
// a slow result, only when a build itself fails.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from '../lib/run.mjs';
import { generateLessons } from './generate.mjs';
import { dirBytes, lessonPageBytes, measure, median } from './measure.mjs';
import { clearCaches, copyFloor, copyProject } from './sandbox.mjs';
import { publish } from './publish.mjs';

function parseArgs(argv) {
  const args = { lessons: [1000], runs: [3], keep: false, report: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=');
    const value = () => inline ?? argv[++i];
    const list = () => value().split(',').map((n) => Number(n.replace(/_/g, '')));
    if (flag === '--lessons') args.lessons = list();
    else if (flag === '--runs') args.runs = list();
    else if (flag === '--keep') args.keep = true;
    else if (flag === '--report') args.report = true;
    else {
      console.error(`unknown option ${argv[i]}\nusage: npm run bench -- [--lessons 1000,3000] [--runs 3] [--keep] | --report`);
      process.exit(2);
    }
  }
  if (![...args.lessons, ...args.runs].every((n) => Number.isInteger(n) && n > 0)) {
    console.error('--lessons and --runs take positive whole numbers, e.g. --lessons 1000,3000 --runs 3');
    process.exit(2);
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
if (args.report) {
  // Figures again from the last run, without building: goals and chart are recomputed.
  const last = JSON.parse(readFileSync(path.join(root, 'bench-results', 'latest.json'), 'utf8'));
  console.log(`Lessonbook benchmark of ${last.date.slice(0, 16).replace('T', ' ')} UTC (${last.command}), code ${last.machine.revision}\n`);
  publish(last);
  process.exit(0);
}
const runsFor = (i) => args.runs[Math.min(i, args.runs.length - 1)];
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-bench-'));
const cleanup = () => args.keep || rmSync(tmp, { recursive: true, force: true });
process.on('SIGINT', () => {
  cleanup();
  process.exit(130);
});

const site = copyProject(tmp);
const floor = copyFloor(tmp);
const hasExport = Boolean(JSON.parse(readFileSync(path.join(site, 'package.json'), 'utf8')).scripts?.export);
const envFor = (project, extra) => ({
  ...process.env,
  PATH: `${path.join(project, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}`,
  ASTRO_TELEMETRY_DISABLED: '1',
  ...extra,
});

const builds = {
  ours: {
    label: 'Lessonbook',
    project: site,
    steps: (lessons, out) => {
      const env = envFor(site, { LESSONBOOK_LESSONS: lessons, LESSONBOOK_OUT: out, LESSONBOOK_EXPORT: `${out}-export` });
      const steps = [{ name: 'node scripts/build.mjs', command: 'node', args: ['scripts/build.mjs'], env }];
      // Each step runs as its script, as the floor runs `astro build` itself: npm's and the
      // set-up check's start-up (about half a second) is no part of the pipeline's cost.
      if (hasExport) steps.push({ name: 'node scripts/export.mjs', command: 'node', args: ['scripts/export.mjs'], env });
      return steps;
    },
  },
  floor: {
    label: 'bare Astro',
    project: floor,
    steps: (lessons, out) => [
      {
        name: 'astro build (floor)',
        command: 'astro',
        args: ['build', '--root', floor, '--outDir', out],
        env: envFor(floor, { LESSONBOOK_LESSONS: lessons }),
      },
    ],
  },
};

/** One cold build: caches and output removed first; steps timed back to back. */
async function coldBuild(kind, lessons, out) {
  const build = builds[kind];
  clearCaches(build.project);
  rmSync(out, { recursive: true, force: true });
  rmSync(`${out}-export`, { recursive: true, force: true });
  let ms = 0;
  let cpuMs = 0;
  let peakRss = 0;
  const steps = {};
  const stepPeaks = {};
  for (const step of build.steps(lessons, out)) {
    const result = await measure(step.command, step.args, { cwd: build.project, env: step.env });
    busiest = Math.max(busiest, os.loadavg()[0]);
    ms += result.ms;
    cpuMs += result.cpuMs;
    steps[step.name] = result.ms;
    stepPeaks[step.name] = result.peakRss;
    peakRss = Math.max(peakRss, result.peakRss);
    if (result.code !== 0) return { failed: step.name, code: result.code, tail: result.tail, ms, peakRss };
  }
  return { ms, cpuMs, peakRss, steps, stepPeaks };
}

const astroVersion = JSON.parse(readFileSync(path.join(root, 'node_modules', 'astro', 'package.json'), 'utf8')).version;
function revision() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=normal'], { cwd: root, encoding: 'utf8' }).trim();
    return dirty ? `${head} + uncommitted changes` : head;
  } catch {
    return 'unknown';
  }
}

const machine = {
  cpus: os.cpus().length,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  memoryGB: +(os.totalmem() / 1e9).toFixed(1),
  loadAverageAtStart: os.loadavg().map((l) => +l.toFixed(2)),
  node: process.version,
  astro: astroVersion,
  revision: revision(),
};

console.log(`Lessonbook benchmark: ${args.lessons.map((n) => n.toLocaleString('en-US')).join(', ')} lessons`);
console.log(`  machine: ${machine.cpus} × ${machine.cpu}, ${machine.memoryGB} GB RAM, load ${machine.loadAverageAtStart.join(' ')}; Node ${machine.node}, Astro ${astroVersion}`);
console.log(`  code:  ${machine.revision} (the working tree as it is now)`);
console.log(`  ours:  node scripts/build.mjs${hasExport ? ' + node scripts/export.mjs' : ''}, the whole pipeline${hasExport ? '' : ' (there is no export step yet)'}`);
console.log('  floor: astro build of scripts/bench/floor (bare Astro, one minimal page template)');
console.log('  cold:  .astro/, node_modules/.astro/ and node_modules/.vite/ deleted before every run;');
console.log('         the two builds alternate (ours, floor, floor, ours, …) in private copies under');
console.log(`         ${tmp}`);
console.log('  The CPU may be shared with other work: compare ratios within one run, not seconds across');
console.log('  runs. CPU is the user+system time of the whole process tree, which other work barely moves.\n');

// The highest 1-minute load average seen after any build: above the number of cores, other
// work was competing for the CPU and wall times say more about it than about the builds.
let busiest = os.loadavg()[0];
const results = [];
let failures = 0;
for (const [i, lessons] of args.lessons.entries()) {
  const runs = runsFor(i);
  const lessonsDir = path.join(tmp, `lessons-${lessons}`);
  generateLessons(lessonsDir, lessons);
  const row = { lessons, runs };
  const samples = { ours: [], floor: [] };
  let failed;
  for (let r = 0; r < runs && !failed; r++) {
    const order = r % 2 === 0 ? ['ours', 'floor'] : ['floor', 'ours'];
    for (const kind of order) {
      process.stdout.write(`  ${lessons.toLocaleString('en-US')} lessons, run ${r + 1}/${runs}: ${builds[kind].label} … `);
      const result = await coldBuild(kind, lessonsDir, path.join(tmp, `out-${kind}`));
      if (result.failed) {
        console.log(`FAILED (${result.failed} exited ${result.code} after ${(result.ms / 1000).toFixed(1)} s, peak ${(result.peakRss / 1e6).toFixed(0)} MB)`);
        console.log(result.tail.split('\n').map((l) => `      | ${l}`).join('\n'));
        failed = { build: kind, step: result.failed, code: result.code, seconds: +(result.ms / 1000).toFixed(2), peakRssBytes: result.peakRss };
        break;
      }
      const split = Object.keys(result.steps).length > 1 ? Object.entries(result.steps).map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(' + ') + '; ' : '';
      console.log(`${(result.ms / 1000).toFixed(1)} s (${split}CPU ${(result.cpuMs / 1000).toFixed(1)} s), peak ${(result.peakRss / 1e6).toFixed(0)} MB`);
      samples[kind].push(result);
    }
  }
  if (failed) {
    failures++;
    results.push({ ...row, failed });
    continue;
  }
  for (const kind of ['ours', 'floor']) {
    const out = path.join(tmp, `out-${kind}`);
    const page = lessonPageBytes(out);
    const home = path.join(out, 'index.html');
    row[kind] = {
      seconds: +(median(samples[kind].map((s) => s.ms)) / 1000).toFixed(2),
      runsSeconds: samples[kind].map((s) => +(s.ms / 1000).toFixed(2)),
      cpuSeconds: +(median(samples[kind].map((s) => s.cpuMs)) / 1000).toFixed(2),
      stepSeconds: Object.fromEntries(Object.keys(samples[kind][0].steps).map((name) => [name, +(median(samples[kind].map((s) => s.steps[name])) / 1000).toFixed(2)])),
      peakRssBytes: Math.max(...samples[kind].map((s) => s.peakRss)),
      stepPeakRssBytes: Object.fromEntries(Object.keys(samples[kind][0].steps).map((name) => [name, Math.max(...samples[kind].map((s) => s.stepPeaks[name]))])),
      outputBytes: dirBytes(out),
      exportBytes: existsSync(`${out}-export`) ? dirBytes(`${out}-export`) : 0,
      lessonPages: page.pages,
      lessonPageBytes: page.median,
      homePageBytes: existsSync(home) ? statSync(home).size : 0,
    };
  }
  row.ratio = {
    time: +(row.ours.seconds / row.floor.seconds).toFixed(2),
    cpu: +(row.ours.cpuSeconds / row.floor.cpuSeconds).toFixed(2),
    memory: +(row.ours.peakRssBytes / row.floor.peakRssBytes).toFixed(2),
    output: +(row.ours.outputBytes / row.floor.outputBytes).toFixed(2),
    lessonPage: +(row.ours.lessonPageBytes / row.floor.lessonPageBytes).toFixed(2),
  };
  results.push(row);
  console.log('');
}

const highestLoad = +busiest.toFixed(2);
const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
publish({ date: new Date().toISOString(), command, machine, highestLoadAverage: highestLoad, coldBuilds: true, results });
cleanup();
process.exit(failures ? 1 : 0);
