/**
 * The search dialog: a modal <dialog> with a combobox over a listbox of results, as the ARIA
 * Authoring Practices describe it. Loaded only when the reader opens search (see
 * search-boot.ts), as a classic script, together with search/index.js, which calls
 * `lessonbookSearch.load()` with the index's manifest. The rest of the index comes as each
 * query needs it (search-shards.ts), each file a classic script beside this one that calls
 * `lessonbookSearch.add()`. Everything it needs is in search/, so it works the same on a
 * host, under a sub-path, and from file:// with no network.
 */
import { fragment, sitePath, upToRoot } from '../../contract/urls.ts';
import { snippet, markWords, type Hit, type Piece } from './search-query.ts';
import type { SearchManifest } from './search-pack.ts';
import { ShardedIndex } from './search-shards.ts';

/** How many results are shown; the count announced is of all of them. */
const SHOWN = 25;
/** How many show first, as soon as their text is read (a dialog's height of them); the rest follow. */
const FIRST = 6;
/** A pause in typing this long asks the query: a word typed quickly is one query, not one a letter. */
const PAUSE = 120;

const here = document.currentScript as HTMLScriptElement;
/** The handbook's root: this script is search/search.js under it. */
const root = new URL(upToRoot(sitePath.searchAsset('search.js')), here.src);
/** Opened from disk, a folder URL shows a file listing, not the page: name the file. */
const page = location.protocol === 'file:' ? 'index.html' : '';

let index: ShardedIndex | undefined;
let hits: Hit[] = [];
/** Counts the queries asked: only the latest one's results are shown. */
let asked = 0;
let active = -1;
let opener: HTMLElement | null = null;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, string> = {}, ...children: (Node | string)[]) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

const dialog = el('dialog', { class: 'lb-search', 'aria-labelledby': 'lb-search-label' });
const input = el('input', {
  id: 'lb-search-input',
  type: 'text',
  role: 'combobox',
  'aria-autocomplete': 'list',
  'aria-controls': 'lb-search-results',
  'aria-expanded': 'false',
  'aria-describedby': 'lb-search-status',
  autocomplete: 'off',
  autocapitalize: 'off',
  spellcheck: 'false',
  enterkeyhint: 'go',
});
const close = el('button', { type: 'button', class: 'lb-search-close' }, 'Close');
const status = el('p', { id: 'lb-search-status', class: 'lb-search-status', role: 'status' });
const list = el('div', { id: 'lb-search-results', class: 'lb-search-results', role: 'listbox', 'aria-label': 'Search results' });
list.hidden = true;
dialog.append(
  el('div', { class: 'lb-search-bar' }, el('label', { id: 'lb-search-label', for: 'lb-search-input' }, 'Search the handbook'), close),
  input,
  status,
  list,
);

function say(text: string) {
  if (status.textContent !== text) status.textContent = text;
}

function marked(pieces: Piece[]): (Node | string)[] {
  return pieces.map((p) => (p.mark ? el('mark', {}, p.text) : p.text));
}

/** The files of the index being loaded: name → what to do with its data. */
const loading = new Map<string, (data: unknown) => void>();

/** Loads a file of the index, a classic script beside this one (which works from file://, where fetch does not). */
function loadFile(name: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    loading.set(name, resolve);
    const script = el('script', { src: new URL(`${name}.js`, here.src).href });
    script.onload = () => script.remove();
    script.onerror = () => {
      script.remove();
      loading.delete(name);
      reject(new Error(`search could not load ${script.getAttribute('src')}`));
    };
    document.head.append(script);
  });
}

function hitUrl(hit: Hit): string {
  const [slug] = index!.lessons[hit.lesson]!;
  const lesson = new URL(sitePath.lesson(slug) + page, root).href;
  return lesson + fragment(hit.section);
}

/** One result: where it is (the parts it is in, the lesson), the section's title, and the words around the match. */
function option(hit: Hit, i: number): HTMLElement {
  const terms = new Set(hit.terms);
  const [, lesson, parts] = index!.lessons[hit.lesson]!;
  // The words before a lesson's first section are found as the lesson itself.
  const where = hit.section ? [...parts, lesson] : parts;
  return el(
    'a',
    { role: 'option', id: `lb-search-option-${i}`, href: hitUrl(hit), tabindex: '-1', 'aria-selected': 'false', class: 'lb-search-result' },
    el('span', { class: 'lb-search-lesson' }, ...where.filter(Boolean).flatMap((name, k) => [...(k ? [' › '] : []), ...marked(markWords(name, terms))])),
    el('span', { class: 'lb-search-title' }, ...marked(markWords(hit.title, terms))),
    el('span', { class: 'lb-search-snippet' }, ...marked(snippet(hit.text, terms))),
  );
}

function setActive(i: number) {
  const options = list.querySelectorAll('[role="option"]');
  options[active]?.setAttribute('aria-selected', 'false');
  active = i;
  const option = options[i];
  if (option) {
    option.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  } else input.removeAttribute('aria-activedescendant');
}

/**
 * Asks the index for what the box says, then shows it: the first few results as soon as
 * their text is read, then the rest (unless the reader has typed on meanwhile).
 */
async function render() {
  const query = input.value.trim();
  if (!index) {
    say('Loading the index…');
    return;
  }
  const mine = ++asked;
  const stale = () => mine !== asked;
  try {
    for (const count of query ? [FIRST, SHOWN] : [0]) {
      const found = query ? await index.find(query, SHOWN, count, stale) : [];
      if (stale()) return;
      draw(query, found, count, count > FIRST);
    }
  } catch {
    // A file of the index could not load (a broken copy): the full list of lessons is the way on.
    location.href = new URL(page, here.src).href;
  }
}

/** Shows the first `count` of `found`; `more` when these add to the results shown for the same query. */
function draw(query: string, found: Hit[], count: number, more: boolean) {
  hits = found;
  const shown = hits.slice(0, Math.min(count, SHOWN));
  const full = shown.filter((h) => !h.partial).length;
  const options = shown.map(option);
  // Sections with only some of the words come after the rest, under a note that says so.
  const group = (label: string, members: HTMLElement[]) => el('div', { role: 'group', 'aria-label': label }, ...members);
  list.replaceChildren(
    ...(full < shown.length
      ? [
          ...(full ? [group('Every word', options.slice(0, full))] : []),
          el('p', { class: 'lb-search-note', 'aria-hidden': 'true' }, full ? 'Only some of the words:' : 'No section has every word; these have some of them:'),
          group('Only some of the words', options.slice(full)),
        ]
      : options),
  );
  list.hidden = shown.length === 0;
  // busy while more of the results are on their way
  list.setAttribute('aria-busy', String(shown.length < Math.min(found.length, SHOWN)));
  input.setAttribute('aria-expanded', String(shown.length > 0));
  // the reader's place in the list stays when more results join it
  const keep = more && active >= 0 ? active : 0;
  active = -1;
  setActive(shown.length ? keep : -1);
  const every = hits.filter((h) => !h.partial).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (!query) say(`Type to search ${plural(index?.manifest.lessons ?? 0, 'lesson')}.`);
  else if (!hits.length) say(`No results for “${query}”.`);
  else if (every === hits.length) say(hits.length > SHOWN ? `${hits.length} results; the best ${SHOWN} are shown.` : `${plural(hits.length, 'result')}.`);
  else if (every === 0) say(`No section has every word of “${query}”; ${plural(hits.length, 'section')} ${hits.length === 1 ? 'has' : 'have'} some of them.`);
  else say(`${plural(every, 'result')} with every word, then ${hits.length - every} with some of them.`);
}

/** Goes to a result: the dialog closes first, so a result on this same page is not hidden behind it. */
function go(url: string) {
  opener = null;
  dialog.close();
  const to = new URL(url);
  if (to.href.split('#')[0] !== location.href.split('#')[0]) {
    location.href = url;
    return;
  }
  // A section of this page: move there even when the page is still scrolling to another
  // (Chromium lets a running smooth scroll win over a new #fragment), or is already at it.
  location.hash = to.hash;
  document.getElementById(decodeURIComponent(to.hash.slice(1)))?.scrollIntoView();
}

let typing: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  list.setAttribute('aria-busy', 'true'); // these results are the last query's until the new ones show
  asked++; // and the last query, if still reading, stops: its results would no longer be what the box says
  clearTimeout(typing);
  typing = setTimeout(() => void render(), PAUSE);
});
input.addEventListener('keydown', (e) => {
  const count = list.querySelectorAll('[role="option"]').length;
  if (e.key === 'ArrowDown' && count) setActive((active + 1) % count);
  else if (e.key === 'ArrowUp' && count) setActive((active - 1 + count) % count);
  else if (e.key === 'Enter' && hits[active]) go(hitUrl(hits[active]));
  else return;
  e.preventDefault();
});
list.addEventListener('click', (e) => {
  const option = (e.target as Element).closest('a');
  if (!option || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
  e.preventDefault();
  go(option.href);
});
close.addEventListener('click', () => dialog.close());
// A click on the backdrop (outside the dialog's box) closes it, as Escape does.
dialog.addEventListener('click', (e) => {
  if (e.target === dialog) {
    const r = dialog.getBoundingClientRect();
    if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) dialog.close();
  }
});
dialog.addEventListener('close', () => opener?.focus());

/**
 * The dialog's styles, beside this script, which search-boot.ts asked for with it (or, when
 * it did not, asked for here); the dialog waits for them so it never shows unstyled.
 */
const styles = new Promise<void>((resolve) => {
  const href = new URL('search.css', here.src).href;
  let link = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].find((l) => l.href === href);
  if (link?.sheet) return resolve();
  if (!link) document.head.append((link = el('link', { rel: 'stylesheet', href })));
  link.addEventListener('load', () => resolve());
  link.addEventListener('error', () => resolve());
});
document.body.append(dialog);

function open() {
  if (dialog.open) return input.focus();
  const focused = document.activeElement as HTMLElement | null;
  opener = focused && focused !== document.body ? focused : document.querySelector<HTMLElement>('.search-button');
  void styles.then(() => {
    if (dialog.open) return;
    dialog.showModal();
    // What the reader typed while this script loaded (search-boot.ts kept it).
    const control = document.querySelector<HTMLElement>('.search-button');
    const typed = control?.dataset.typed;
    delete control?.dataset.typed;
    input.focus();
    if (typed) input.value = typed;
    else input.select(); // the last query, replaced by typing
    void render();
  });
}

/** search/index.js hands over the manifest: from now on queries are answered. */
function load(manifest: SearchManifest) {
  index = new ShardedIndex(manifest, loadFile);
  index.prepare();
  performance.mark('lessonbook-search-index'); // when the index became searchable (scripts/bench/search.mjs)
  if (dialog.open) void render();
}

/** A file of the index hands over its data. */
function add(name: string, data: unknown) {
  loading.get(name)?.(data);
  loading.delete(name);
}

(window as unknown as { lessonbookSearch: unknown }).lessonbookSearch = { open, load, add };
open();
