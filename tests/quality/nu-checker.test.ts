// The gate must be able to fail: the checker, run the way the gate runs it, reports a
// broken page with the file and line of each error.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { checkHtml, formatMessages } from '../support/nu.ts';

it('the Nu HTML checker names the file and line of an invalid page', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-nu-'));
  writeFileSync(path.join(dir, 'good.html'), '<!doctype html><html lang="en"><head><title>Fine</title></head><body><p>Fine.</p></body></html>\n');
  writeFileSync(
    path.join(dir, 'bad.html'),
    '<!doctype html>\n<html lang="en"><head><title>Bad</title></head>\n<body>\n<p><div>block in a paragraph</div></p>\n</body></html>\n',
  );
  const report = await checkHtml(dir);
  expect(report.get('good.html') ?? []).toEqual([]);
  const errors = (report.get('bad.html') ?? []).filter((m) => m.type === 'error');
  expect(formatMessages('bad.html', errors)).toMatch(/^bad\.html:4:\d+: No “p” element in scope but a “p” end tag seen\./m);
}, 60_000);
