// The benchmark's chart: build time against number of lessons, one row of two panels per
// lesson format: wall-clock time (what a user waits) and CPU time (what the build costs; on a
// shared machine the steadier of the two). In each, bare Astro on that format (the floor),
// the 1.5× goal line, and Lessonbook on each Markdown engine: `astro build` (solid, what the
// goal is about) and build + offline export (dotted). Plain SVG with its own white
// background, so it reads the same in a light or dark README viewer.

const PANEL = { w: 430, h: 330 };
const M = { top: 34, right: 20, bottom: 44, left: 58 };
const GAP = 20;
const ENGINE_COLORS = { satteri: '#1d4ed8', unified: '#047857' };
const OTHER_COLORS = ['#7c3aed', '#be123c'];
const FLOOR_COLOR = '#4b5563';
const GOAL_COLOR = '#b45309';

function niceStep(max, ticks) {
  const raw = max / ticks;
  const pow = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? raw;
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
const fmtN = (n) => n.toLocaleString('en-US');
const fmtS = (s) => (s >= 100 ? s.toFixed(0) : s.toFixed(1));
const dashAttr = (dash) => (dash ? ` stroke-dasharray="${dash}"` : '');

/**
 * The lines of one format's panels. `value(point, measure)` gives seconds (measure: wall or
 * cpu) or undefined where that build did not finish; `labels` says where values are written
 * (below-right of the point; for ours, above-left for the highest engine, below-left for the others).
 */
function seriesFor(engines) {
  const series = [
    { label: '1.5× floor (goal)', color: GOAL_COLOR, dash: '5 4', width: 1.5, value: (p, m) => p.floor[m] * 1.5 },
    { label: 'bare Astro (floor)', color: FLOOR_COLOR, width: 2.5, value: (p, m) => p.floor[m], labels: 'below-right' },
  ];
  engines.forEach((engine, i) => {
    const color = ENGINE_COLORS[engine] ?? OTHER_COLORS[i % OTHER_COLORS.length];
    series.push(
      { label: `Lessonbook, ${engine}: build + export`, color, dash: '2 3', width: 1.5, value: (p, m) => p.ours[engine]?.total[m] },
      { label: `Lessonbook, ${engine}: astro build`, color, width: 2.5, value: (p, m) => p.ours[engine]?.build[m], labels: 'ours' },
    );
  });
  return series;
}

/** One panel of `measure` ('wall' or 'cpu') for one format's points. */
function panel(title, points, series, measure, dx, dy) {
  const values = points.flatMap((p) => series.map((s) => s.value(p, measure)).filter((v) => v !== undefined));
  const maxN = Math.max(...points.map((p) => p.lessons));
  const maxS = Math.max(...values);
  const xStep = niceStep(maxN, 4);
  const xMax = Math.ceil(maxN / xStep) * xStep;
  const yStep = niceStep(maxS, 5);
  const yMax = Math.ceil(maxS / yStep) * yStep;
  const pw = PANEL.w - M.left - M.right;
  const ph = PANEL.h - M.top - M.bottom;
  const x = (n) => +(M.left + (n / xMax) * pw).toFixed(1);
  const y = (s) => +(M.top + ph - (s / yMax) * ph).toFixed(1);
  const out = [`<g transform="translate(${dx} ${dy})">`, `<text x="${M.left}" y="18" font-size="13" font-weight="600" fill="#111">${esc(title)}</text>`];
  for (let s = 0; s <= yMax + 1e-9; s += yStep) {
    out.push(
      `<line x1="${M.left}" x2="${M.left + pw}" y1="${y(s)}" y2="${y(s)}" stroke="#e5e7eb"/>`,
      `<text x="${M.left - 8}" y="${y(s) + 4}" text-anchor="end" fill="#444">${+s.toFixed(2)} s</text>`,
    );
  }
  for (let n = 0; n <= xMax; n += xStep) {
    out.push(`<text x="${x(n)}" y="${M.top + ph + 18}" text-anchor="middle" fill="#444">${fmtN(n)}</text>`);
  }
  out.push(
    `<line x1="${M.left}" x2="${M.left + pw}" y1="${M.top + ph}" y2="${M.top + ph}" stroke="#9ca3af"/>`,
    `<text x="${M.left + pw / 2}" y="${PANEL.h - 6}" text-anchor="middle" fill="#222">lessons</text>`,
  );
  // Ours: the highest build at a size has its value above the point, the others below it.
  const topOurs = (p) => Math.max(...series.filter((s) => s.labels === 'ours').map((s) => s.value(p, measure) ?? -Infinity));
  for (const s of series) {
    const measured = points.map((p) => ({ lessons: p.lessons, v: s.value(p, measure), top: topOurs(p) })).filter((p) => p.v !== undefined);
    if (!measured.length) continue;
    // Lines join measured sizes only: a build has a fixed start-up cost, so 0 lessons is not 0 s.
    const d = measured.map((p, j) => `${j ? 'L' : 'M'}${x(p.lessons)},${y(p.v)}`).join(' ');
    out.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="${s.width}"${dashAttr(s.dash)}/>`);
    if (!s.labels) {
      // A short mark at each size, so a line of one point (a run of one size) still shows.
      for (const p of measured) out.push(`<line x1="${x(p.lessons) - 9}" x2="${x(p.lessons) + 9}" y1="${y(p.v)}" y2="${y(p.v)}" stroke="${s.color}" stroke-width="2"/>`);
      continue;
    }
    for (const [j, p] of measured.entries()) {
      // Right of the point only where there is room (not at the right edge).
      const right = s.labels === 'below-right' && j < measured.length - 1;
      const below = s.labels === 'below-right' || (s.labels === 'ours' && p.v < p.top);
      out.push(
        `<circle cx="${x(p.lessons)}" cy="${y(p.v)}" r="4" fill="${s.color}"/>`,
        `<text x="${x(p.lessons) + (right ? 7 : -7)}" y="${y(p.v) + (below ? 16 : -8)}" text-anchor="${right ? 'start' : 'end'}" fill="${s.color}">${fmtS(p.v)} s</text>`,
      );
    }
  }
  out.push('</g>');
  return out.join('\n');
}

/**
 * groups: one per lesson format, sorted by lessons:
 *   [{ format, engines: ['satteri', …], points: [{ lessons, floor: { wall, cpu },
 *      ours: { <engine>: { build: { wall, cpu }, total: { wall, cpu } } } }] }], in seconds.
 */
export function buildTimeChart(groups, { subtitle = '' } = {}) {
  const W = PANEL.w * 2 + GAP;
  const engines = [...new Set(groups.flatMap((g) => g.engines))];
  // The legend: each engine's build, then its build + export, then the floor and the goal.
  const all = seriesFor(engines);
  const legend = [];
  for (let i = 2; i < all.length; i += 2) legend.push(all[i + 1], all[i]);
  legend.push(all[1], all[0]);

  // The legend, in as many lines as it needs.
  const legendOut = [];
  let lx = 16;
  let ly = 62;
  for (const s of legend) {
    const width = 44 + s.label.length * 6.4;
    if (lx + width > W - 8 && lx > 16) {
      lx = 16;
      ly += 20;
    }
    legendOut.push(
      `<line x1="${lx}" x2="${lx + 22}" y1="${ly}" y2="${ly}" stroke="${s.color}" stroke-width="${s.width}"${dashAttr(s.dash)}/>`,
      `<text x="${lx + 28}" y="${ly + 4}" fill="#222">${esc(s.label)}</text>`,
    );
    lx += width;
  }
  const header = ly + 16;
  const H = header + groups.length * (PANEL.h + 8);

  const describe = (g) =>
    g.points
      .map((p) => {
        const ours = Object.entries(p.ours).map(([e, o]) => `Lessonbook ${e} ${fmtS(o.build.wall)} s build, ${fmtS(o.total.wall)} s with export (CPU ${fmtS(o.build.cpu)} s, ${fmtS(o.total.cpu)} s)`);
        return `.${g.format}, ${fmtN(p.lessons)} lessons: ${[...ours, `bare Astro ${fmtS(p.floor.wall)} s (CPU ${fmtS(p.floor.cpu)} s)`].join('; ')}`;
      })
      .join('. ');
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="t d" font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="12">`,
    `<title id="t">Build time against number of lessons: Lessonbook and bare Astro, per lesson format</title>`,
    `<desc id="d">${esc(groups.map(describe).join('. '))}</desc>`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="16" y="24" font-size="15" font-weight="600" fill="#111">Cold build of N lessons: Lessonbook beside bare Astro on the same format</text>`,
    `<text x="16" y="42" fill="#555">${esc(subtitle)}</text>`,
    ...legendOut,
  ];
  groups.forEach((g, i) => {
    const series = seriesFor(g.engines);
    const top = header + i * (PANEL.h + 8);
    out.push(
      panel(`.${g.format} lessons: wall time (median)`, g.points, series, 'wall', 0, top),
      panel(`.${g.format} lessons: CPU time, user + system (median)`, g.points, series, 'cpu', PANEL.w + GAP, top),
    );
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
