/**
 * The built search index read from disk as the browser reads it: each file of `search/` is a
 * classic script handing its data to `lessonbookSearch`, here run with a stand-in that keeps
 * what it is handed. The tests and the benchmark ask the same ShardedIndex the browser asks.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { searchFile, type SearchManifest } from '../../src/site/client/search-pack.ts';
import { ShardedIndex } from '../../src/site/client/search-shards.ts';

/** The data one file of `<site>/search/` hands over. */
export function readSearchFile(site: string, name: string): unknown {
  let data: unknown;
  const take = (...args: unknown[]) => (data = args.at(-1));
  new Function('lessonbookSearch', readFileSync(path.join(site, 'search', `${name}.js`), 'utf8'))({ load: take, add: take });
  return data;
}

/** The index of a built site, and the files it has read with their gzipped sizes. */
export function searchIndexOf(site: string): { index: ShardedIndex; read: Map<string, number> } {
  const read = new Map<string, number>();
  const load = async (name: string) => {
    read.set(name, gzipSync(readFileSync(path.join(site, 'search', `${name}.js`))).length);
    return readSearchFile(site, name);
  };
  return { index: new ShardedIndex(readSearchFile(site, searchFile.manifest) as SearchManifest, load), read };
}
