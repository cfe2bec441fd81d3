// Prints the benchmark's figures and checks them against the goals in PRODUCT.md.
// Decimal units throughout (1 MB = 10^6 bytes), so "2 GB" means 2,000,000,000 bytes.

export const GOALS = {
  timeRatio: 1.5, // ours ≤ 1.5 × the bare Astro floor, same lessons, same run
  linearTolerance: 0.25, // cost per lesson stays within ±25% across sizes
  pageGrowth: 0.02, // a lesson page's HTML does not grow with the number of lessons
  memoryBytes: 2e9, // 10,000 lessons under 2 GB peak memory (whole process tree)
  memoryAt: 10000,
};

const n = (v) => v.toLocaleString('en-US');
const mb = (b) => `${(b / 1e6).toFixed(b < 1e8 ? 1 : 0)} MB`;
const kb = (b) => `${(b / 1e3).toFixed(1)} KB`;
const pad = (s, w) => String(s).padStart(w);
const padEnd = (s, w) => String(s).padEnd(w);

/** The figures as a fixed-width table, one block per size, ours above the floor. */
export function printTable(results) {
  const cols = [
    ['lessons', 8, 'start'], ['build', 11, 'end'], ['time (median)', 14, 'start'], ['runs (s)', 22, 'end'],
    ['CPU (median)', 13, 'start'], ['peak memory', 12, 'start'], ['output', 10, 'start'], ['lesson page', 12, 'start'],
  ];
  const line = (cells) => cells.map((c, i) => (cols[i][2] === 'start' ? pad(c, cols[i][1]) : padEnd(` ${c}`, cols[i][1]))).join(' ');
  const head = line(cols.map((c) => c[0]));
  console.log(head);
  console.log('─'.repeat(head.length));
  for (const r of results) {
    if (r.failed) {
      console.log(`${pad(n(r.lessons), 8)}  ${r.failed.build === 'ours' ? 'Lessonbook' : 'bare Astro'} FAILED in "${r.failed.step}" after ${r.failed.seconds} s, peak ${mb(r.failed.peakRssBytes)}`);
      continue;
    }
    for (const [kind, label] of [['ours', 'Lessonbook'], ['floor', 'bare Astro']]) {
      const f = r[kind];
      console.log(line([kind === 'ours' ? n(r.lessons) : '', label, `${f.seconds.toFixed(2)} s`, f.runsSeconds.map((s) => s.toFixed(1)).join(' · '), `${f.cpuSeconds.toFixed(1)} s`, mb(f.peakRssBytes), mb(f.outputBytes), kb(f.lessonPageBytes)]));
      if (f.exportBytes) console.log(`${line(['', '', '', '', '', '', `+${mb(f.exportBytes)}`])}  offline export (time included above)`);
    }
    const x = r.ratio;
    console.log(line(['', 'ours/floor', `${x.time.toFixed(2)}×`, '', `${x.cpu.toFixed(2)}×`, `${x.memory.toFixed(2)}×`, `${x.output.toFixed(2)}×`, `${x.lessonPage.toFixed(2)}×`]));
  }
}

function verdict(met) {
  return met === undefined ? '[not run]' : met ? '[met]    ' : '[NOT met]';
}

const perLesson = (r, kind, metric) => (r[kind][metric] * 1000) / r.lessons;

/** Marginal milliseconds per extra lesson between consecutive sizes. */
function marginal(done, kind, metric) {
  const out = [];
  for (let i = 1; i < done.length; i++) {
    const a = done[i - 1];
    const b = done[i];
    out.push({ from: a.lessons, to: b.lessons, ms: ((b[kind][metric] - a[kind][metric]) * 1000) / (b.lessons - a.lessons) });
  }
  return out;
}

/**
 * How cost grows with lessons, by one measure. With three or more sizes the fixed start-up
 * cost can be told apart from the cost per lesson: linear means each extra lesson costs the
 * same (±25%) at every size. With two, the best available test is that the cost per lesson
 * does not rise by more than 25%.
 */
function growth(done, kind, metric) {
  const first = done[0];
  const last = done.at(-1);
  const ratio = perLesson(last, kind, metric) / perLesson(first, kind, metric);
  const steps = marginal(done, kind, metric);
  const marginalRatio = steps.length > 1 ? steps.at(-1).ms / steps[0].ms : undefined;
  const met = marginalRatio !== undefined ? Math.abs(marginalRatio - 1) <= GOALS.linearTolerance : ratio <= 1 + GOALS.linearTolerance;
  const text =
    `ms per lesson ${done.map((r) => `${n(r.lessons)}: ${perLesson(r, kind, metric).toFixed(1)}`).join(', ')} (${n(last.lessons)} vs ${n(first.lessons)}: ${ratio.toFixed(2)}×); ` +
    `per extra lesson ${steps.map((s) => `${n(s.from)}→${n(s.to)}: ${s.ms.toFixed(1)}`).join(', ')}${marginalRatio ? ` (${marginalRatio.toFixed(2)}×)` : ''}`;
  return {
    msPerLesson: Object.fromEntries(done.map((r) => [r.lessons, +perLesson(r, kind, metric).toFixed(2)])),
    perLessonRatio: +ratio.toFixed(2),
    marginalMsPerLesson: steps.map((s) => ({ ...s, ms: +s.ms.toFixed(2) })),
    marginalRatio: marginalRatio && +marginalRatio.toFixed(2),
    met,
    text,
  };
}

/** Prints each goal with its figures; returns them for latest.json. */
export function printGoals(results) {
  const done = results.filter((r) => !r.failed).sort((a, b) => a.lessons - b.lessons);
  const goals = {};
  console.log('\nGoals (PRODUCT.md, "Quality bars"):');

  const speedMet = done.length ? done.every((r) => r.ratio.time <= GOALS.timeRatio) : undefined;
  goals.speed = { goal: `≤ ${GOALS.timeRatio}× bare Astro`, met: speedMet, ratios: Object.fromEntries(done.map((r) => [r.lessons, r.ratio.time])), cpuRatios: Object.fromEntries(done.map((r) => [r.lessons, r.ratio.cpu])) };
  console.log(`  ${verdict(speedMet)} build time ≤ ${GOALS.timeRatio}× bare Astro: ${done.map((r) => `${n(r.lessons)}: ${r.ratio.time.toFixed(2)}× (CPU ${r.ratio.cpu.toFixed(2)}×)`).join(', ') || 'no build finished'}`);

  if (done.length > 1) {
    const first = done[0];
    const last = done.at(-1);
    // Judged on CPU time: on a shared machine wall time also measures the other work.
    const linear = {
      ours: growth(done, 'ours', 'cpuSeconds'),
      floor: growth(done, 'floor', 'cpuSeconds'),
      oursWall: growth(done, 'ours', 'seconds'),
    };
    goals.linear = {
      goal: `CPU cost per extra lesson within ±${GOALS.linearTolerance * 100}% across sizes`,
      met: linear.ours.met,
      ...Object.fromEntries(Object.entries(linear).map(([k, { text, ...v }]) => [k, v])),
    };
    console.log(`  ${verdict(linear.ours.met)} cost linear in lessons (CPU of ours, ±${GOALS.linearTolerance * 100}%; time per lesson falls as a fixed start-up cost is spread):`);
    console.log(`      Lessonbook CPU:  ${linear.ours.text}`);
    console.log(`      bare Astro CPU:  ${linear.floor.text}`);
    console.log(`      Lessonbook wall: ${linear.oursWall.text}`);

    const pageGrowth = last.ours.lessonPageBytes / first.ours.lessonPageBytes - 1;
    const pageMet = Math.abs(pageGrowth) <= GOALS.pageGrowth;
    goals.lessonPage = { goal: 'lesson page HTML does not grow with lessons', met: pageMet, bytes: Object.fromEntries(done.map((r) => [r.lessons, r.ours.lessonPageBytes])), growth: +pageGrowth.toFixed(4) };
    console.log(`  ${verdict(pageMet)} a lesson page does not grow with lessons: ${done.map((r) => `${n(r.lessons)}: ${kb(r.ours.lessonPageBytes)}`).join(', ')} (${pageGrowth >= 0 ? '+' : ''}${(pageGrowth * 100).toFixed(1)}%)`);
  } else {
    console.log('  [not run] cost linear in lessons, lesson page size constant: need two sizes or more (--lessons 1000,3000)');
  }

  const big = results.find((r) => r.lessons >= GOALS.memoryAt);
  if (big) {
    const peak = big.failed ? big.failed.peakRssBytes : big.ours.peakRssBytes;
    const met = !big.failed && peak < GOALS.memoryBytes;
    goals.memory = { goal: `${n(GOALS.memoryAt)} lessons under ${GOALS.memoryBytes / 1e9} GB peak memory`, met, lessons: big.lessons, peakRssBytes: peak, built: !big.failed };
    console.log(`  ${verdict(met)} ${n(big.lessons)} lessons build under ${GOALS.memoryBytes / 1e9} GB peak memory: ${big.failed ? `build FAILED (peak ${mb(peak)})` : `${mb(peak)} (whole process tree; bare Astro ${mb(big.floor.peakRssBytes)})`}`);
  } else {
    console.log(`  [not run] ${n(GOALS.memoryAt)} lessons under ${GOALS.memoryBytes / 1e9} GB peak memory: run with --lessons ${GOALS.memoryAt}`);
  }
  return goals;
}
