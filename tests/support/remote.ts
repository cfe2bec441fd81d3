/**
 * The internet, as the tests have it: two servers on 127.0.0.1 standing in for other
 * sites — a storage bucket of images and a video host whose players are embedded — and
 * the embeds fixture's lessons pointed at them. The fixture (tests/fixtures/embeds) names
 * `http://127.0.0.1:8` for the bucket and `http://127.0.0.1:9` for the video host, ports
 * nothing listens on, so it builds as it is; a test copies it and writes the servers' real
 * origins in (`remoteHandbook`). Each server counts what it was asked for.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { makeProject, repo, type Project } from './project';

/** The origins the fixture is written with. */
const FIXTURE_BUCKET = 'http://127.0.0.1:8';
const FIXTURE_PLAYER = 'http://127.0.0.1:9';

/** A 4×3 PNG, one colour: a picture any browser decodes. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAEElEQVR4nGPQztkARww4OQAk4A9VMgEyLAAAAABJRU5ErkJggg==',
  'base64',
);

export interface RemoteServer {
  origin: string;
  /** The paths asked for, in order. */
  asked: string[];
  close(): Promise<void>;
}

async function serve(handle: (path: string) => { type: string; body: Buffer | string } | undefined): Promise<RemoteServer> {
  const asked: string[] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    asked.push(url.pathname);
    const found = handle(url.pathname);
    if (!found) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
      return;
    }
    response.writeHead(200, { 'content-type': found.type, 'cache-control': 'no-store' }).end(found.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    asked,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The bucket: any `.png` under /bucket/ is a picture; a `.webm` is a (contentless) video. */
const bucketServer = () =>
  serve((p) => {
    if (p.startsWith('/bucket/') && p.endsWith('.png')) return { type: 'image/png', body: PNG };
    if (p.startsWith('/bucket/') && p.endsWith('.webm')) return { type: 'video/webm', body: Buffer.alloc(0) };
    return undefined;
  });

/** The video host: /embed/… and /share/… are player pages. */
const playerServer = () =>
  serve((p) =>
    p.startsWith('/embed/') || p.startsWith('/share/')
      ? { type: 'text/html; charset=utf-8', body: `<!doctype html><html lang="en"><title>Player</title><body><p>A player for ${p}</p></body></html>` }
      : undefined,
  );

/** Points the lessons in `dir` (a copy of the fixture) at the servers. */
function pointAt(dir: string, bucket: string, player: string): void {
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!/\.mdx?$/.test(name)) continue;
    const file = path.join(dir, name);
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll(FIXTURE_BUCKET, bucket).replaceAll(FIXTURE_PLAYER, player));
  }
}

export interface RemoteHandbook {
  /** The fixture's copy, pointed at the two servers; not built yet. */
  project: Project;
  bucket: RemoteServer;
  player: RemoteServer;
  /** Stops both servers. */
  close(): Promise<void>;
}

/** The embeds fixture copied into a project named after `name`, its lessons pointed at a fresh bucket and video host. */
export async function remoteHandbook(name: string): Promise<RemoteHandbook> {
  const bucket = await bucketServer();
  const player = await playerServer();
  const project = makeProject(name, { lessons: path.join(repo, 'tests', 'fixtures', 'embeds') });
  pointAt(project.lessons, bucket.origin, player.origin);
  return { project, bucket, player, close: () => Promise.all([bucket.close(), player.close()]).then(() => {}) };
}
