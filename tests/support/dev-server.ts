/**
 * `astro dev` in a test's own project (tests/support/project.ts), as an author runs it: on a
 * free port of 127.0.0.1, its output kept for the test to read, and written to a log file
 * when it stops, for a failed run.
 */
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { afterAll, beforeAll, expect } from 'vitest';
import { chromiumFlags, chromiumPath } from '../../scripts/lib/chromium.mjs';
import { bin } from '../../scripts/lib/run.mjs';
import { cleanEnv, makeProject, type Project } from './project';

export interface DevServer {
  /** The address it serves, ending in `/`. */
  url: string;
  /** Everything it has printed so far, standard output and error. */
  output(): string;
  /** Stops it and writes its output to `logFile`. */
  stop(): Promise<void>;
}

/** Starts `astro dev` in `project` and waits until it names its address; its output goes to `logFile` when stopped. */
export async function startDevServer(project: Project, logFile: string): Promise<DevServer> {
  // Port 0: the dev server takes a free port and names it.
  const server = spawn(path.join(bin, 'astro'), ['dev', '--port', '0', '--host', '127.0.0.1'], {
    cwd: project.root,
    env: cleanEnv({ FORCE_COLOR: '0', NO_COLOR: '1' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      const local = /Local\s+(http:\/\/\S+\/)/.exec(log);
      if (local) resolve(local[1]!);
    };
    server.stdout.on('data', read);
    server.stderr.on('data', read);
    server.on('exit', () => reject(new Error(`the dev server stopped:\n${log}`)));
  });
  return {
    url,
    output: () => log,
    async stop() {
      writeFileSync(logFile, log);
      if (server.exitCode !== null) return;
      const stopped = new Promise((resolve) => server.on('exit', resolve));
      server.kill('SIGTERM');
      await stopped;
    },
  };
}

/**
 * Loads `address` until `ready` holds: a fresh dev server may still be optimizing its
 * dependencies, and on save it reloads open pages by itself, racing a load of our own.
 */
export const loadUntil = (page: Page, address: string, ready: () => Promise<boolean>) =>
  expect
    .poll(async () => (await page.goto(address).catch(() => null)) !== null && (await ready()), { timeout: 60_000, interval: 500 })
    .toBe(true);

/** A test file's dev server on a project of its own, and a Chromium to read it with. */
export interface DevSession {
  project: Project;
  server: DevServer;
  /** The server's address, ending in `/`. */
  url: string;
  browser: Browser;
}

/**
 * For the tests of one file: a project named after `name` from the lessons folder `lessons`
 * (inside the repository, so the dev server's file watcher sees the tests' edits), changed by
 * `prepare` before the server starts; `astro dev` on it, logging to `.lessonbook/<log>`; and a
 * Chromium. Started before the file's tests and stopped after them; the fields are set once
 * they have started.
 */
export function devSession(name: string, { lessons, log, prepare }: { lessons: string; log: string; prepare?: (project: Project) => void }): DevSession {
  const session = {} as DevSession;
  beforeAll(async () => {
    session.project = makeProject(name, { lessons });
    prepare?.(session.project);
    session.server = await startDevServer(session.project, path.resolve('.lessonbook', log));
    session.url = session.server.url;
    session.browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  }, 300_000);
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
    if (session.project) rmSync(session.project.root, { recursive: true, force: true });
  });
  return session;
}
