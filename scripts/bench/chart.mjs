// The benchmark's chart: build time against number of lessons, Lessonbook beside the bare
// Astro floor and the 1.5× goal line, twice: wall-clock time (what a user waits) and CPU
// time (what the build costs; on a shared machine the steadier of the two). Plain SVG with
// its own white background, so it reads the same in a light or dark README viewer.

const PANEL = { w: 430, h: 330 };
const M = { top: 34, right: 20, bottom: 44, left: 58 };
const HEADER = 78;
const COLORS = { ours: '#1d4ed8', floor: '#4b5563', goal: '#b45309' };
const SERIES = [
  { key: 'goal', label: '1.5× floor (goal)', dash: '5 4', width: 1.5 },
  { key: 'floor', label: 'bare Astro (floor)', dash: '', width: 2.5 },
  { key: 'ours', label: 'Lessonbook (full pipeline)', dash: '', width: 2.5 },
];

function niceStep(max, ticks) {
  const raw = max / ticks;
  const pow = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? raw;
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
const fmtN = (n) => n.toLocaleString('en-US');
const fmtS = (s) => (s >= 100 ? s.toFixed(0) : s.toFixed(1));

/** One panel: points are { lessons, ours, floor } in seconds. */
function panel(title, points, dx, dy) {
  const maxN = Math.max(...points.map((p) => p.lessons));
  const maxS = Math.max(...points.map((p) => Math.max(p.ours, p.floor * 1.5)));
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
  const value = { goal: (p) => p.floor * 1.5, floor: (p) => p.floor, ours: (p) => p.ours };
  for (const s of SERIES) {
    // Lines join measured sizes only: a build has a fixed start-up cost, so 0 lessons is not 0 s.
    const d = points.map((p, j) => `${j ? 'L' : 'M'}${x(p.lessons)},${y(value[s.key](p))}`).join(' ');
    out.push(`<path d="${d}" fill="none" stroke="${COLORS[s.key]}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`);
    if (s.key === 'goal') continue;
    for (const [j, p] of points.entries()) {
      const v = value[s.key](p);
      // Ours above and to the left; the floor below and to the right (clear of the y axis),
      // except at the right edge.
      const right = s.key === 'floor' && j < points.length - 1;
      out.push(
        `<circle cx="${x(p.lessons)}" cy="${y(v)}" r="4" fill="${COLORS[s.key]}"/>`,
        `<text x="${x(p.lessons) + (right ? 7 : -7)}" y="${y(v) + (s.key === 'ours' ? -8 : 16)}" text-anchor="${right ? 'start' : 'end'}" fill="${COLORS[s.key]}">${fmtS(v)} s</text>`,
      );
    }
  }
  out.push('</g>');
  return out.join('\n');
}

/** rows: [{ lessons, ours, floor, oursCpu, floorCpu }] in seconds, sorted by lessons. */
export function buildTimeChart(rows, { subtitle = '' } = {}) {
  const W = PANEL.w * 2 + 20;
  const H = HEADER + PANEL.h + 8;
  const describe = (r) => `${fmtN(r.lessons)} lessons: Lessonbook ${fmtS(r.ours)} s (CPU ${fmtS(r.oursCpu)} s), bare Astro ${fmtS(r.floor)} s (CPU ${fmtS(r.floorCpu)} s)`;
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="t d" font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="12">`,
    `<title id="t">Build time against number of lessons: Lessonbook and bare Astro</title>`,
    `<desc id="d">${esc(rows.map(describe).join('; '))}</desc>`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="16" y="24" font-size="15" font-weight="600" fill="#111">Cold build of N lessons: Lessonbook beside bare Astro</text>`,
    `<text x="16" y="42" fill="#555">${esc(subtitle)}</text>`,
  ];
  let lx = 16;
  for (const s of [...SERIES].reverse()) {
    out.push(
      `<line x1="${lx}" x2="${lx + 22}" y1="62" y2="62" stroke="${COLORS[s.key]}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`,
      `<text x="${lx + 28}" y="66" fill="#222">${esc(s.label)}</text>`,
    );
    lx += 44 + s.label.length * 6.4;
  }
  out.push(
    panel('Wall time (median)', rows, 0, HEADER),
    panel('CPU time, user + system (median)', rows.map((r) => ({ lessons: r.lessons, ours: r.oursCpu, floor: r.floorCpu })), PANEL.w + 20, HEADER),
    '</svg>',
  );
  return out.join('\n') + '\n';
}
