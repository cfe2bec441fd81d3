// The Content-Security-Policy, read from the built files: every page carries it, it never
// allows inline script wholesale ('unsafe-inline'), it lists the hash of every inline script
// the page runs, it allows no origin the page does not load from, and dist/_headers sends
// what every page's policy shares as a header.
// (e2e/security.spec.ts checks that Chromium, enforcing it, runs every page and the quiz.)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256, themeInitHash } from '../../src/site/csp.ts';
import { headerOnlyDirectives, metaPolicy, splitPolicy } from '../../src/write/headers.ts';
import { base, distDir, htmlFiles, pagePath } from './site';

const directive = (policy: string, name: string) => splitPolicy(policy).find((d) => d.split(' ')[0] === name);
const inlineScripts = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\bsrc=/.test(m[1])).map((m) => m[2]);

describe('Content-Security-Policy', () => {
  const files = htmlFiles();
  const pages = files.map((file) => ({ file, html: readFileSync(path.join(distDir, file), 'utf8') }));

  for (const { file, html } of pages) {
    it(`${pagePath(file)} allows exactly its own inline scripts, with no 'unsafe-inline'`, () => {
      const policy = metaPolicy(html);
      expect(policy, 'no <meta http-equiv="content-security-policy">').toBeTruthy();
      // A <meta> policy covers only what follows it. Astro writes it at the end of <head>, so
      // the one script allowed before it is the theme snippet (the header policy covers that).
      const meta = html.search(/<meta\b[^>]*http-equiv="content-security-policy"/i);
      const before = inlineScripts(html.slice(0, meta)).filter((s) => sha256(s) !== themeInitHash());
      expect(before, 'scripts before the policy <meta> are not covered by it').toEqual([]);
      expect(html.slice(0, meta)).not.toMatch(/<script\b[^>]*\bsrc=/i);
      const scriptSrc = directive(policy!, 'script-src');
      expect(scriptSrc).toBeDefined();
      expect(scriptSrc).not.toContain("'unsafe-inline'");
      expect(scriptSrc).not.toContain("'unsafe-eval'");
      expect(directive(policy!, 'default-src')).toBe("default-src 'self'");
      expect(directive(policy!, 'object-src')).toBe("object-src 'none'");
      const missing = inlineScripts(html).filter((s) => !scriptSrc!.includes(`'${sha256(s)}'`));
      expect(missing.map((s) => s.slice(0, 80)), 'inline scripts whose hash is not in script-src').toEqual([]);
    });
  }

  it('no page’s policy allows an origin its HTML does not load from, and dist/_headers sends what every page shares, with frame-ancestors', () => {
    const policies = pages.map(({ file, html }) => ({ file, html, policy: metaPolicy(html)! }));
    for (const { file, html, policy } of policies) {
      for (const name of ['img-src', 'media-src', 'frame-src', 'object-src']) {
        for (const source of directive(policy, name)?.split(' ').slice(1) ?? []) {
          if (/^https?:\/\//.test(source)) expect(html, `${file}: ${name} ${source} is named nowhere on the page`).toContain(source);
        }
      }
    }
    const headers = path.join(distDir, '_headers');
    expect(existsSync(headers), 'dist/_headers is missing').toBe(true);
    const text = readFileSync(headers, 'utf8');
    expect(text.split('\n')[0]).toBe('/*');
    const header = text.match(/^\s+Content-Security-Policy:\s*(.+)$/m)?.[1];
    expect(header).toBeDefined();
    // Both policies are enforced: every directive the header sends is the same on every page.
    const sent = splitPolicy(header!).filter((d) => !headerOnlyDirectives.includes(d));
    for (const d of sent) for (const { file, policy } of policies) expect(splitPolicy(policy), `${file} has another ${d.split(' ')[0]}`).toContain(d);
    expect(sent.some((d) => d.startsWith('script-src '))).toBe(true);
    expect(header).toContain("frame-ancestors 'none'");
  });

  it('dist/_headers has the search files revalidated on every load, so a new build’s index is seen at once', () => {
    const text = readFileSync(path.join(distDir, '_headers'), 'utf8');
    expect(text).toContain(`${base}search/*\n  Cache-Control: no-cache\n`);
  });
});
