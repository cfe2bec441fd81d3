// The end of a benchmark run: the table, the goals, bench-results/latest.json and the chart.
// Shared by a fresh run and by `--report`, which shows the last run's figures again and
// writes nothing.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root } from '../lib/run.mjs';
import { buildTimeChart } from './chart.mjs';
import { buildsOf, printGoals, printTable, variantsOf } from './report.mjs';

/** The shape of latest.json; `--report` refuses files of another. */
export const RESULTS_VERSION = 2;

/** The chart's figures: per format, per size, the floor and each engine (build, and build + export). */
function chartGroups(results) {
  const sorted = [...results].sort((a, b) => a.lessons - b.lessons);
  const formats = [...new Set(sorted.flatMap((r) => buildsOf(r).map((b) => b.format)))];
  return formats
    .map((format) => ({
      format,
      engines: variantsOf(sorted).filter((v) => v.format === format).map((v) => v.engine),
      points: sorted
        .map((r) => {
          const floor = r.builds[`floor-${format}`];
          if (!floor || floor.failed) return undefined;
          const ours = {};
          for (const b of buildsOf(r).filter((b) => b.kind === 'ours' && b.format === format && !b.failed)) {
            const build = b.steps['astro build'];
            ours[b.engine] = { build: { wall: build.seconds, cpu: build.cpuSeconds }, total: { wall: b.seconds, cpu: b.cpuSeconds } };
          }
          return { lessons: r.lessons, floor: { wall: floor.seconds, cpu: floor.cpuSeconds }, ours };
        })
        .filter(Boolean),
    }))
    .filter((g) => g.points.length);
}

/** Prints the run's table and goals; with `write` (a fresh run), saves latest.json and the chart. */
export function publish(run, { write = true } = {}) {
  const { results, machine, highestLoadAverage } = run;
  printTable(results);
  // A build alone keeps the load near the number of cores (the bundler runs threads); allow it.
  if (highestLoadAverage > machine.cpus + 2) {
    console.log(`\nNote: the machine was busy (1-minute load average up to ${highestLoadAverage} on ${machine.cpus} cores): wall times`);
    console.log('and their ratios mostly measure the other work. The CPU ratio is the steadier guide to the cost.');
  }
  const goals = printGoals(results);
  if (!write) return;

  const outDir = path.join(root, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'latest.json'), JSON.stringify({ ...run, goals }, null, 2) + '\n');
  const groups = chartGroups(results);
  if (groups.length) {
    const runs = results.map((r) => `${r.runs} at ${r.lessons.toLocaleString('en-US')}`).join(', ');
    const chart = buildTimeChart(groups, {
      subtitle: `${machine.cpus}-core ${machine.cpu}, Astro ${machine.astro}, ${run.date.slice(0, 10)}; medians of cold runs (${runs})`,
    });
    writeFileSync(path.join(outDir, 'build-time.svg'), chart);
  }
  console.log(`\nWrote ${path.relative(root, outDir)}/latest.json${groups.length ? ` and ${path.relative(root, outDir)}/build-time.svg` : ''}.`);
}
