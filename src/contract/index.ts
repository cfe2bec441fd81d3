/**
 * The contract between the stages: every URL of the site (./urls.ts) and the names of the
 * markup one stage writes and another reads back (./markup.ts). No Astro, no Node.js: the
 * pages, the renderer, the write stage, the check, the export and the browser's search
 * script import it alike.
 */
export * from './markup.ts';
export * from './urls.ts';
