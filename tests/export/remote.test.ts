// The offline copy knows what it is missing: `lessonbook export` lists, per page, the remote
// images and iframes that need the network; an iframe in the copy (and in the single files)
// becomes a link to what it embedded; `--with-remote` downloads the remote images into the
// copy and the single files, and keeps them in .lessonbook/remote-cache/ so the next run asks
// the network for none of them. "The network" is two servers on 127.0.0.1 (tests/support/remote.ts).
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin } from '../../scripts/lib/run.mjs';
import { cleanEnv, type Project } from '../support/project';
import { remoteHandbook, type RemoteHandbook, type RemoteServer } from '../support/remote';

let remote: RemoteHandbook;
let bucket: RemoteServer;
let player: RemoteServer;
let project: Project;

/** `lessonbook export …` in the project, without blocking the servers this process runs. */
async function lessonbookExport(...args: string[]): Promise<{ status: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(path.join(bin, 'node'), [path.resolve('src/cli/main.ts'), 'export', ...args], { cwd: project.root, env: cleanEnv({ NO_COLOR: '1' }) });
    return { status: 0, output: stdout + stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { status: e.code ?? 1, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

beforeAll(async () => {
  remote = await remoteHandbook('export-remote');
  ({ project, bucket, player } = remote);
  const built = project.build();
  expect(built.status, built.output).toBe(0);
}, 240_000);
afterAll(() => remote?.close());

const read = (...parts: string[]) => readFileSync(path.join(project.exported, ...parts), 'utf8');

describe('lessonbook export', () => {
  it('lists each page’s remote images and iframes, turns iframes into links, and leaves remote images remote', async () => {
    const run = await lessonbookExport();
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('Needs the network to show, by page of export/handbook/ (the single files hold the same):');
    expect(run.output).toContain(`  lessons/remote-media/index.html:\n    remote image ${bucket.origin}/bucket/whiteboard.png\n`);
    expect(run.output).toContain(`    remote image ${bucket.origin}/bucket/poster.png\n`);
    expect(run.output).toContain(`  lessons/embeds/index.html:\n    iframe ${player.origin}/embed/walkthrough (a link in the copy)\n`);
    expect(run.output).toContain('`lessonbook export --with-remote` downloads the remote images into the copy.');
    expect(run.output).not.toContain('lessons/plain/index.html');
    expect(bucket.asked).toEqual([]); // listing asks the network nothing

    for (const html of [read('handbook', 'lessons', 'embeds', 'index.html'), read('single', 'embeds.html')]) {
      expect(html).not.toContain('<iframe');
      expect(html).toContain(`<a class="offline-embed" href="${player.origin}/embed/walkthrough">Walkthrough of the release process (opens 127.0.0.1:${new URL(player.origin).port}; embedded in the hosted handbook)</a>`);
    }
    expect(read('handbook', 'lessons', 'remote-media', 'index.html')).toContain(`src="${bucket.origin}/bucket/roadmap.png"`);
  }, 120_000);

  it('--with-remote downloads the remote images into the copy and the single files, and the next run takes them from the cache', async () => {
    const run = await lessonbookExport('--with-remote');
    expect(run.status, run.output).toBe(0);
    expect(run.output).toMatch(/Downloaded 4 remote image\(s\) into export\/handbook\/remote\/ and the single files \(0 from the cache, \.lessonbook\/remote-cache\/\)\./);
    const images = bucket.asked.filter((p) => p.endsWith('.png')).sort();
    // Each image once, though the lesson page, the one-page handbook and the single files all show them.
    expect(images).toEqual(['/bucket/poster.png', '/bucket/roadmap.png', '/bucket/whiteboard.png', '/bucket/wide.png']);
    const offline = read('handbook', 'lessons', 'remote-media', 'index.html');
    expect(offline).not.toContain(`${bucket.origin}/bucket/roadmap.png"`);
    const local = [...offline.matchAll(/src="(\.\.\/\.\.\/remote\/[^"]+)"/g)].map((m) => m[1]!);
    expect(local.length).toBeGreaterThanOrEqual(2);
    for (const src of local) expect(existsSync(path.join(project.exported, 'handbook', 'lessons', 'remote-media', src)), src).toBe(true);
    const single = read('single', 'remote-media.html');
    expect(single).not.toContain(`${bucket.origin}/bucket/roadmap.png"`);
    expect(single).toMatch(/src="data:image\/png;base64,/);
    expect(run.output).not.toMatch(/^\s+remote image /m); // none left needing the network
    expect(readdirSync(path.join(project.root, '.lessonbook', 'remote-cache')).filter((f) => f.endsWith('.png')).length).toBe(new Set(images).size);

    const asked = bucket.asked.length;
    const again = await lessonbookExport('--with-remote');
    expect(again.status, again.output).toBe(0);
    expect(again.output).toContain('from the cache');
    expect(bucket.asked.length).toBe(asked);
  }, 120_000);
});
