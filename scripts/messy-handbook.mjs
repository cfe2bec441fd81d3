#!/usr/bin/env node
// A large, messy handbook written for GitHub, as a team moving one in has it: hundreds of
// pages in folders up to five deep, every case GitHub renders and a strict checker trips
// on — fragments in other letter case, ids written in raw HTML (`<a id>`, `<th id>`,
// `<a name>`), repeated headings (GitHub's `-1`), front matter other tools read, empty
// files, links to folders (with and without an index file), stale anchors (many), images
// beside the pages, on other hosts and as HTML, a video embed, drafts, a template and
// CONTRIBUTING.md to leave out. The same seed gives the same handbook, byte for byte.
//
//   node scripts/messy-handbook.mjs <folder> [--pages 400] [--seed 1]
//
// tests/integration/messy-handbook.test.ts imports writeMessyHandbook(). Plain JavaScript, so
// node runs it as it is.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { random } from './lib/random.mjs';

/** The folders, up to five deep; `people-ops` holds only sub-folders, and some folders have no index file. */
const FOLDERS = [
  '',
  'company',
  'company/history',
  'people-ops',
  'people-ops/benefits',
  'people-ops/benefits/leave',
  'people-ops/benefits/leave/parental',
  'people-ops/hiring',
  'people-ops/hiring/interviews',
  'people-ops/hiring/interviews/engineering',
  'people-ops/hiring/interviews/engineering/levels',
  'engineering',
  'engineering/backend',
  'engineering/backend/services',
  'engineering/backend/services/payments',
  'engineering/backend/services/payments/runbooks',
  'engineering/frontend',
  'engineering/frontend/design-system',
  'engineering/on-call',
  'product',
  'product/discovery',
  'product/discovery/research',
  'security',
  'security/policies',
];

/** Folders without an index file or README (GitHub shows their listing). */
const NO_INDEX = new Set(['people-ops', 'people-ops/benefits/leave', 'engineering/backend/services', 'product/discovery/research']);

const WORDS = 'team process review change customer release budget incident design research policy service payment leave benefit interview level onboarding feedback planning metric'.split(' ');
const TOPICS = ['Leave of absence', 'Expense policy', 'Code review', 'Incident response', 'Release checklist', 'Design critique', 'Customer interviews', 'Access requests', 'Payroll questions', 'Service ownership', 'Writing specs', 'Hiring loop', 'Levels and ladders', 'On-call handbook', 'Security review', 'Remote work', 'Travel', 'Equipment', 'Offboarding', 'Quarterly planning'];

/**
 * Writes the handbook into `dir` (created; its files overwritten). Returns what it wrote:
 * the pages by path, and counts of each case, for a test to hold the numbers to.
 * @param {string} dir
 * @param {{ pages?: number, seed?: number }} [options]
 * @returns {{ pages: string[], files: number, counts: Record<string, number> }}
 */
export function writeMessyHandbook(dir, { pages = 400, seed = 1 } = {}) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const sentence = () => {
    const n = 8 + Math.floor(rand() * 10);
    const words = Array.from({ length: n }, () => pick(WORDS));
    return `${words[0][0].toUpperCase()}${words[0].slice(1)} ${words.slice(1).join(' ')}.`;
  };
  const paragraph = () => Array.from({ length: 2 + Math.floor(rand() * 3) }, sentence).join(' ');

  // Plan the pages: a path, a title and the anchors each will have, before any is written.
  const plan = [];
  const counts = new Map();
  for (let i = 0; i < pages; i++) {
    const folder = FOLDERS[1 + (i % (FOLDERS.length - 1))];
    const topic = TOPICS[i % TOPICS.length];
    const title = `${topic} ${i + 1}`;
    const name = `${topic.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${i + 1}.md`;
    plan.push({ path: `${folder}/${name}`, folder, title, i });
  }
  const count = (what, n = 1) => counts.set(what, (counts.get(what) ?? 0) + n);
  const rel = (from, to) => path.posix.relative(path.posix.dirname(from), to);
  const files = new Map();
  const write = (file, text) => files.set(file, text);

  // Introductions: the handbook's README, and each folder's but those without one.
  write('README.md', `# Acme Handbook\n\nHow we work at Acme, written over the years.\n\n- [People team](people-ops)\n- [Engineering](engineering/)\n- [Product](product/README.md)\n`);
  count('folder links', 2);
  for (const folder of FOLDERS.slice(1)) {
    if (NO_INDEX.has(folder)) continue;
    const name = folder.split('/').at(-1);
    const intro = folder === 'product' || rand() < 0.5 ? 'README.md' : 'index.md';
    write(`${folder}/${intro}`, `# ${name[0].toUpperCase()}${name.slice(1).replace(/-/g, ' ')}\n\n${paragraph()}\n`);
  }

  for (const page of plan) {
    const lines = [];
    const front = [];
    if (page.i % 3 === 0) {
      front.push(`description: ${sentence()}`, 'hide_sidebar: true', `data_source: sheets/${page.i}`, `sidebar_position: ${page.i % 7}`);
      count('front matter of other tools', 4);
    } else if (page.i % 3 === 1) front.push(`title: "${page.title}"`);
    if (front.length) lines.push('---', ...front, '---', '');
    if (!front.some((f) => f.startsWith('title:'))) lines.push(`# ${page.title}`, '');
    lines.push(paragraph(), '');
    lines.push('## Overview', '', paragraph(), '');
    lines.push('## FAQ', '', paragraph(), '');
    // An id kept under a renamed heading, so that old links still land.
    lines.push('<a id="test_code"></a>', '', '## Testing the code', '', paragraph(), '');
    lines.push('<a name="old-name"></a>', '', '## Examples', '', paragraph(), '');
    lines.push('## Details', '', '### Examples', '', paragraph(), '');
    count('raw-HTML ids', 2);
    count('repeated headings');
    if (page.i % 5 === 0) {
      lines.push('| level | title |', '| --- | --- |', '', '<table><tr><th id="m3">M3</th><td>Senior</td></tr></table>', '');
      count('raw-HTML ids');
    }
    // Links: to other pages, in every way GitHub lands them.
    const other = plan[(page.i * 7 + 3) % plan.length];
    const another = plan[(page.i * 13 + 5) % plan.length];
    lines.push('## Related', '');
    lines.push(`- [${other.title}](${rel(page.path, other.path)})`);
    lines.push(`- [the FAQ of ${other.title}](${rel(page.path, other.path)}#FAQ)`);
    count('mixed-case fragments');
    lines.push(`- [testing](${rel(page.path, another.path)}#test_code) and [the old name](${rel(page.path, another.path)}#old-name)`);
    count('links to raw-HTML ids', 2);
    lines.push(`- [more examples](#examples-1)`);
    count('links to repeated headings');
    if (page.i % 4 === 0) {
      lines.push(`- [our people](${rel(page.path, 'people-ops')})`);
      count('folder links');
    }
    if (page.i % 5 === 1) {
      // A cell of another page's table of levels (the pages numbered 0, 5, 10, … have one).
      const table = plan[(page.i + 4) % plan.length];
      if (table.i % 5 === 0) {
        lines.push(`- [the M3 level](${rel(page.path, table.path)}#m3)`);
        count('links to raw-HTML ids');
      }
    }
    // Stale anchors: the page exists, its heading was renamed long ago.
    if (page.i % 2 === 0) {
      lines.push(`- [how it used to be](${rel(page.path, another.path)}#how-we-used-to-work)`);
      count('stale anchors');
    }
    if (page.i % 6 === 0) {
      lines.push(`- [the checklist](${rel(page.path, other.path)}#checklist-${page.i})`);
      count('stale anchors');
    }
    lines.push('');
    // Images: beside the pages, on another host, and as HTML with a width.
    if (page.i % 4 === 1) {
      lines.push(`![A diagram](${rel(page.path, 'assets/diagram.png')})`, '');
      count('images');
    }
    if (page.i % 10 === 2) {
      lines.push('![The org chart](https://images.example.com/org-chart.png)', '');
      lines.push(`<img src="${rel(page.path, 'assets/diagram.png')}" width="300" alt="The same diagram, smaller">`, '');
      count('images', 2);
    }
    if (page.i === 3) {
      lines.push('<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="All hands recording" width="560" height="315"></iframe>', '');
      count('video embeds');
    }
    write(page.path, lines.join('\n'));
  }

  for (const file of ['company/history/tbd.md', 'engineering/on-call/notes.md', 'security/policies/placeholder.md']) write(file, '');
  count('empty files', 3);

  // What a team leaves out: drafts, a template with placeholder links, CONTRIBUTING.md, .github/.
  write('drafts/new-policy.md', '# New policy (draft)\n\nSee [the old one](../missing-policy.md).\n');
  write('templates/_page-template.md', '# Title\n\n[Link](LINK.md#ANCHOR)\n');
  write('CONTRIBUTING.md', '# Contributing\n\nOpen a pull request; see [the style guide](style.md).\n');
  write('.github/PULL_REQUEST_TEMPLATE.md', '## What changed\n\n[ticket](TICKET)\n');
  write('handbook.json', `${JSON.stringify({ exclude: ['drafts', 'templates', 'CONTRIBUTING.md'] }, null, 2)}\n`);

  for (const [file, text] of files) {
    const full = path.join(dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  mkdirSync(path.join(dir, 'assets'), { recursive: true });
  writeFileSync(path.join(dir, 'assets', 'diagram.png'), PNG);
  return { pages: plan.map((p) => p.path), files: files.size, counts: Object.fromEntries(counts) };
}

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==', 'base64');

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, ...rest] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node scripts/messy-handbook.mjs <folder> [--pages 400] [--seed 1]');
    process.exit(2);
  }
  const flag = (name, fallback) => {
    const at = rest.indexOf(`--${name}`);
    return at >= 0 ? Number(rest[at + 1]) : fallback;
  };
  const result = writeMessyHandbook(path.resolve(dir), { pages: flag('pages', 400), seed: flag('seed', 1) });
  console.log(`${result.files} files in ${dir}: ${Object.entries(result.counts).map(([k, v]) => `${v} ${k}`).join(', ')}`);
}
