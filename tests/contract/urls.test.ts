// The contract's URLs: every builder and its parser agree, under any base path, so a stage
// that builds a URL and one that reads it back cannot drift apart.
import { describe, expect, it } from 'vitest';
import {
  authorHref,
  fileToPath,
  isLessonFile,
  normalBase,
  pageFile,
  parseAuthorPath,
  parseHref,
  parseSitePath,
  inShortVolumeFile,
  printVolumeFile,
  printVolumeOf,
  siteUrls,
  sitePath,
  upToRoot,
} from '../../src/contract/index.ts';

describe('the site URLs', () => {
  it('puts every page under the base path, however the base path is written', () => {
    for (const written of ['/handbook', 'handbook/', '/handbook/', '/handbook//']) expect(normalBase(written)).toBe('/handbook/');
    expect(normalBase('/')).toBe('/');
    expect(normalBase('')).toBe('/');
    const urls = siteUrls('/handbook');
    expect(urls.home()).toBe('/handbook/');
    expect(urls.lesson('giving-feedback')).toBe('/handbook/lessons/giving-feedback/');
    expect(urls.lesson('giving-feedback', 'common-mistakes')).toBe('/handbook/lessons/giving-feedback/#common-mistakes');
    expect(urls.section('giving-feedback', 'common-mistakes')).toBe('/handbook/lessons/giving-feedback/common-mistakes/');
    expect(urls.part('developer-frontend')).toBe('/handbook/lessons/developer-frontend/');
    expect(urls.file('guides/a diagram.png')).toBe('/handbook/files/guides/a%20diagram.png');
    expect(urls.print()).toBe('/handbook/print/');
    expect(urls.printVolume(2, 'a--why')).toBe('/handbook/print/2/#a--why');
    expect(urls.inShort()).toBe('/handbook/in-short/');
    expect(urls.inShortVolume(2, 'a')).toBe('/handbook/in-short/2/#a');
    expect(urls.search()).toBe('/handbook/search/');
    expect(urls.searchAsset('index.js')).toBe('/handbook/search/index.js');
    expect(urls.feed()).toBe('/handbook/feed.xml');
  });

  it('reads back every URL it builds', () => {
    const urls = siteUrls('/h/');
    const cases: [string, ReturnType<typeof parseSitePath>][] = [
      [urls.home(), { kind: 'home' }],
      [urls.lesson('a'), { kind: 'lesson', slug: 'a' }],
      [urls.part('dev-web'), { kind: 'lesson', slug: 'dev-web' }],
      [urls.section('a', 'why'), { kind: 'section', slug: 'a', section: 'why' }],
      [urls.file('x/日本.pdf'), { kind: 'file', path: 'x/日本.pdf' }],
      [urls.print(), { kind: 'print' }],
      [urls.printVolume(12), { kind: 'print-volume', volume: 12 }],
      [urls.inShort(), { kind: 'in-short' }],
      [urls.inShortVolume(12), { kind: 'in-short-volume', volume: 12 }],
      [urls.search(), { kind: 'search' }],
      [urls.searchVolume(3), { kind: 'search-volume', volume: 3 }],
      [urls.searchAsset('shard-2.js'), { kind: 'search-asset', name: 'shard-2.js' }],
      [urls.searchAsset('text/3.js'), { kind: 'search-asset', name: 'text/3.js' }],
      [urls.feed(), { kind: 'feed' }],
    ];
    for (const [href, target] of cases) expect(parseHref(href, '/h/'), href).toEqual({ target, fragment: '' });
    expect(parseHref(urls.lesson('a', 'why'), '/h/')).toEqual({ target: { kind: 'lesson', slug: 'a' }, fragment: 'why' });
    expect(parseHref('/elsewhere/lessons/a/', '/h/')).toBeUndefined();
    expect(parseHref('https://example.com/h/lessons/a/', '/h/')).toBeUndefined();
    expect(parseHref('/h/lessons/a/b/c/', '/h/')?.target).toEqual({ kind: 'none', slug: 'a', rest: 'b/c' });
  });

  it('knows where each page is on disk, and the URL of each file', () => {
    expect(pageFile(sitePath.lesson('a'))).toBe('lessons/a/index.html');
    expect(pageFile(sitePath.section('a', 'b'))).toBe('lessons/a/b/index.html');
    expect(pageFile(sitePath.home())).toBe('index.html');
    expect(pageFile(sitePath.feed())).toBe('feed.xml');
    expect(pageFile('files/a%20b.pdf')).toBe('files/a b.pdf');
    expect(fileToPath('lessons/a/index.html')).toBe('lessons/a/');
    expect(fileToPath('files/a b.pdf')).toBe('files/a%20b.pdf');
    expect(fileToPath('index.html')).toBe('');
    expect(isLessonFile('lessons/a/index.html')).toBe(true);
    expect(isLessonFile('lessons/a/b/index.html')).toBe(false);
    expect(isLessonFile('print/index.html')).toBe(false);
    expect(printVolumeFile(3)).toBe('print/3/index.html');
    expect(printVolumeOf('print/3/index.html')).toBe(3);
    expect(printVolumeOf('print/index.html')).toBeUndefined();
    expect(printVolumeOf('print/03/index.html')).toBeUndefined();
    expect(printVolumeOf('print/3/x/index.html')).toBeUndefined();
    expect(inShortVolumeFile(3)).toBe('in-short/3/index.html');
    expect(parseSitePath('in-short/3/index.html')).toEqual({ kind: 'in-short-volume', volume: 3 });
    expect(parseSitePath('in-short/03/')).toEqual({ kind: 'other', path: 'in-short/03/' });
    expect(parseSitePath('print/3/')).toEqual({ kind: 'print-volume', volume: 3 });
    expect(upToRoot(sitePath.searchAsset('search.js'))).toBe('../');
  });
});

describe('links authors write', () => {
  it('name lessons as /lessons/<slug>/, with or without the base path', () => {
    expect(parseAuthorPath('/lessons/a/', '/h/')).toEqual({ kind: 'lesson', slug: 'a' });
    expect(parseAuthorPath('/h/lessons/a/why/', '/h/')).toEqual({ kind: 'section', slug: 'a', section: 'why' });
    expect(parseAuthorPath('/about/', '/h/')).toBeUndefined();
    expect(parseAuthorPath('/lessons/', '/')).toBeUndefined();
  });

  it('gain the base path when they lack it, and are left alone otherwise', () => {
    expect(authorHref('/lessons/a/#why', '/h/')).toBe('/h/lessons/a/#why');
    expect(authorHref('/h/lessons/a/', '/h/')).toBeUndefined();
    expect(authorHref('/lessons/a/', '/')).toBeUndefined();
    expect(authorHref('//cdn.example.com/x.png', '/h/')).toBeUndefined();
  });
});
