// Each page's policy in Firefox (ESR, over WebDriver BiDi: tests/support/firefox.ts), since
// the browser gates run Chromium only: Firefox reads every page's policy without a complaint
// in its console, shows every image of the embeds fixture (remote ones from a server on
// 127.0.0.1), breaks no rule of the policy, and still refuses what the policy does not allow.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticSite } from '../../scripts/lib/serve.ts';
import { hasFirefox, startFirefox, type Firefox } from '../support/firefox';
import { remoteHandbook, type RemoteHandbook } from '../support/remote';

/** The pages, and how many images each shows at least (so a wrong page, such as the 404, cannot pass). */
const PAGES: Record<string, number> = { 'lessons/remote-media/': 4, 'lessons/embeds/': 0, 'lessons/plain/': 0, 'print/': 4, '': 0 };

describe.skipIf(!hasFirefox())('the policy in Firefox', () => {
  let remote: RemoteHandbook;
  let hosted: StaticSite;
  let firefox: Firefox;

  beforeAll(async () => {
    remote = await remoteHandbook('policy-firefox');
    const { project } = remote;
    const built = project.build();
    expect(built.status, built.output).toBe(0);
    hosted = await serveStatic(project.dist);
    firefox = await startFirefox(
      "() => { window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI)); }",
    );
  }, 300_000);
  afterAll(async () => {
    await firefox?.close();
    await hosted?.close();
    await remote?.close();
  });

  for (const [page, images] of Object.entries(PAGES)) {
    it(`/${page} shows every image and breaks no rule of its policy`, async () => {
      const logged = firefox.log.length;
      await firefox.open(`${hosted.url}${page}`);
      // Images finish decoding after the load event in some cases: wait for each.
      await firefox.evaluate('Promise.all([...document.images].map((i) => i.decode().catch(() => null)))');
      const broken = await firefox.evaluate<string[]>('[...document.images].filter((i) => !i.complete || i.naturalWidth === 0).map((i) => i.currentSrc || i.src)');
      expect(broken).toEqual([]);
      expect(await firefox.evaluate<number>('document.images.length')).toBeGreaterThanOrEqual(images);
      expect(await firefox.evaluate<string>('location.pathname')).toBe(`/${page}`);
      expect(await firefox.evaluate<string>('document.title')).not.toMatch(/not found/i);
      expect(await firefox.evaluate<string[]>('window.__violations')).toEqual([]);
      expect(firefox.log.slice(logged).filter((l) => /content.security.policy|CSP/i.test(l))).toEqual([]);
    });
  }

  it('refuses an injected inline script and an image from an origin no lesson names', async () => {
    await firefox.open(`${hosted.url}lessons/remote-media/`);
    await firefox.evaluate(
      "(() => { const s = document.createElement('script'); s.textContent = 'window.injected = true'; document.body.append(s); const i = new Image(); i.src = 'http://localhost:9/elsewhere.png'; document.body.append(i); })()",
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const violations = await firefox.evaluate<string[]>('window.__violations');
    expect(violations.some((v) => v.startsWith('script-src'))).toBe(true);
    expect(violations.some((v) => v.startsWith('img-src'))).toBe(true);
    expect(await firefox.evaluate('window.injected ?? null')).toBeNull();
  });
});
