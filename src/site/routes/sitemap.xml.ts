/** sitemap.xml: the home page, every lesson and every part's page (not section pages or moved-lesson pages). */
import type { APIRoute } from 'astro';
import { handbook, lessons } from '../data.ts';
import { absolute, href, urls } from '../urls.ts';

export const GET: APIRoute = ({ site }) => {
  const entry = (path: string, updated?: string) =>
    `  <url><loc>${absolute(path, site)}</loc>${updated ? `<lastmod>${updated}</lastmod>` : ''}</url>`;
  const body = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    entry(href()),
    ...lessons.map((l) => entry(urls.lesson(l.slug), l.updated)),
    ...handbook.parts.filter((p) => !p.introduced).map((p) => entry(urls.lesson(p.slug))),
    '</urlset>',
    '',
  ].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'application/xml' } });
};
