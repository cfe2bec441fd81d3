/**
 * What a copy read from disk cannot show by itself: a remote image needs the network, and
 * an iframe shows another site. The offline copy and the single files (./offline.ts,
 * ./single.ts) list both per page; an iframe becomes a link to what it embedded; with
 * `--with-remote`, remote images are downloaded before the pages are written (./index.ts)
 * and the copies name the downloaded files instead. Downloads are kept in a cache folder
 * between runs (REMOTE_CACHE, in the project), so a second export asks the network for
 * nothing it already has.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Parser } from 'htmlparser2';
import { attributeUrls, URL_ATTRIBUTES } from '../load/html-urls.ts';
import { escapeAttribute, escapeText, type Tag } from '../write/html-edit.ts';
import type { Site } from './site.ts';

/** Where `lessonbook export --with-remote` keeps downloaded images between runs, relative to the project. */
export const REMOTE_CACHE = '.lessonbook/remote-cache';

/** Where the offline copy keeps downloaded images, relative to its folder. */
export const REMOTE_DIR = 'remote';

/** What a page names that needs the network: remote images and iframes, by URL. */
export interface RemoteContent {
  page: string;
  images: string[];
  iframes: string[];
}

/** Whether `url` (as written in the page) is another site's, over http(s). */
export function remoteUrl(url: string, page: URL, owns: (url: URL) => boolean): URL | undefined {
  let resolved: URL;
  try {
    resolved = new URL(url, page);
  } catch {
    return undefined;
  }
  return (resolved.protocol === 'http:' || resolved.protocol === 'https:') && !owns(resolved) ? resolved : undefined;
}

/** Whether an attribute of a tag loads an image (a <source> does in a <picture>, where it has srcset). */
export const loadsImage = (tag: Pick<Tag, 'name'>, attribute: string) =>
  tag.name === 'img' || tag.name === 'image' || (tag.name === 'input' && attribute === 'src') || attribute === 'poster' || (tag.name === 'source' && attribute === 'srcset');

/** Whether a tag embeds another page: an iframe or frame with a src. */
export const isFrame = (tag: Pick<Tag, 'name' | 'attribs'>) => (tag.name === 'iframe' || tag.name === 'frame') && !!tag.attribs.src;

/** The link an iframe becomes in a copy read from disk: what it embedded, named by its title, and where it lives. */
export function frameLink(attribs: Record<string, string>, href: string): string {
  let host = href;
  try {
    host = new URL(href).host;
  } catch {
    // a relative src: named as written
  }
  const name = attribs.title?.trim() || 'The embedded content';
  return `<a class="offline-embed" href="${escapeAttribute(href)}">${escapeText(name)} (opens ${escapeText(host)}; embedded in the hosted handbook)</a>`;
}

/** Downloaded remote images: the remote URL → the file's name under REMOTE_DIR. */
export type RemoteFiles = Record<string, string>;

const EXTENSIONS: Record<string, string> = {
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/gif': '.gif',
  'image/webp': '.webp',
  'image/avif': '.avif',
  'image/svg+xml': '.svg',
  'image/x-icon': '.ico',
};

/** The name a remote image gets in the cache and the copy: a hash of its URL, and its type's extension. */
const cachedName = (url: string, type: string) => `${createHash('sha256').update(url).digest('hex').slice(0, 24)}${EXTENSIONS[type.split(';')[0]!.trim().toLowerCase()] ?? path.extname(new URL(url).pathname).toLowerCase().replace(/[^.a-z0-9]/g, '')}`;

/** What downloading found: the files, and the URLs that could not be had, with why. */
export interface Downloaded {
  files: RemoteFiles;
  failed: { url: string; reason: string }[];
  /** How many came from the cache rather than the network. */
  cached: number;
}

/**
 * Downloads `urls` into `cache` (each once; one already there is not fetched again), and
 * copies them into `<out>/REMOTE_DIR`. A URL that fails is listed, not fatal: the page keeps
 * the remote URL, as it would without --with-remote.
 */
export async function downloadImages(urls: Iterable<string>, cache: string, out: string): Promise<Downloaded> {
  mkdirSync(cache, { recursive: true });
  const indexFile = path.join(cache, 'index.json');
  const index: Record<string, string> = existsSync(indexFile) ? JSON.parse(readFileSync(indexFile, 'utf8')) : {};
  const result: Downloaded = { files: {}, failed: [], cached: 0 };
  const target = path.join(out, REMOTE_DIR);
  mkdirSync(target, { recursive: true });
  const list = [...new Set(urls)];
  // A few at a time: a handbook names hundreds of images, often on one host.
  for (let at = 0; at < list.length; at += 8) {
    await Promise.all(
      list.slice(at, at + 8).map(async (url) => {
        let name = index[url];
        if (name && existsSync(path.join(cache, name))) result.cached++;
        else {
          try {
            const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(30_000) });
            if (!response.ok) throw new Error(`HTTP ${response.status}`);
            const type = response.headers.get('content-type') ?? '';
            if (type && !type.startsWith('image/')) throw new Error(`it is ${type.split(';')[0]}, not an image`);
            name = cachedName(url, type);
            const bytes = Buffer.from(await response.arrayBuffer());
            writeFileSync(path.join(cache, `${name}.part`), bytes);
            renameSync(path.join(cache, `${name}.part`), path.join(cache, name));
            index[url] = name;
          } catch (error) {
            result.failed.push({ url, reason: (error as Error).message });
            return;
          }
        }
        writeFileSync(path.join(target, name), readFileSync(path.join(cache, name)));
        result.files[url] = name;
      }),
    );
  }
  writeFileSync(indexFile, JSON.stringify(index, null, 1));
  return result;
}

/** Every remote image the pages of `site` show (read before the copies are written, for --with-remote). */
export function remoteImagesOf(site: Site): Set<string> {
  const found = new Set<string>();
  for (const file of site.pages()) {
    const page = site.urlOf(file);
    new Parser(
      {
        onopentag(name, attribs) {
          for (const attribute of URL_ATTRIBUTES[name] ?? []) {
            const value = attribs[attribute];
            if (value === undefined || !loadsImage({ name }, attribute)) continue;
            for (const url of attributeUrls(attribute, value)) {
              const away = remoteUrl(url, page, site.owns);
              if (away) found.add(away.href);
            }
          }
        },
      },
      { decodeEntities: true, lowerCaseAttributeNames: true },
    ).end(readFileSync(path.join(site.dir, file), 'utf8'));
  }
  return found;
}
