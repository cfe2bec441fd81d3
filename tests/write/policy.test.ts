// Each page's Content-Security-Policy fits that page: a lesson that embeds remote images, a
// video, iframes, an <object> and style attributes gets exactly those sources in its own
// policy, a lesson that embeds nothing keeps the site's, _headers sends only what every page
// shares, and a built page that names a file the build did not write stops the build.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../src/site/csp.ts';
import { metaPolicy, splitPolicy } from '../../src/write/headers.ts';
import { builtProject, makeProject } from '../support/project';

const FIXTURE = path.resolve('tests/fixtures/embeds');
const project = builtProject('policy', { lessons: FIXTURE });
const page = (file: string) => readFileSync(path.join(project.dist, file), 'utf8');
const directives = (policy: string) => new Map(splitPolicy(policy).map((d) => [d.split(' ')[0]!, d.split(' ').slice(1)]));
/** The decoded values of every style="…" attribute in a page (the fixture writes them double-quoted, without entities). */
const styleAttributes = (html: string) => [...html.matchAll(/\sstyle="([^"]*)"/g)].map((m) => m[1]!);

describe('each page’s policy', () => {
  it('a lesson with remote images, a video and an object allows their origins and its own style attributes, and nothing else', () => {
    const html = page('lessons/remote-media/index.html');
    const policy = directives(metaPolicy(html)!);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'http://127.0.0.1:8']);
    expect(policy.get('media-src')).toEqual(["'self'", 'http://127.0.0.1:8']);
    expect(policy.get('object-src')).toEqual(["'self'"]);
    expect(policy.has('frame-src')).toBe(false);
    const styles = styleAttributes(html);
    expect(styles.length).toBe(2);
    const styleSrc = policy.get('style-src')!;
    expect(styleSrc).toContain("'unsafe-hashes'");
    for (const style of styles) expect(styleSrc).toContain(`'${sha256(style)}'`);
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(metaPolicy(html)).not.toContain('unsafe-inline');
  });

  it('a lesson with iframes allows the player’s origin in frame-src only', () => {
    const policy = directives(metaPolicy(page('lessons/embeds/index.html'))!);
    expect(policy.get('frame-src')).toEqual(["'self'", 'http://127.0.0.1:9']);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  it('a lesson that embeds nothing keeps the site’s policy, and the one-page handbook allows what all of its lessons embed', () => {
    const plain = metaPolicy(page('lessons/plain/index.html'))!;
    expect(plain).toBe(metaPolicy(page('search/index.html')));
    expect(directives(plain).get('img-src')).toEqual(["'self'", 'data:']);
    const print = directives(metaPolicy(page('print/index.html'))!);
    expect(print.get('img-src')).toContain('http://127.0.0.1:8');
    expect(print.get('frame-src')).toContain('http://127.0.0.1:9');
    expect(print.get('object-src')).toEqual(["'self'"]);
  });

  it('_headers sends what every page shares — scripts, base-uri, form-action — and frame-ancestors, within Cloudflare’s limits', () => {
    const text = page('_headers');
    const header = text.match(/^\s+Content-Security-Policy:\s*(.+)$/m)![1]!;
    const policy = directives(header);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(directives(metaPolicy(page('lessons/plain/index.html'))!).get('script-src'));
    // A header directive narrower than a page's <meta> would block what the page allows: none is sent.
    for (const name of ['default-src', 'img-src', 'media-src', 'frame-src', 'object-src', 'style-src']) expect(policy.has(name), name).toBe(false);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
    expect(text.split('\n').filter((l) => l.startsWith('/')).length).toBeLessThanOrEqual(100);
  });

  it('every file the lessons name is published: an object’s data, srcset candidates, a path from the root, a script', () => {
    for (const file of ['files/diagram.svg', 'files/photo.png', 'files/photo@2x.png', 'files/images/team.png', 'files/counter.js']) {
      expect(() => page(file), file).not.toThrow();
    }
    const html = page('lessons/remote-media/index.html');
    expect(html).toContain('srcset="/files/photo.png 1x, /files/photo%402x.png 2x"');
    expect(html).toContain('src="/files/images/team.png"');
    expect(html).toContain('data="/files/diagram.svg"');
  });
});

describe('the build checks its own output', () => {
  it('a built page that names a file the build did not write stops the build, naming the lesson, and dist/ stays as it was', () => {
    const broken = makeProject('policy-dead', { lessons: path.join(FIXTURE) });
    expect(broken.build().status).toBe(0);
    const before = readFileSync(path.join(broken.dist, 'index.html'), 'utf8');
    // An expression the check cannot read: only the built page shows where it points.
    writeFileSync(
      path.join(broken.lessons, 'computed.mdx'),
      "---\ntitle: Computed\n---\n\nexport const folder = '/files/';\n\n<img src={folder + 'gone.png'} alt=\"A picture that is not there\" />\n",
    );
    const built = broken.build();
    expect(built.status).toBe(1);
    expect(built.output).toContain('lessons/computed.mdx: <img src="/files/gone.png">: the built page lessons/computed/index.html names /files/gone.png, which the build did not write');
    expect(built.output).not.toMatch(/^\s+at /m);
    expect(readFileSync(path.join(broken.dist, 'index.html'), 'utf8')).toBe(before);
  }, 240_000);
});
