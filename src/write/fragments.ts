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
import { pageFile, parseHref, sitePath, siteUrls } from '../contract/index.ts';
import { HOME_ENTRY } from '../load/files.ts';
import { OTHER_SITE, safeDecode } from '../load/links.ts';
import { editHtml } from './html-edit.ts';

/** The path of a lesson's page (or of the handbook's introduction's, the home page). */
const pathOf = (slug: string) => (slug === HOME_ENTRY ? sitePath.home() : sitePath.lesson(slug));

/** The lesson an href of the page at `pageHref` leads to: its slug, or HOME_ENTRY for the home page. */
function slugOf(href: string, pageHref: string, base: string, self: string): string | undefined {
  if (href.startsWith('#')) return self;
  let pathname: string;
  try {
    pathname = new URL(href, `http://site${pageHref}`).pathname;
  } catch {
    return undefined;
  }
  const target = parseHref(pathname, base)?.target;
  if (target?.kind === 'home') return HOME_ENTRY;
  return target?.kind === 'lesson' ? target.slug : undefined;
}

/** Rewrites the links of `recased` in the built site `dir`; returns how many pages changed. */
export function writeFragmentCase(dir: string, base: string, recased: readonly RecasedLink[]): number {
  const byPage = new Map<string, RecasedLink[]>();
  for (const link of recased) byPage.set(link.from, [...(byPage.get(link.from) ?? []), link]);
  let changed = 0;
  for (const [from, links] of byPage) {
    const file = path.join(dir, pageFile(pathOf(from)));
    const pageHref = siteUrls(base).href(pathOf(from));
    const html = readFileSync(file, 'utf8');
    const fixed = editHtml(html, () => ({
      open(tag) {
        const href = tag.attribs.href;
        const hashAt = href?.indexOf('#') ?? -1;
        if (tag.name !== 'a' || !href || hashAt < 0 || OTHER_SITE.test(href)) return;
        const fragment = safeDecode(href.slice(hashAt + 1));
        const to = slugOf(href, pageHref, base, from);
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
