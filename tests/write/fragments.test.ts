// A link written with a fragment in other letter case is spelt as the anchor in the built page
// it is in (the home page or a lesson's, found by the contract's URLs, under the base path),
// whether it names the lesson by its URL, relatively, or by the fragment alone; other sites'
// links, and pages the check names no such link in, are left as they are.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOME_ENTRY } from '../../src/load/files.ts';
import { writeFragmentCase } from '../../src/write/fragments.ts';

const page = (links: string[]) => `<!doctype html><html><body>${links.map((href) => `<a href="${href}">x</a>`).join('')}</body></html>`;

describe('links with an anchor in other letter case', () => {
  it('are spelt as the anchor on the pages the check names, and only those', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lessonbook-fragments-'));
    const write = (file: string, html: string) => {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), html);
    };
    write('index.html', page(['/h/lessons/leave/#FAQ']));
    write('lessons/guide/index.html', page(['/h/lessons/leave/#FAQ', '../leave/#FAQ', '#Intro', '/h/lessons/other/#FAQ', 'https://elsewhere.example/lessons/leave/#FAQ']));
    write('lessons/untouched/index.html', page(['/h/lessons/leave/#FAQ']));
    const changed = writeFragmentCase(dir, '/h/', [
      { from: HOME_ENTRY, to: 'leave', fragment: 'FAQ', anchor: 'faq' },
      { from: 'guide', to: 'leave', fragment: 'FAQ', anchor: 'faq' },
      { from: 'guide', to: 'guide', fragment: 'Intro', anchor: 'intro' },
    ]);
    expect(changed).toBe(2);
    const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
    expect(read('index.html')).toBe(page(['/h/lessons/leave/#faq']));
    expect(read('lessons/guide/index.html')).toBe(
      page(['/h/lessons/leave/#faq', '../leave/#faq', '#intro', '/h/lessons/other/#faq', 'https://elsewhere.example/lessons/leave/#FAQ']),
    );
    expect(read('lessons/untouched/index.html')).toBe(page(['/h/lessons/leave/#FAQ']));
  });
});
