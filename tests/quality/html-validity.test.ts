// Valid output: the W3C Nu HTML checker (the validator behind validator.w3.org) reports no
// error on any built page. One Java run checks the whole site; each page is its own test,
// so a failure names the page and lists every error as `file:line:column: message`.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkHtml, formatMessages, type NuMessage } from '../support/nu.ts';
import { distDir, htmlFiles, pagePath } from './site';

const files = htmlFiles();
let report: Map<string, NuMessage[]>;

beforeAll(async () => {
  report = await checkHtml(distDir);
  const errors = [...report.values()].flat().filter((m) => m.type === 'error').length;
  const warnings = [...report.values()].flat().filter((m) => m.subType === 'warning');
  // Warnings do not fail the gate; they are listed, once per kind, so they stay visible. (Read
  // from disk, a page's 'self' is a file: URL, so Nu reports root-relative stylesheets as
  // outside style-src 'self'; Chromium, served the same pages over HTTP, loads them.)
  const kinds = new Map<string, number>();
  for (const w of warnings) kinds.set(w.message, (kinds.get(w.message) ?? 0) + 1);
  const listed = [...kinds].map(([message, n]) => `\n  ${n} × warning: ${message}`).join('');
  console.log(`Nu HTML checker: ${files.length} pages, ${errors} errors, ${warnings.length} warnings${listed}`);
}, 120_000);

describe('the W3C Nu HTML checker', () => {
  it('checked every built page', () => {
    const unknown = [...report.keys()].filter((file) => !files.includes(file));
    expect(unknown, 'the checker reported on files that are not built pages (or failed to read them)').toEqual([]);
  });

  for (const file of files) {
    it(`finds no error on ${pagePath(file)}`, () => {
      const errors = (report.get(file) ?? []).filter((m) => m.type !== 'info');
      expect(errors.length, `\n${formatMessages(`dist/${file}`, errors)}\n`).toBe(0);
    });
  }
});
