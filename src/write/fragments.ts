/**
 * After the build: a link written with a fragment in other letter case (`other.md#FAQ` for
 * the heading "FAQ", whose anchor is `#faq`) lands, as it does on GitHub. The check finds
 * these links (src/check/links.ts, RecasedLink); this writes the anchor's own spelling into
 * the built pages they are in. Done here, not when the lesson renders, because Astro keeps
 * a rendered lesson until that lesson changes, and the anchor is the other lesson's.
 * (A reader who types or pastes such a link lands too: ../site/client/fragment-case.ts.)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RecasedLink } from '../check/links.ts';
import { HOME_ENTRY } from '../load/files.ts';
import { OTHER_SITE, safeDecode } from '../load/links.ts';
import { editHtml } from './html-edit.ts';

/** The built page of a lesson (or of the handbook's introduction, the home page), relative to the site. */
const pageOf = (slug: string) => (slug === HOME_ENTRY ? 'index.html' : path.join('lessons', slug, 'index.html'));

/** The lesson an href of the page at `pagePath` leads to: its slug, or HOME_ENTRY for the home page. */
function slugOf(href: string, pagePath: string, base: string, self: string): string | undefined {
  if (href.startsWith('#')) return self;
  let pathname: string;
  try {
    pathname = new URL(href, `http://site${pagePath}`).pathname;
  } catch {
    return undefined;
  }
  if (pathname === base) return HOME_ENTRY;
  const rest = pathname.startsWith(`${base}lessons/`) ? pathname.slice(`${base}lessons/`.length).split('/') : [];
  return rest.length === 2 && rest[1] === '' ? safeDecode(rest[0]!) : undefined;
}

/** Rewrites the links of `recased` in the built site `dir`; returns how many pages changed. */
export function writeFragmentCase(dir: string, base: string, recased: readonly RecasedLink[]): number {
  const byPage = new Map<string, RecasedLink[]>();
  for (const link of recased) byPage.set(link.from, [...(byPage.get(link.from) ?? []), link]);
  let changed = 0;
  for (const [from, links] of byPage) {
    const file = path.join(dir, pageOf(from));
    const pagePath = from === HOME_ENTRY ? base : `${base}lessons/${from}/`;
    const html = readFileSync(file, 'utf8');
    const fixed = editHtml(html, () => ({
      open(tag) {
        const href = tag.attribs.href;
        const hashAt = href?.indexOf('#') ?? -1;
        if (tag.name !== 'a' || !href || hashAt < 0 || OTHER_SITE.test(href)) return;
        const fragment = safeDecode(href.slice(hashAt + 1));
        const to = slugOf(href, pagePath, base, from);
        const candidates = links.filter((l) => l.fragment === fragment);
        // Written with the lesson's current slug, that lesson's anchor; with a former one, the anchor all such links agree on.
        const anchors = new Set((candidates.some((l) => l.to === to) ? candidates.filter((l) => l.to === to) : candidates).map((l) => l.anchor));
        if (anchors.size !== 1) return;
        tag.set('href', `${href.slice(0, hashAt)}#${encodeURIComponent([...anchors][0]!)}`);
      },
    }));
    if (fixed !== html) {
      writeFileSync(file, fixed);
      changed++;
    }
  }
  return changed;
}
