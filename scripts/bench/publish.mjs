// The end of a benchmark run: the table, the goals, bench-results/latest.json and the chart.
// Shared by a fresh run and by `--report`, which shows the last run's figures again.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root } from '../lib/run.mjs';
import { buildTimeChart } from './chart.mjs';
import { printGoals, printTable } from './report.mjs';

export function publish(run) {
  const { results, machine, highestLoadAverage } = run;
  printTable(results);
  // A build alone keeps the load near the number of cores (the bundler runs threads); allow it.
  if (highestLoadAverage > machine.cpus + 2) {
    console.log(`\nNote: the machine was busy (1-minute load average up to ${highestLoadAverage} on ${machine.cpus} cores): wall times`);
    console.log('and their ratios mostly measure the other work. The CPU ratio is the steadier guide to the cost.');
  }
  const goals = printGoals(results);

  const done = results.filter((r) => !r.failed);
  const outDir = path.join(root, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'latest.json'), JSON.stringify({ ...run, goals }, null, 2) + '\n');
  if (done.length) {
    const runs = done.map((r) => `${r.runs} at ${r.lessons.toLocaleString('en-US')}`).join(', ');
    const chart = buildTimeChart(
      done.map((r) => ({ lessons: r.lessons, ours: r.ours.seconds, floor: r.floor.seconds, oursCpu: r.ours.cpuSeconds, floorCpu: r.floor.cpuSeconds })),
      { subtitle: `${machine.cpus}-core ${machine.cpu}, Astro ${machine.astro}, ${run.date.slice(0, 10)}; medians of cold runs (${runs})` },
    );
    writeFileSync(path.join(outDir, 'build-time.svg'), chart);
  }
  console.log(`\nWrote ${path.relative(root, outDir)}/latest.json${done.length ? ` and ${path.relative(root, outDir)}/build-time.svg` : ''}.`);
}
