/** sitemap.xml: the home page and every lesson (not section previews or moved-lesson pages). */
import type { APIRoute } from 'astro';
import { lessonsInOrder } from '../site/lessons';
import { absolute, href, lessonHref } from '../site/urls';

export const GET: APIRoute = async ({ site }) => {
  const lessons = await lessonsInOrder();
  const entry = (path: string, updated?: Date) =>
    `  <url><loc>${absolute(path, site)}</loc>${updated ? `<lastmod>${updated.toISOString().slice(0, 10)}</lastmod>` : ''}</url>`;
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    entry(href()),
    ...lessons.map((l) => entry(lessonHref(l.id), l.data.updated)),
    '</urlset>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
