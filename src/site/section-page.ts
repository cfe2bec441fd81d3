/**
 * Every section page, /lessons/<lesson>/<section>/: what a chat app unfurls when
 * a reader pastes a section link (its title, the lesson, its opening sentence), and an
 * immediate hop to /lessons/<lesson>/#<section> for people — a meta refresh, so it works
 * without JavaScript. A former section id gets a page too, so links shared before a rename
 * keep working. Tiny on purpose: preview bots read only the start of a page.
 *
 * Written after the build as plain strings by src/write/section-pages.ts (README, "Reading
 * built pages", says why not through Astro); `npm run dev` serves the same pages from the same function (./routes/section.ts).
 */
import { siteUrls } from '../contract/index.ts';
import type { LessonInfo, SectionInfo } from '../load/model.ts';
import { headHtml } from './head.ts';
import { escapeHtml as e } from './html.ts';
import { lessonDescription } from './lessons.ts';

/** What every section page has in common: the handbook and where it is hosted. */
export interface SectionPageSite {
  /** The handbook's title. */
  title: string;
  /** The site URL and base path, such as `https://example.com` and `/handbook/`. */
  site: string;
  base: string;
  /** The Content-Security-Policy every page carries, or undefined (in `npm run dev`). */
  policy: string | undefined;
  /** Whether the site has a favicon.svg to link. */
  favicon: boolean;
}

/** The page for `section` of `lesson`, at the address of `pageId` (its id or a former one). */
export function sectionPageHtml(
  site: SectionPageSite,
  lesson: Pick<LessonInfo, 'slug' | 'title' | 'tagline' | 'intro' | 'sections'>,
  section: Pick<SectionInfo, 'id' | 'title' | 'summary'>,
  pageId: string,
): string {
  const urls = siteUrls(site.base);
  const target = `../#${section.id}`;
  return [
    '<!DOCTYPE html><html lang="en"><head>',
    headHtml({
      siteTitle: site.title,
      title: `${section.title} — ${lesson.title}`,
      description: section.summary || lessonDescription(lesson),
      canonical: new URL(urls.lesson(lesson.slug), site.site).href,
      url: new URL(urls.section(lesson.slug, pageId), site.site).href,
      ogType: 'article',
      favicon: site.favicon ? urls.href('favicon.svg') : undefined,
    }),
    `<meta http-equiv="refresh" content="0; url=${e(target)}">`,
    site.policy ? `<meta http-equiv="content-security-policy" content="${e(site.policy)}">` : '',
    '</head><body><main>',
    `<p class="section-preview"><a href="${e(target)}">${e(section.title)}</a>, a section of “${e(lesson.title)}”.</p>`,
    '</main></body></html>',
  ].join('');
}
