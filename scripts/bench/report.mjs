// Prints the benchmark's figures and checks them against the product's goals (GOALS below):
// the build within 1.5× of bare Astro on its own format, cost linear in lessons, a lesson
// page's size constant, and 10,000 .md lessons built under 2 GB peak memory.
// Decimal units throughout (1 MB = 10^6 bytes), so "2 GB" means 2,000,000,000 bytes.
//
// Every Lessonbook variant (engine × format) is set against the floor of its format: bare
// Astro on the same lessons in the same format. The speed goal is about the build (the
// offline export is reported on its own), so the goal is judged on `astro build`; the ratio
// with the export added is printed beside it.
import { FORMATS } from './generate.mjs';

export const GOALS = {
  timeRatio: 1.5, // our build ≤ 1.5 × the bare Astro floor of its format, same lessons, same run
  linearTolerance: 0.25, // cost per lesson stays within ±25% across sizes
  pageGrowth: 0.02, // a lesson page's HTML does not grow with the number of lessons
  memoryBytes: 2e9, // 10,000 lessons under 2 GB peak memory (whole process tree) …
  memoryAt: 10000,
  memoryFormat: 'md', // … for a .md handbook
};

const n = (v) => v.toLocaleString('en-US');
const mb = (b) => (b >= 1e9 ? `${(b / 1e9).toFixed(2)} GB` : `${(b / 1e6).toFixed(b < 1e8 ? 1 : 0)} MB`);
const kb = (b) => `${(b / 1e3).toFixed(1)} KB`;
const x2 = (r) => `${r.toFixed(2)}×`;
const pad = (s, w) => String(s).padStart(w);
const padEnd = (s, w) => String(s).padEnd(w);

/** The builds of one result row, in print order: per format, the floor, then each engine. */
export function buildsOf(row) {
  const all = Object.entries(row.builds).map(([key, b]) => ({ key, ...b }));
  const formats = [...new Set(all.map((b) => b.format))];
  return formats.flatMap((f) => [...all.filter((b) => b.format === f && b.kind === 'floor'), ...all.filter((b) => b.format === f && b.kind === 'ours')]);
}

/** The Lessonbook variants (engine × format) present in the results, in first-seen order. */
export function variantsOf(results) {
  const seen = new Map();
  for (const r of results) for (const b of buildsOf(r)) if (b.kind === 'ours' && !seen.has(b.key)) seen.set(b.key, { key: b.key, engine: b.engine, format: b.format, label: b.label });
  return [...seen.values()];
}

/** The figures as a fixed-width table: per size and format, the floor, then each variant with its steps and ratios. */
export function printTable(results) {
  const cols = [
    ['lessons', 8, 'start'], ['build', 28, 'end'], ['time (median)', 14, 'start'], ['runs (s)', 22, 'end'],
    ['CPU (median)', 13, 'start'], ['peak memory', 12, 'start'], ['output', 10, 'start'], ['lesson page', 12, 'start'],
  ];
  const line = (cells) => cells.map((c, i) => (cols[i][2] === 'start' ? pad(c, cols[i][1]) : padEnd(` ${c}`, cols[i][1]))).join(' ').trimEnd();
  const head = line(cols.map((c) => c[0]));
  console.log(head);
  console.log('─'.repeat(head.length));
  for (const r of results) {
    let first = true;
    const lessonsCell = () => (first ? ((first = false), n(r.lessons)) : '');
    for (const b of buildsOf(r)) {
      if (b.failed) {
        console.log(`${line([lessonsCell(), b.label])}  FAILED in "${b.failed.step}" (${b.failed.reason ?? `exit ${b.failed.code}`}) after ${b.failed.seconds} s, peak ${mb(b.failed.peakRssBytes)}`);
        continue;
      }
      const runs = (f) => f.runsSeconds.map((s) => s.toFixed(1)).join(' · ');
      console.log(line([lessonsCell(), b.label, `${b.seconds.toFixed(2)} s`, runs(b), `${b.cpuSeconds.toFixed(1)} s`, mb(b.peakRssBytes), mb(b.outputBytes), kb(b.lessonPageBytes)]));
      if (b.kind !== 'ours') continue;
      const big = b.largestPageBytes;
      // Older results have no print figure.
      const print = big?.print === undefined ? '' : `, print ${(big.print >= 1e6 ? mb : kb)(big.print)}${b.printVolumes ? ` (of ${b.printVolumes} volumes)` : ' (one page)'}`;
      if (big) console.log(line(['', `  largest page: home ${kb(big.home)}, part ${kb(big.part)}, lesson ${kb(big.lesson)}${print}`]));
      // What a host counts: bytes (GitHub Pages publishes at most 1 GB) and files, per lesson, and the largest file.
      if (b.outputFiles) {
        console.log(line(['', `  output: ${n(b.outputFiles)} files, ${kb(b.outputBytes / r.lessons)} and ${(b.outputFiles / r.lessons).toFixed(1)} files a lesson; largest file ${b.largestFile.file} ${mb(b.largestFile.bytes)}`]));
      }
      for (const [name, s] of Object.entries(b.steps)) {
        const out = name === 'export' && b.exportBytes ? `+${mb(b.exportBytes)}` : '';
        console.log(line(['', `  ${name}`, `${s.seconds.toFixed(2)} s`, runs(s), `${s.cpuSeconds.toFixed(1)} s`, mb(s.peakRssBytes), out]));
      }
      if (b.exportRebuiltDist) console.log(line(['', '  (the export built dist/ again in some run: its time includes a second build)']));
      const x = b.ratio;
      if (!x) continue;
      // User CPU alone (the code's own work) beside it: the kernel's share follows the file system's state.
      const user = (r) => (r.user ? `user CPU ${x2(r.user)}` : '');
      console.log(line(['', `  build ÷ floor .${b.format}`, x2(x.build.time), user(x.build), x2(x.build.cpu), x2(x.build.memory), x2(x.output), x2(x.lessonPage)]));
      console.log(line(['', '  with export ÷ floor', x2(x.total.time), user(x.total), x2(x.total.cpu), x2(x.total.memory)]));
    }
  }
}

function verdict(met) {
  return met === undefined ? '[not run]' : met ? '[met]    ' : '[NOT met]';
}

/** Marginal milliseconds per extra lesson between consecutive sizes. */
function marginal(points) {
  const out = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    out.push({ from: a.lessons, to: b.lessons, ms: ((b.seconds - a.seconds) * 1000) / (b.lessons - a.lessons) });
  }
  return out;
}

/**
 * How cost grows with lessons, from points { lessons, seconds }. With three or more sizes the
 * fixed start-up cost can be told apart from the cost per lesson: linear means each extra
 * lesson costs the same (±25%) at every size. With two, the best available test is that the
 * cost per lesson does not rise by more than 25%.
 */
function growth(points) {
  const perLesson = (p) => (p.seconds * 1000) / p.lessons;
  const first = points[0];
  const last = points.at(-1);
  const ratio = perLesson(last) / perLesson(first);
  const steps = marginal(points);
  const marginalRatio = steps.length > 1 ? steps.at(-1).ms / steps[0].ms : undefined;
  const met = marginalRatio !== undefined ? Math.abs(marginalRatio - 1) <= GOALS.linearTolerance : ratio <= 1 + GOALS.linearTolerance;
  const text =
    `ms per lesson ${points.map((p) => `${n(p.lessons)}: ${perLesson(p).toFixed(1)}`).join(', ')} (${n(last.lessons)} vs ${n(first.lessons)}: ${ratio.toFixed(2)}×); ` +
    `per extra lesson ${steps.map((s) => `${n(s.from)}→${n(s.to)}: ${s.ms.toFixed(1)}`).join(', ')}${marginalRatio ? ` (${marginalRatio.toFixed(2)}×)` : ''}`;
  return {
    msPerLesson: Object.fromEntries(points.map((p) => [p.lessons, +perLesson(p).toFixed(2)])),
    perLessonRatio: +ratio.toFixed(2),
    marginalMsPerLesson: steps.map((s) => ({ ...s, ms: +s.ms.toFixed(2) })),
    marginalRatio: marginalRatio && +marginalRatio.toFixed(2),
    met,
    text,
  };
}

const allMet = (values) => (values.length ? values.every(Boolean) : undefined);

/** Prints each goal with its figures; returns them for latest.json. */
export function printGoals(results) {
  const sorted = [...results].sort((a, b) => a.lessons - b.lessons);
  const variants = variantsOf(sorted);
  const formats = [...new Set(variants.map((v) => v.format))];
  const goals = { speed: {}, linear: {}, lessonPage: {} };
  console.log('\nGoals, each variant against bare Astro on its own format:');

  // Speed: the build (astro build, every feature on) within 1.5× of the floor, wall time.
  for (const v of variants) {
    const rows = sorted.filter((r) => r.builds[v.key]);
    const parts = rows.map((r) => {
      const b = r.builds[v.key];
      if (b.failed) return { lessons: r.lessons, met: false, text: `${n(r.lessons)}: FAILED` };
      if (!b.ratio) return { lessons: r.lessons, met: undefined, text: `${n(r.lessons)}: no floor to compare with` };
      const x = b.ratio;
      return {
        lessons: r.lessons,
        met: x.build.time <= GOALS.timeRatio,
        build: x.build,
        total: x.total,
        text: `${n(r.lessons)}: ${x2(x.build.time)} (CPU ${x2(x.build.cpu)}${x.build.user ? `, user CPU ${x2(x.build.user)}` : ''}; with export ${x2(x.total.time)}, CPU ${x2(x.total.cpu)})`,
      };
    });
    const met = parts.some((p) => p.met === undefined) ? undefined : allMet(parts.map((p) => p.met));
    goals.speed[v.key] = {
      goal: `astro build ≤ ${GOALS.timeRatio}× bare Astro on .${v.format} (wall time)`,
      met,
      ...Object.fromEntries(['build', 'total'].map((k) => [k, Object.fromEntries(parts.filter((p) => p[k]).map((p) => [p.lessons, p[k]]))])),
    };
    console.log(`  ${verdict(met)} build ≤ ${GOALS.timeRatio}× bare Astro, ${v.label}: ${parts.map((p) => p.text).join('; ')}`);
  }
  for (const f of FORMATS.filter((f) => !formats.includes(f))) console.log(`  [not run] build ≤ ${GOALS.timeRatio}× bare Astro on .${f}: run with --formats ${[...formats, f].join(',')}`);

  // Linear cost, judged on CPU time of the whole pipeline (build + export): on a shared
  // machine wall time also measures the other work.
  const points = (key, get) => sorted.filter((r) => r.builds[key] && !r.builds[key].failed).map((r) => ({ lessons: r.lessons, seconds: get(r.builds[key]) }));
  const measured = variants.filter((v) => points(v.key, (b) => b.cpuSeconds).length > 1);
  if (measured.length) {
    console.log(`  cost linear in lessons (CPU of build + export, ±${GOALS.linearTolerance * 100}%; time per lesson falls as a fixed start-up cost is spread):`);
    for (const v of measured) {
      const cpu = growth(points(v.key, (b) => b.cpuSeconds));
      const wall = growth(points(v.key, (b) => b.seconds));
      const { text: _, ...cpuFigures } = cpu;
      const { text: __, ...wallFigures } = wall;
      goals.linear[v.key] = { goal: `CPU cost per extra lesson within ±${GOALS.linearTolerance * 100}% across sizes`, met: cpu.met, cpu: cpuFigures, wall: wallFigures };
      console.log(`    ${verdict(cpu.met)} ${v.label} CPU:  ${cpu.text}`);
      console.log(`              ${v.label} wall: ${wall.text}`);
    }
    for (const f of formats) {
      const floorPoints = points(`floor-${f}`, (b) => b.cpuSeconds);
      if (floorPoints.length < 2) continue;
      const floor = growth(floorPoints);
      const { text, ...figures } = floor;
      goals.linear[`floor-${f}`] = { goal: 'for comparison', cpu: figures };
      console.log(`              bare Astro .${f} CPU: ${text}`);
    }

    for (const v of measured) {
      const pages = sorted.filter((r) => r.builds[v.key] && !r.builds[v.key].failed).map((r) => ({ lessons: r.lessons, bytes: r.builds[v.key].lessonPageBytes }));
      const pageGrowth = pages.at(-1).bytes / pages[0].bytes - 1;
      const met = Math.abs(pageGrowth) <= GOALS.pageGrowth;
      goals.lessonPage[v.key] = { goal: 'lesson page HTML does not grow with lessons', met, bytes: Object.fromEntries(pages.map((p) => [p.lessons, p.bytes])), growth: +pageGrowth.toFixed(4) };
      console.log(`  ${verdict(met)} a lesson page does not grow with lessons, ${v.label}: ${pages.map((p) => `${n(p.lessons)}: ${kb(p.bytes)}`).join(', ')} (${pageGrowth >= 0 ? '+' : ''}${(pageGrowth * 100).toFixed(1)}%)`);
    }
  } else {
    console.log('  [not run] cost linear in lessons, lesson page size constant: need two sizes or more (--lessons 1000,3000)');
  }

  // Memory: 10,000 lessons of a .md handbook build under 2 GB (astro build, whole process tree).
  const goalMemory = `${n(GOALS.memoryAt)} lessons of a .${GOALS.memoryFormat} handbook build under ${GOALS.memoryBytes / 1e9} GB peak memory`;
  const big = sorted.filter((r) => r.lessons >= GOALS.memoryAt);
  const memoryOf = (b) => (b.failed ? b.failed.peakRssBytes : b.steps['astro build'].peakRssBytes);
  const describe = (b) => (b.failed ? `${b.label} FAILED (peak ${mb(b.failed.peakRssBytes)})` : `${b.label} ${mb(memoryOf(b))} (export ${mb(b.steps.export.peakRssBytes)})`);
  const mdBuilds = big.flatMap((r) => buildsOf(r).filter((b) => b.kind === 'ours' && b.format === GOALS.memoryFormat).map((b) => ({ ...b, lessons: r.lessons })));
  const floorsAt = (r) => buildsOf(r).filter((b) => b.kind === 'floor' && !b.failed).map((b) => `${b.label} ${mb(b.peakRssBytes)}`).join(', ');
  if (mdBuilds.length) {
    const met = mdBuilds.every((b) => !b.failed && memoryOf(b) < GOALS.memoryBytes);
    goals.memory = { goal: goalMemory, met, lessons: big[0].lessons, peakRssBytes: Object.fromEntries(mdBuilds.map((b) => [b.key, memoryOf(b)])) };
    console.log(`  ${verdict(met)} ${goalMemory}: ${mdBuilds.map(describe).join('; ')} (whole process tree, astro build; ${floorsAt(big[0])})`);
  } else if (big.length) {
    const others = buildsOf(big[0]).filter((b) => b.kind === 'ours');
    goals.memory = { goal: goalMemory, met: undefined, lessons: big[0].lessons, otherFormats: Object.fromEntries(others.map((b) => [b.key, memoryOf(b)])) };
    console.log(`  [not run] ${goalMemory}: run with --formats ${GOALS.memoryFormat} (for information: ${others.map(describe).join('; ')}; ${floorsAt(big[0])})`);
  } else {
    console.log(`  [not run] ${goalMemory}: run with --lessons ${GOALS.memoryAt} --formats ${GOALS.memoryFormat}`);
  }
  return goals;
}
