// `npm run bench`: what a handbook's build costs, against bare Astro on the same lessons.
//
//   npm run bench                                   1,000 lessons, 3 cold runs of every build
//   npm run bench -- --lessons 3000                 another corpus size
//   npm run bench -- --lessons 1000,3000,10000 --runs 3,3,1   several sizes (runs per size)
//   npm run bench -- --engines satteri,unified      Markdown engines to build with (default: both)
//   npm run bench -- --formats mdx,md               lesson formats to build (default: mdx)
//   npm run bench -- --dev-save                     also time a save in `astro dev` (Lessonbook, bare Astro)
//   npm run bench -- --anchors                      also build Starlight on the same .md lessons, and time
//                                                   a save in `astro dev` of Lessonbook, bare Astro and Starlight
//   npm run bench -- --keep                         keep the temporary folder to look at
//   npm run bench -- --report                       print the last run's figures again (writes nothing)
//
// It copies the working tree (tracked and new files, node_modules linked) into a temporary
// folder and makes projects there as a team has them (scripts/bench/sandbox.mjs):
//
//   site-<engine>-<format>/  Lessonbook: astro.config.mjs with `integrations: [lessonbook()]`
//                            (the copy's src/index.ts) on Astro's default engine, Sätteri, or
//                            on `unified()` from @astrojs/markdown-remark (no plugins);
//                            src/content.config.ts re-exporting the copy's collection;
//                            public/; lessons/ (.mdx or .md files)
//   floor-<format>/          bare Astro with one minimal page template, the same lessons
//                            (scripts/bench/floor/: .mdx with the MDX integration, .md without)
//
// For every size it writes the synthetic lessons (generate.mjs) into each project's lessons/,
// then builds every project, cold (.astro/, node_modules/.astro/ and node_modules/.vite/ of
// the project moved aside first, and its output; deleted only when the benchmark ends, as
// sandbox.mjs explains), in an order that alternates each run (every
// Lessonbook build comes before its floor in one run and after it in the next). Lessonbook is
// built as a team builds it, each step run as the command itself (not through npm):
// `astro build` (checks, pages, section pages, search, one-page handbook), then
// `node <copy>/src/cli/main.ts export` (the offline copy, from dist/). The floor is
// `astro build`. It measures wall time, CPU time (user + system of the whole process tree)
// and peak memory (resident memory of the whole tree) of each step, and the size of the
// output and of a lesson page (measure.mjs); prints the medians, each variant (engine ×
// format) against the floor of its format, build and export apart, and whether the product's
// goals are met (report.mjs: the build within 1.5× of bare Astro on its own format, cost
// linear in lessons, a lesson page's size constant, 10,000 .md lessons under 2 GB peak
// memory); with --dev-save or --anchors, the time from saving a lesson to its open page in
// Chromium showing the change in `astro dev` (dev-save.mjs), and with --anchors, Starlight's
// build of the same .md lessons (Starlight installed from the npm registry into its own
// project, sandbox.mjs); and writes bench-results/latest.json and bench-results/build-time.svg
// (publish.mjs, chart.mjs). It prints figures; it is not a test and never fails on a slow
// result, only when a build itself fails.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root, toolPath } from '../lib/run.mjs';
import { measureDevSave } from './dev-save.mjs';
import { FORMATS, generateLessons, lessonFolder } from './generate.mjs';
import { dirBytes, dirStats, lessonPageBytes, measure, median, printPageBytes } from './measure.mjs';
import { clearCaches, clearOutput, copyProject, makeFloor, makeHandbookProject, makeStarlight, putAside, STARLIGHT } from './sandbox.mjs';
import { publish, RESULTS_VERSION } from './publish.mjs';

const ENGINES = ['satteri', 'unified'];
const USAGE = 'usage: npm run bench -- [--lessons 1000,3000] [--runs 3] [--engines satteri,unified] [--formats mdx,md] [--dev-save] [--anchors] [--keep] | --report';

function parseArgs(argv) {
  const args = { lessons: [1000], runs: [3], engines: [...ENGINES], formats: ['mdx'], keep: false, report: false, devSave: false, anchors: false };
  const fail = (message) => {
    console.error(`${message}\n${USAGE}`);
    process.exit(2);
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=');
    const value = () => inline ?? argv[++i] ?? fail(`${flag} needs a value`);
    const list = () => value().split(',').map((s) => s.trim()).filter(Boolean);
    const numbers = () => list().map((n) => Number(n.replace(/_/g, '')));
    const names = (known) => {
      const picked = [...new Set(list())];
      const unknown = picked.filter((name) => !known.includes(name));
      if (unknown.length || !picked.length) fail(`${flag} takes ${known.join(', ')} (comma-separated), not "${unknown.join(',')}"`);
      return picked;
    };
    if (flag === '--lessons') args.lessons = numbers();
    else if (flag === '--runs') args.runs = numbers();
    else if (flag === '--engines') args.engines = names(ENGINES);
    else if (flag === '--formats') args.formats = names(FORMATS);
    else if (flag === '--keep') args.keep = true;
    else if (flag === '--dev-save') args.devSave = true;
    else if (flag === '--anchors') args.anchors = args.devSave = true;
    else if (flag === '--report') args.report = true;
    else fail(`unknown option ${argv[i]}`);
  }
  if (![...args.lessons, ...args.runs].every((n) => Number.isInteger(n) && n > 0)) {
    fail('--lessons and --runs take positive whole numbers, e.g. --lessons 1000,3000 --runs 3');
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
if (args.report) {
  // Figures again from the last run, without building: the goals are judged afresh, and
  // bench-results/ is left as the run wrote it.
  const file = path.join(root, 'bench-results', 'latest.json');
  if (!existsSync(file)) {
    console.error('No bench-results/latest.json yet: run `npm run bench` first.');
    process.exit(1);
  }
  const last = JSON.parse(readFileSync(file, 'utf8'));
  if (last.version !== RESULTS_VERSION) {
    console.error(`bench-results/latest.json was written by an older version of the benchmark (${last.date ?? 'no date'}): run \`npm run bench\` again.`);
    process.exit(1);
  }
  console.log(`Lessonbook benchmark of ${last.date.slice(0, 16).replace('T', ' ')} UTC (${last.command}), code ${last.machine.revision}\n`);
  publish(last, { write: false });
  process.exit(0);
}

const runsFor = (i) => args.runs[Math.min(i, args.runs.length - 1)];
const tmp = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-bench-'));
// The temporary folder goes however the run ends (unless --keep), an error included.
process.on('exit', () => args.keep || rmSync(tmp, { recursive: true, force: true }));
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

const { site, ignoredCode } = copyProject(tmp);
// What earlier builds wrote, moved aside before each build and deleted only at the end
// (sandbox.mjs, putAside, says why).
const trash = path.join(tmp, 'previous-builds');
const cli = path.join(site, 'src', 'cli', 'main.ts');
const envFor = (project) => ({ ...process.env, PATH: toolPath(project), ASTRO_TELEMETRY_DISABLED: '1' });

/**
 * Every build of a run, per format: the floor and one Lessonbook project per engine. Each
 * has its steps, run one after the other in its project folder.
 */
const builds = [];
for (const format of args.formats) {
  const floor = makeFloor(tmp, format);
  const floorBuild = {
    key: `floor-${format}`,
    kind: 'floor',
    format,
    label: `bare Astro .${format}`,
    project: floor,
    steps: [{ name: 'astro build', command: 'astro', args: ['build'] }],
  };
  const ours = args.engines.map((engine) => ({
    key: `${engine}-${format}`,
    kind: 'ours',
    engine,
    format,
    label: `Lessonbook ${engine} .${format}`,
    project: makeHandbookProject(tmp, site, { engine, format }),
    steps: [
      { name: 'astro build', command: 'astro', args: ['build'] },
      { name: 'export', command: 'node', args: [cli, 'export'] },
    ],
  }));
  // The floor between the engines: ours, floor, ours; reversed every other run.
  builds.push(ours[0], floorBuild, ...ours.slice(1));
  if (args.anchors && format === 'md') {
    builds.push({
      key: `starlight-${format}`,
      kind: 'anchor',
      format,
      label: `Starlight ${STARLIGHT} .${format}`,
      project: makeStarlight(tmp, format),
      steps: [{ name: 'astro build', command: 'astro', args: ['build'] }],
    });
  }
}

// The highest 1-minute load average seen after any step: above the number of cores, other
// work was competing for the CPU and wall times say more about it than about the builds.
let busiest = os.loadavg()[0];

/**
 * One cold build: caches and output removed first; steps timed back to back. A build that
 * exits 0 without a page for every lesson failed too (it measured something else).
 */
async function coldBuild(build, lessons) {
  clearCaches(build.project, trash);
  clearOutput(build.project, trash);
  const env = envFor(build.project);
  const total = { ms: 0, cpuMs: 0, userMs: 0, peakRss: 0 };
  const steps = {};
  for (const step of build.steps) {
    const result = await measure(step.command, step.args, { cwd: build.project, env });
    busiest = Math.max(busiest, os.loadavg()[0]);
    total.ms += result.ms;
    total.cpuMs += result.cpuMs;
    total.userMs += result.userMs;
    total.peakRss = Math.max(total.peakRss, result.peakRss);
    steps[step.name] = { ms: result.ms, cpuMs: result.cpuMs, userMs: result.userMs, peakRss: result.peakRss };
    if (result.code !== 0) return { ...total, failed: step.name, code: result.code, tail: result.tail };
    // The export reads the build's dist/; if it found it stale it built again, and the figures
    // would count two builds.
    if (step.name === 'export' && /building it first/.test(result.tail)) steps[step.name].rebuilt = true;
    if (step.name === 'astro build' && build.kind !== 'anchor') {
      const { pages } = lessonPageBytes(path.join(build.project, 'dist'));
      if (pages !== lessons) return { ...total, failed: step.name, code: result.code, reason: `wrote ${pages} lesson pages for ${lessons} lessons`, tail: result.tail };
    }
  }
  return { ...total, steps };
}

const astroVersion = JSON.parse(readFileSync(path.join(root, 'node_modules', 'astro', 'package.json'), 'utf8')).version;
function revision() {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=normal'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
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
  node: execFileSync('node', ['--version'], { env: envFor(site), encoding: 'utf8' }).trim(),
  astro: astroVersion,
  revision: revision(),
};

const s1 = (ms) => `${(ms / 1000).toFixed(1)} s`;
console.log(`Lessonbook benchmark: ${args.lessons.map((n) => n.toLocaleString('en-US')).join(', ')} lessons; engines ${args.engines.join(', ')}; formats ${args.formats.map((f) => `.${f}`).join(', ')}`);
console.log(`  machine: ${machine.cpus} × ${machine.cpu}, ${machine.memoryGB} GB RAM, load ${machine.loadAverageAtStart.join(' ')}; Node ${machine.node}, Astro ${astroVersion}`);
console.log(`  code:    ${machine.revision} (the working tree as it is now, copied to ${path.relative(tmp, site)}/)`);
if (ignoredCode.length) {
  console.log(`  WARNING: git ignores ${ignoredCode.join(', ')}: copied, as the working tree builds with it, but a commit`);
  console.log('           or a fresh clone would not have it (a pattern in .gitignore matches it).');
}
console.log(`  ours:    \`astro build\`, then \`node ${path.relative(tmp, cli)} export\`, in site-<engine>-<format>/`);
console.log('           (integrations: [lessonbook()]; engine satteri = Astro\'s default, unified = unified() with no plugins)');
console.log('  floor:   `astro build` in floor-<format>/ (scripts/bench/floor: bare Astro, one minimal page template)');
console.log('  cold:    .astro/, node_modules/.astro/, node_modules/.vite/ and the output moved aside before every run');
console.log('           (deleted at the end: deleting slows the file system for the builds that follow); the order');
console.log(`           alternates (${builds.map((b) => b.key).join(', ')}; then reversed), under ${tmp}`);
console.log('  The CPU may be shared with other work: compare ratios within one run, not seconds across');
console.log('  runs. CPU is the user+system time of the whole process tree, which other work barely moves.\n');

const round = (ms) => +(ms / 1000).toFixed(2);
/** Medians (and every run) of one measured thing over the runs. */
const summary = (runs, get) => ({
  seconds: round(median(runs.map((r) => get(r).ms))),
  runsSeconds: runs.map((r) => round(get(r).ms)),
  cpuSeconds: round(median(runs.map((r) => get(r).cpuMs))),
  userSeconds: round(median(runs.map((r) => get(r).userMs))),
  peakRssBytes: Math.max(...runs.map((r) => get(r).peakRss)),
});

/** Where the dev server of a project shows lesson `i`, and the file it is in. */
function lessonOf(build, i) {
  const slug = `lesson-${String(i).padStart(5, '0')}`;
  const folder = lessonFolder(i);
  const file = path.posix.join('lessons', folder, `${slug}.${build.format}`);
  return { file, page: build.kind === 'anchor' ? `/${folder ? `${folder}/` : ''}${slug}/` : `/lessons/${slug}/` };
}

/**
 * A save in `astro dev`, per format: Lessonbook (its first engine), the floor, and Starlight if
 * built; one dev server each, `max(runs, 3)` saves, the order reversed every other format.
 */
async function devSaves(lessons, runs) {
  const port = Number(process.env.LESSONBOOK_PORT ?? 4399);
  const figures = {};
  for (const [f, format] of args.formats.entries()) {
    const picked = [builds.find((b) => b.kind === 'ours' && b.format === format), ...builds.filter((b) => b.kind !== 'ours' && b.format === format)];
    for (const build of f % 2 ? picked.reverse() : picked) {
      clearCaches(build.project, trash);
      process.stdout.write(`  ${lessons.toLocaleString('en-US')} lessons, a save in astro dev: ${build.label} … `);
      const { file, page } = lessonOf(build, Math.min(10, lessons - 1));
      try {
        const result = await measureDevSave({ project: build.project, lessonFile: file, pagePath: page, port, env: envFor(build.project), runs: Math.max(runs, 3) });
        busiest = Math.max(busiest, os.loadavg()[0]);
        figures[build.key] = { label: build.label, seconds: round(result.ms), cpuSeconds: round(result.cpuMs), runsSeconds: result.runsMs.map(round), reloads: result.reloads };
        const reloads = result.reloads ? `; ${result.reloads} of them shown only after a reload by hand` : '';
        console.log(`${s1(result.ms)} (dev server CPU ${s1(result.cpuMs)}; saves ${result.runsMs.map(s1).join(', ')}${reloads})`);
      } catch (error) {
        figures[build.key] = { label: build.label, failed: String(error.message).split('\n')[0] };
        // All of it: the dev server's last lines (dev-save.mjs keeps 30) are where it says why.
        console.log(`FAILED: ${error.message.split('\n').join('\n      | ')}`);
      }
    }
  }
  return figures;
}

const results = [];
let failures = 0;
for (const [i, lessons] of args.lessons.entries()) {
  const runs = runsFor(i);
  for (const build of builds) {
    putAside(path.join(build.project, 'lessons'), trash);
    generateLessons(path.join(build.project, 'lessons'), lessons, build.format);
  }
  const samples = Object.fromEntries(builds.map((b) => [b.key, []]));
  const failed = {};
  for (let r = 0; r < runs; r++) {
    const order = r % 2 === 0 ? builds : [...builds].reverse();
    for (const build of order) {
      if (failed[build.key]) continue;
      process.stdout.write(`  ${lessons.toLocaleString('en-US')} lessons, run ${r + 1}/${runs}: ${build.label} … `);
      const result = await coldBuild(build, lessons);
      if (result.failed) {
        const why = result.reason ?? `exited ${result.code}`;
        console.log(`FAILED (${result.failed} ${why} after ${s1(result.ms)}, peak ${(result.peakRss / 1e6).toFixed(0)} MB)`);
        console.log(result.tail.trimEnd().split('\n').slice(-30).map((l) => `      | ${l}`).join('\n'));
        failed[build.key] = { step: result.failed, code: result.code, ...(result.reason ? { reason: result.reason } : {}), seconds: round(result.ms), peakRssBytes: result.peakRss };
        continue;
      }
      const split = build.steps.length > 1 ? `${Object.entries(result.steps).map(([name, s]) => `${name} ${s1(s.ms)}`).join(' + ')}; ` : '';
      const rebuilt = result.steps.export?.rebuilt ? ' [the export built dist/ again: not a reading of this build]' : '';
      console.log(`${s1(result.ms)} (${split}CPU ${s1(result.cpuMs)}), peak ${(result.peakRss / 1e6).toFixed(0)} MB${rebuilt}`);
      samples[build.key].push(result);
    }
  }

  const row = { lessons, runs, builds: {} };
  for (const build of builds) {
    const base = { kind: build.kind, engine: build.engine, format: build.format, label: build.label };
    if (failed[build.key]) {
      failures++;
      row.builds[build.key] = { ...base, failed: failed[build.key] };
      continue;
    }
    const done = samples[build.key];
    const dist = path.join(build.project, 'dist');
    const exported = path.join(build.project, 'export');
    const page = lessonPageBytes(dist);
    const printed = printPageBytes(dist);
    const home = path.join(dist, 'index.html');
    row.builds[build.key] = {
      ...base,
      ...summary(done, (s) => s),
      steps: Object.fromEntries(build.steps.map(({ name }) => [name, summary(done, (s) => s.steps[name])])),
      exportRebuiltDist: done.some((s) => s.steps.export?.rebuilt) || undefined,
      ...(({ bytes, files, largest }) => ({ outputBytes: bytes, outputFiles: files, largestFile: largest }))(dirStats(dist)),
      exportBytes: existsSync(exported) ? dirBytes(exported) : 0,
      lessonPages: page.pages,
      lessonPageBytes: page.median,
      homePageBytes: existsSync(home) ? statSync(home).size : 0,
      // The largest page of each kind: none should grow with the handbook, only with one folder's entries.
      // The printed handbook's too: its one page, or (past handbook.json printVolume lessons) its largest volume.
      largestPageBytes: { home: existsSync(home) ? statSync(home).size : 0, part: page.largest.part, lesson: page.largest.lesson, print: printed.largest },
      printVolumes: printed.volumes,
    };
  }
  // Each Lessonbook build against the floor of its format: the build alone (what the goal
  // is about) and with the export.
  for (const build of builds.filter((b) => b.kind === 'ours')) {
    const ours = row.builds[build.key];
    const floor = row.builds[`floor-${build.format}`];
    if (ours.failed || floor.failed) continue;
    const vs = (a) => ({
      time: +(a.seconds / floor.seconds).toFixed(2),
      cpu: +(a.cpuSeconds / floor.cpuSeconds).toFixed(2),
      user: +(a.userSeconds / floor.userSeconds).toFixed(2),
      memory: +(a.peakRssBytes / floor.peakRssBytes).toFixed(2),
    });
    ours.ratio = {
      build: vs(ours.steps['astro build']),
      total: vs(ours),
      output: +(ours.outputBytes / floor.outputBytes).toFixed(2),
      lessonPage: +(ours.lessonPageBytes / floor.lessonPageBytes).toFixed(2),
    };
  }
  if (args.devSave) row.devSave = await devSaves(lessons, runs);
  results.push(row);
  console.log('');
}

const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim();
publish({
  version: RESULTS_VERSION,
  date: new Date().toISOString(),
  command,
  machine,
  highestLoadAverage: +busiest.toFixed(2),
  coldBuilds: true,
  engines: args.engines,
  formats: args.formats,
  ...(ignoredCode.length ? { gitIgnoredSourceFiles: ignoredCode } : {}),
  steps: { 'astro build': 'astro build', export: `node ${path.relative(tmp, cli)} export` },
  results,
});
// What the table above leaves out: Starlight's builds, and the dev loop.
for (const row of results) {
  const anchors = Object.values(row.builds).filter((b) => b.kind === 'anchor');
  if (!anchors.length && !row.devSave) continue;
  console.log(`\n${row.lessons.toLocaleString('en-US')} lessons, against the anchors (medians):`);
  for (const anchor of anchors) {
    if (anchor.failed) {
      console.log(`  ${anchor.label}: FAILED (${anchor.failed.step})`);
      continue;
    }
    console.log(`  ${anchor.label}: astro build ${anchor.seconds} s, CPU ${anchor.cpuSeconds} s, peak ${(anchor.peakRssBytes / 1e6).toFixed(0)} MB, ${(anchor.outputBytes / 1e6).toFixed(0)} MB out`);
    for (const ours of Object.values(row.builds).filter((b) => b.kind === 'ours' && b.format === anchor.format && !b.failed)) {
      const build = ours.steps['astro build'];
      console.log(`    ${ours.label}: astro build ${build.seconds} s, CPU ${build.cpuSeconds} s: ${(anchor.cpuSeconds / build.cpuSeconds).toFixed(2)}× less CPU than Starlight`);
    }
  }
  const saves = Object.values(row.devSave ?? {});
  if (saves.length) console.log('  a save in astro dev, to the page in Chromium showing it (goal: within 1 s):');
  for (const save of saves) console.log(`    ${save.label}: ${save.failed ? `FAILED (${save.failed})` : `${save.seconds} s (dev server CPU ${save.cpuSeconds} s)`}`);
}
if (args.keep) console.log(`\nKept the projects, their dist/ and export/, in ${tmp}`);
process.exit(failures ? 1 : 0);
