/**
 * Hands the handbook model to the pages as `virtual:lessonbook/handbook` (the Astro way for
 * an integration to pass data to its routes). In `npm run dev`, a change under the lessons
 * folder reads the handbook again and sends the pages the new one.
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import type { HandbookData } from '../site/handbook-data.ts';

const ID = 'virtual:lessonbook/handbook';
const RESOLVED = `\0${ID}`;

export interface HandbookSource {
  /** The lessons folder, absolute. */
  lessonsDir: string;
  /** The handbook as the pages get it, read afresh when `stale` was called. */
  data(): HandbookData;
  /** Called when a file under the lessons folder changed. */
  stale(): void;
}

export function handbookPlugin(source: HandbookSource): Plugin {
  return {
    name: 'lessonbook:handbook',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      return `export default ${JSON.stringify(source.data())};\nexport const lessonsDir = ${JSON.stringify(source.lessonsDir)};\n`;
    },
    configureServer(server) {
      const changed = (file: string) => {
        const relative = path.relative(source.lessonsDir, file);
        if (relative.startsWith('..') || path.isAbsolute(relative)) return;
        source.stale();
        for (const environment of Object.values(server.environments)) {
          const module = environment.moduleGraph.getModuleById(RESOLVED);
          if (module) environment.moduleGraph.invalidateModule(module);
        }
      };
      server.watcher.on('add', changed).on('change', changed).on('unlink', changed);
    },
  };
}
