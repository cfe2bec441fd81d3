/**
 * The search dialog: a modal <dialog> with a combobox over a listbox of results, as the ARIA
 * Authoring Practices describe it. Loaded only when the reader opens search (see
 * search-boot.ts), as a classic script, together with search/index.js, which calls
 * `lessonbookSearch.load()` with the index. Everything it needs is beside it in search/, so
 * it works the same on a host, under a sub-path, and from file:// with no network.
 */
import MiniSearch from 'minisearch';
import { fragment, sitePath, upToRoot } from '../../contract/urls.ts';
import { STORE_FIELDS, indexOptions, type SearchData } from './search-options.ts';
import { unpack } from './search-pack.ts';
import { find, snippet, markWords, type Hit, type Piece } from './search-query.ts';

/** How many results are shown; the count announced is of all of them. */
const SHOWN = 25;

const here = document.currentScript as HTMLScriptElement;
/** The handbook's root: this script is search/search.js under it. */
const root = new URL(upToRoot(sitePath.searchAsset('search.js')), here.src);
/** Opened from disk, a folder URL shows a file listing, not the page: name the file. */
const page = location.protocol === 'file:' ? 'index.html' : '';

let engine: MiniSearch | undefined;
let lessons: SearchData['lessons'] = [];
let hits: Hit[] = [];
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

function hitUrl(hit: Hit): string {
  const [slug] = lessons[hit.lesson]!;
  const lesson = new URL(sitePath.lesson(slug) + page, root).href;
  return lesson + fragment(hit.section);
}

/** One result: where it is (part, lesson), the section's title, and the words around the match. */
function option(hit: Hit, i: number): HTMLElement {
  const terms = new Set(hit.terms);
  const [, lesson, part] = lessons[hit.lesson]!;
  // The words before a lesson's first section are found as the lesson itself.
  const where = hit.section ? [part, lesson] : [part];
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

function render() {
  const query = input.value.trim();
  if (!engine) {
    say('Loading the index…');
    return;
  }
  hits = query ? find(engine, query, SHOWN) : [];
  const shown = hits.slice(0, SHOWN);
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
  input.setAttribute('aria-expanded', String(shown.length > 0));
  active = -1;
  setActive(shown.length ? 0 : -1);
  const every = hits.filter((h) => !h.partial).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (!query) say(`Type to search ${plural(lessons.length, 'lesson')}.`);
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

input.addEventListener('input', render);
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

/** The dialog's styles, beside this script; the dialog waits for them so it never shows unstyled. */
const styles = new Promise<void>((resolve) => {
  const link = el('link', { rel: 'stylesheet', href: new URL('search.css', here.src).href });
  link.onload = link.onerror = () => resolve();
  document.head.append(link);
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
    render();
  });
}

function load(data: SearchData) {
  lessons = data.lessons;
  engine = MiniSearch.loadJS(unpack(data.index, STORE_FIELDS), indexOptions);
  performance.mark('lessonbook-search-index'); // when the index became searchable (scripts/bench/search.mjs)
  if (dialog.open) render();
}

(window as unknown as { lessonbookSearch: unknown }).lessonbookSearch = { open, load };
open();
