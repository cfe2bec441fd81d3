/**
 * Frontmatter written for other tools (Jekyll, Hugo, Docusaurus, just-the-docs) in a
 * handbook moving in: fields that mean a Lessonbook field are read as it, the rest are left
 * alone with one note for the whole handbook, and only a near miss of a Lessonbook field is
 * a typo. Checked as `npm run check` checks a lessons folder.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkHandbook, formatProblem } from '../../src/check/index.ts';
import { slugOfOldUrl } from '../../src/load/frontmatter.ts';

/** Checks a lessons folder holding `files`; its lines as `npm run check` prints them, and the model. */
function check(files: Record<string, string>) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-tools-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  writeFileSync(path.join(dir, 'handbook.json'), '{ "lessonShape": false }\n');
  const result = checkHandbook(dir, { displayPath: (file) => path.relative(path.dirname(dir), file).replace(path.basename(dir), 'lessons') });
  return { lines: result.problems.map(formatProblem), model: result.model };
}

const lesson = (front: string, body = '## The short version\n\nText.\n') => `---\n${front}\n---\n\n${body}`;

describe('fields that mean a Lessonbook field are read as it', () => {
  it('description is the tagline, date or last_modified_at the date it was updated, nav_order, sidebar_position or weight its order', () => {
    const { lines, model } = check({
      'jekyll.md': lesson('title: Jekyll\ndescription: >\n  Folded over\n  two lines.\ndate: 2024-03-01 10:00:00 +0000\nnav_order: 2'),
      'docusaurus.md': lesson('title: Docusaurus\nsidebar_position: 1.5\nlast_modified_at: 2025-01-02'),
      'hugo.md': lesson('title: Hugo\nweight: -1\nlastmod: "2023-05-06"'),
    });
    expect(lines.filter((l) => !l.includes('note:'))).toEqual([]);
    expect(model.lessons.map((l) => [l.title, l.order, l.updated, l.tagline])).toEqual([
      ['Hugo', -1, '2023-05-06', undefined],
      ['Docusaurus', 1.5, '2025-01-02', undefined],
      ['Jekyll', 2, '2024-03-01', 'Folded over two lines.'],
    ]);
  });

  it('Lessonbook’s own field wins over another tool’s', () => {
    const { model } = check({ 'a.md': lesson('title: A\ntagline: Ours.\ndescription: Theirs.\norder: 1\nweight: 9') });
    expect(model.lessons[0]).toMatchObject({ tagline: 'Ours.', order: 1 });
  });

  it('redirect_from and aliases are former URLs: the old path’s last part is a former slug, unless another lesson has it', () => {
    const { lines, model } = check({
      'leave.md': lesson('title: Leave\nredirect_from:\n  - /people-ops/Leave_Policy.html\n  - /people-ops/holidays/\naliases: [/old/time-off/index.html, /benefits/]'),
      'benefits.md': lesson('title: Benefits'),
    });
    expect(lines.filter((l) => !l.includes('note:'))).toEqual([]);
    expect(model.lessons.find((l) => l.slug === 'leave')?.formerSlugs).toEqual(['leave-policy', 'holidays', 'time-off']);
  });

  it('an old URL becomes a slug as a reader would guess it', () => {
    expect(slugOfOldUrl('https://old.example.com/docs/Getting%20Started.html?x=1#top')).toBe('getting-started');
    expect(slugOfOldUrl('/guides/onboarding/README.md')).toBe('onboarding');
    expect(slugOfOldUrl('/')).toBeUndefined();
  });

  it('draft: true leaves the page out, and a link to it is an error that says why', () => {
    const { lines, model } = check({
      'wip.md': lesson('title: Work in progress\ndraft: true', '## The short version\n\n[nowhere](missing.md)\n'),
      'old.md': lesson('title: Unpublished in Jekyll\npublished: false'),
      'live.md': lesson('title: Live', '## The short version\n\nSee [the draft](wip.md).\n'),
    });
    expect(model.lessons.map((l) => l.slug)).toEqual(['live']);
    expect(lines.filter((l) => !l.includes('note:'))).toEqual([
      'lessons/live.md:7: link "wip.md": wip.md is a draft (`draft: true`), which the site leaves out, so the link would lead nowhere; remove the link, or publish the lesson',
    ]);
  });
});

describe('fields Lessonbook does not read', () => {
  it('are no error, and one note lists them for the whole handbook with what was read as what', () => {
    const { lines } = check({
      'a.md': lesson('title: A\nhide_sidebar: true\ndata_source: sheet\nsubtitle: More words\ndescription: A line.'),
      'b.md': lesson('title: B\nhide_sidebar: false\nlayout: page\ndate: 2024-01-01'),
      'c.md': lesson('title: C'),
    });
    expect(lines).toEqual([
      'lessons: note: frontmatter: 2 lessons have fields written for other tools; read date as updated (1), description as tagline (1); left as they are, as Lessonbook does not read them: hide_sidebar (2), data_source (1), layout (1), subtitle (1). Nothing to do, unless a field should mean something here (README: "Bringing a handbook written for GitHub")',
    ]);
  });

  it('a near miss of a Lessonbook field is still a typo: titel is an error, date and subtitle are not', () => {
    const { lines } = check({ 'a.md': lesson('titel: A\ntaglien: One line.\ndate: 2024-01-01\nsubtitle: Two') });
    expect(lines.filter((l) => !l.includes('note:'))).toEqual([
      'lessons/a.md:2: titel: unknown field `titel`; did you mean `title`?',
      'lessons/a.md:3: taglien: unknown field `taglien`; did you mean `tagline`?',
    ]);
  });
});
