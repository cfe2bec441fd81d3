/**
 * Debian's Firefox ESR, driven over WebDriver BiDi (the W3C protocol Firefox speaks natively)
 * with Node's own WebSocket: Playwright's patched Firefox cannot be downloaded here, and its
 * BiDi driver asks ESR for commands ESR does not have yet. Enough to open a page, run a
 * script in it before the page's own, and read a value back. Firefox starts with a fresh
 * profile whose preferences turn off everything that would reach the network by itself
 * (updates, telemetry, safe browsing, captive-portal checks, remote settings).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { firefoxPath } from '../../scripts/lib/firefox.mjs';

export const hasFirefox = () => existsSync(firefoxPath);

const PREFS: Record<string, string | number | boolean> = {
  'app.update.enabled': false,
  'app.update.auto': false,
  'app.normandy.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage': 'about:blank',
  'browser.startup.page': 0,
  'browser.newtabpage.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'browser.safebrowsing.downloads.enabled': false,
  'browser.safebrowsing.blockedURIs.enabled': false,
  'browser.safebrowsing.provider.mozilla.updateURL': '',
  'browser.search.update': false,
  'browser.region.network.url': '',
  'browser.topsites.contile.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'toolkit.telemetry.server': '',
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'extensions.blocklist.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'network.dns.disablePrefetch': true,
  'network.prefetch-next': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'media.gmp-manager.url': '',
  'media.autoplay.default': 5,
  'security.OCSP.enabled': 0,
  'remote.prefs.recommended': true,
};

export interface Firefox {
  /** Opens `url` in the one tab and waits for its load event. */
  open(url: string): Promise<void>;
  /** The value of `expression` in the page (JSON-serialisable values). */
  evaluate<T>(expression: string): Promise<T>;
  /** Console messages and errors the pages logged, as `level: text`. */
  log: string[];
  close(): Promise<void>;
}

/**
 * Starts Firefox ESR; `preload` is a function declaration run in every page before its
 * own scripts (to listen for securitypolicyviolation, say).
 */
export async function startFirefox(preload: string): Promise<Firefox> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'lessonbook-firefox-'));
  writeFileSync(path.join(profile, 'user.js'), Object.entries(PREFS).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n'));
  const child: ChildProcess = spawn(firefoxPath, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', 'about:blank'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Firefox did not start its WebDriver BiDi server:\n${text}`)), 60_000);
    const read = (chunk: Buffer) => {
      text += chunk;
      const found = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(text);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    };
    child.stderr!.on('data', read);
    child.stdout!.on('data', read);
    child.once('exit', (code) => reject(new Error(`Firefox exited (${code}) before it listened:\n${text}`)));
  });
  const socket = new WebSocket(`${endpoint}/session`);
  await new Promise((resolve, reject) => {
    socket.addEventListener('open', resolve, { once: true });
    socket.addEventListener('error', reject, { once: true });
  });
  let next = 0;
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  const log: string[] = [];
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data));
    if (message.id !== undefined && waiting.has(message.id)) {
      const w = waiting.get(message.id)!;
      waiting.delete(message.id);
      if (message.type === 'error') w.reject(new Error(`${message.error}: ${message.message}`));
      else w.resolve(message.result);
    } else if (message.method === 'log.entryAdded') {
      log.push(`${message.params.level}: ${message.params.text}`);
    }
  });
  const send = <T>(method: string, params: unknown): Promise<T> =>
    new Promise((resolve, reject) => {
      const id = ++next;
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject });
      socket.send(JSON.stringify({ id, method, params }));
    });

  await send('session.new', { capabilities: {} });
  await send('session.subscribe', { events: ['log.entryAdded'] });
  await send('script.addPreloadScript', { functionDeclaration: preload });
  const tree = await send<{ contexts: { context: string }[] }>('browsingContext.getTree', {});
  const context = tree.contexts[0]!.context;

  return {
    log,
    open: async (url) => void (await send('browsingContext.navigate', { context, url, wait: 'complete' })),
    evaluate: async <T>(expression: string) => {
      const result = await send<{ type: string; result?: { value?: string }; exceptionDetails?: { text: string } }>('script.evaluate', {
        expression: `JSON.stringify(${expression})`,
        target: { context },
        awaitPromise: true,
      });
      if (result.type === 'exception') throw new Error(`in Firefox: ${result.exceptionDetails?.text}`);
      return JSON.parse(result.result?.value ?? 'null') as T;
    },
    close: async () => {
      await send('session.end', {}).catch(() => undefined);
      socket.close();
      child.kill();
      await new Promise((resolve) => (child.exitCode !== null ? resolve(undefined) : child.once('exit', resolve)));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
