/**
 * What a thread of the export makes of the site's stylesheets, scripts and images, made once
 * per file: every lesson names the same stylesheet and scripts, and many the same images, and
 * what a page gets of one (a data: URI, an inlined stylesheet, a script ready to inline)
 * depends only on the file. Kept for the thread's whole work: a handbook's assets are small beside
 * its pages, and the one-page handbook holds all of them anyway.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { hashSource, inlineableModule } from '../write/html-edit.ts';

export interface Reads {
  /** A file of the site (relative to its folder), as bytes; read again on each call. */
  read(file: string): Buffer;
  /** What `make` makes of `file` as `kind`: made on the first call for `kind` and `file` only. */
  once<T>(kind: string, file: string, make: () => T): T;
  /** The module script `file`, ready to inline, and its CSP hash (throws if it cannot be inlined). */
  module(file: string): { source: string; hash: string };
}

/** Reads of the site in `dir`, for one thread. */
export function readsOf(dir: string): Reads {
  const made = new Map<string, unknown>();
  const read = (file: string) => readFileSync(path.join(dir, file));
  const once = <T>(kind: string, file: string, make: () => T): T => {
    const key = `${kind}:${file}`;
    if (made.has(key)) return made.get(key) as T;
    const value = make();
    made.set(key, value);
    return value;
  };
  const module = (file: string) =>
    once('module', file, () => {
      const source = inlineableModule(read(file).toString('utf8'), file);
      return { source, hash: hashSource(source) };
    });
  return { read, once, module };
}
