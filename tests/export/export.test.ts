// The export stage on a small built site written here by hand (real files, the real
// exporter): what the offline copy makes of links, redirects and section pages, what a
// single file carries inside, and that an export with a broken link writes nothing.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportSite } from '../../src/export/index.ts';
import { readSiteData, siteFrom } from '../../src/export/site.ts';
import { builtSite, page } from '../support/built-site.ts';

describe('the built site as the export reads it', () => {
  it('knows where it is hosted from the home page, and follows redirects to where a URL lands', () => {
    const site = siteFrom(readSiteData(builtSite()));
    expect(site.root.href).toBe('https://example.com/h/');
    expect(site.land(new URL('https://example.com/h/lessons/old/#x'))).toEqual({ file: 'lessons/a/index.html', hash: '#x' });
    expect(site.land(new URL('https://example.com/h/lessons/a/why/'))).toEqual({ file: 'lessons/a/index.html', hash: '#why' });
    expect(site.land(new URL('https://example.com/h/lessons/nope/'))).toBeUndefined();
    expect(site.pages().sort()).toEqual(['index.html', 'lessons/a/index.html', 'print/index.html']);
  });
});

describe('an export', () => {
  it('links pages by relative file names, leaves out redirects and host files, and makes a single file per lesson with everything inside', async () => {
    const dist = builtSite();
    const out = path.join(dist, '..', `${path.basename(dist)}-export`);
    const result = await exportSite(dist, out);
    if (!('pages' in result)) throw new Error(JSON.stringify(result));
    expect(result).toMatchObject({ pages: 3, singles: 1, handbook: true });
    const home = readFileSync(path.join(out, 'handbook', 'index.html'), 'utf8');
    expect(home).toContain('href="lessons/a/index.html"');
    expect(home).toContain('href="lessons/a/index.html#why"');
    expect(readFileSync(path.join(out, 'handbook', 'lessons', 'a', 'index.html'), 'utf8')).toContain('href="index.html#why"');
    expect(existsSync(path.join(out, 'handbook', 'lessons', 'old'))).toBe(false);
    expect(existsSync(path.join(out, 'handbook', '_headers'))).toBe(false);
    const single = readFileSync(path.join(out, 'single', 'a.html'), 'utf8');
    expect(single).toContain('<style>main { background: url(data:image/svg+xml;base64,');
    expect(single).toContain('src="data:image/svg+xml;base64,');
    expect(single).toContain('<a href="#why">why</a>'); // its own section page lands on the section inside it
    expect(existsSync(path.join(out, 'single', 'handbook.html'))).toBe(true);
    expect(existsSync(path.join(out, 'handbook.zip'))).toBe(true);
  });

  it('makes no single file of a part\'s page, which shares the lessons/ URLs but is no lesson', async () => {
    const dist = builtSite({ 'lessons/part/index.html': page('<article class="lesson" data-part="part"><h1>Part</h1><a href="/h/lessons/a/">A</a></article>') });
    const out = path.join(dist, '..', `${path.basename(dist)}-export`);
    const result = await exportSite(dist, out);
    if (!('pages' in result)) throw new Error(JSON.stringify(result));
    expect(result).toMatchObject({ pages: 4, singles: 1 });
    expect(readFileSync(path.join(out, 'handbook', 'lessons', 'part', 'index.html'), 'utf8')).toContain('href="../a/index.html"');
    expect(existsSync(path.join(out, 'single', 'part.html'))).toBe(false);
    expect(existsSync(path.join(out, 'single', 'a.html'))).toBe(true);
  });

  it('with a link that names no file, reports it and leaves the previous export as it was', async () => {
    const dist = builtSite({ 'lessons/a/index.html': page('<a href="/h/lessons/gone/">gone</a>') });
    const out = path.join(dist, '..', `${path.basename(dist)}-export`);
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'previous.txt'), 'kept');
    const result = await exportSite(dist, out);
    if (!('problems' in result)) throw new Error(`exported: ${JSON.stringify(result)}`);
    expect(result.problems).toContainEqual({ file: 'lessons/a/index.html', url: '/h/lessons/gone/', reason: 'names no file of the built site' });
    expect(readFileSync(path.join(out, 'previous.txt'), 'utf8')).toBe('kept');
    expect(existsSync(`${out}.next`)).toBe(false);
  });
});
