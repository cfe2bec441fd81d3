/** robots.txt: everything may be crawled; the sitemap says where the lessons are. */
import type { APIRoute } from 'astro';
import { absolute, href } from '../urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(href('sitemap.xml'), site)}\n`, {
    headers: { 'Content-Type': 'text/plain' },
  });
