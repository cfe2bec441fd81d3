// The benchmark's chart: build time against number of lessons, Lessonbook beside the bare
// Astro floor and the 1.5× goal line. Plain SVG with its own white background, so it reads
// the same in a light or dark README viewer.

const W = 640;
const H = 380;
const M = { top: 48, right: 150, bottom: 52, left: 64 };
const COLORS = { ours: '#1d4ed8', floor: '#6b7280', goal: '#b45309' };

function niceStep(max, ticks) {
  const raw = max / ticks;
  const pow = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 2.5, 5, 10].map((m) => m * pow).find((s) => s >= raw) ?? raw;
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');
const fmtN = (n) => n.toLocaleString('en-US');

/** rows: [{ lessons, ours: seconds, floor: seconds }] sorted by lessons. */
export function buildTimeChart(rows, { subtitle = '' } = {}) {
  const maxN = Math.max(...rows.map((r) => r.lessons));
  const maxS = Math.max(...rows.map((r) => Math.max(r.ours, r.floor * 1.5)));
  const xStep = niceStep(maxN, 5);
  const xMax = Math.ceil(maxN / xStep) * xStep;
  const yStep = niceStep(maxS, 5);
  const yMax = Math.ceil(maxS / yStep) * yStep;
  const pw = W - M.left - M.right;
  const ph = H - M.top - M.bottom;
  const x = (n) => M.left + (n / xMax) * pw;
  const y = (s) => M.top + ph - (s / yMax) * ph;
  const out = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-labelledby="t d" font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="12">`,
    `<title id="t">Build time against number of lessons</title>`,
    `<desc id="d">${esc(rows.map((r) => `${fmtN(r.lessons)} lessons: Lessonbook ${r.ours.toFixed(1)} s, bare Astro ${r.floor.toFixed(1)} s`).join('; '))}</desc>`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${M.left}" y="22" font-size="15" font-weight="600" fill="#111">Build time (median, cold) against lessons</text>`,
    `<text x="${M.left}" y="38" fill="#555">${esc(subtitle)}</text>`,
  );
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
    `<text x="${M.left + pw / 2}" y="${H - 12}" text-anchor="middle" fill="#222">lessons</text>`,
  );
  const series = [
    { key: 'goal', label: '1.5× floor (goal)', value: (r) => r.floor * 1.5, dash: '5 4', width: 1.5 },
    { key: 'floor', label: 'bare Astro (floor)', value: (r) => r.floor, dash: '', width: 2.5 },
    { key: 'ours', label: 'Lessonbook', value: (r) => r.ours, dash: '', width: 2.5 },
  ];
  series.forEach((s, i) => {
    // Lines join measured sizes only: a build has a fixed start-up cost, so 0 lessons is not 0 s.
    const pts = rows.map((r) => ({ lessons: r.lessons, v: s.value(r) }));
    const d = pts.map((p, j) => `${j ? 'L' : 'M'}${x(p.lessons).toFixed(1)},${y(p.v).toFixed(1)}`).join(' ');
    out.push(`<path d="${d}" fill="none" stroke="${COLORS[s.key]}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`);
    if (s.key !== 'goal') {
      for (const r of rows) {
        const v = s.value(r);
        out.push(
          `<circle cx="${x(r.lessons)}" cy="${y(v)}" r="4" fill="${COLORS[s.key]}"/>`,
          `<text x="${x(r.lessons) - 8}" y="${y(v) + (s.key === 'ours' ? -8 : 16)}" text-anchor="end" fill="${COLORS[s.key]}">${v.toFixed(1)} s</text>`,
        );
      }
    }
    const ly = M.top + 10 + (series.length - 1 - i) * 22;
    const lx = M.left + pw + 16;
    out.push(
      `<line x1="${lx}" x2="${lx + 22}" y1="${ly}" y2="${ly}" stroke="${COLORS[s.key]}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`,
      `<text x="${lx + 28}" y="${ly + 4}" fill="#222">${esc(s.label)}</text>`,
    );
  });
  out.push('</svg>');
  return out.join('\n') + '\n';
}
