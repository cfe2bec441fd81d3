/**
 * In `npm run dev` only: a section page, /lessons/<lesson>/<section>/, from the
 * same function the build writes them with (../section-page.ts, src/write/section-pages.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { handbook, lessons } from '../data.ts';
import { sectionPageHtml } from '../section-page.ts';
import { base } from '../urls.ts';

export const getStaticPaths = (() =>
  lessons.flatMap((lesson) =>
    lesson.sections.flatMap((section) =>
      [section.id, ...section.formerIds].map((id) => ({ params: { lesson: lesson.slug, section: id }, props: { lesson, section } })),
    ),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props, site }) => {
  const html = sectionPageHtml(
    { title: handbook.title, site: site?.href ?? 'http://localhost/', base, policy: undefined, favicon: handbook.favicon },
    props.lesson,
    props.section,
    params.section ?? props.section.id,
  );
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
