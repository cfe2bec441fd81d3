/**
 * In `npm run dev` only. The build writes some pages after Astro, from the built lesson
 * pages (scripts/written-pages.mjs), so the dev server has no such page: a section's
 * shareable URL sends the author to the section on the lesson page, as the built page does,
 * and /print/ says how to see the one-page handbook. The frames and data Astro renders for
 * that stage (build-data/) are not pages to read.
 */
const page = (title: string, text: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1><p>${text}</p></main></body></html>`;

export function devStandIn(pathname: string, base: string): Response | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const rest = pathname.slice(base.length);
  const section = /^lessons\/([^/]+)\/([^/]+)\/?$/.exec(rest);
  if (section) return new Response(null, { status: 302, headers: { Location: `${base}lessons/${section[1]}/#${section[2]}` } });
  const html = { 'Content-Type': 'text/html; charset=utf-8' };
  if (/^print\/?$/.test(rest)) {
    return new Response(
      page('The whole handbook', 'The one-page handbook is put together by the build, from the built lesson pages. To see it, run <code>npm start</code> and open /print/.'),
      { headers: html },
    );
  }
  if (rest.startsWith('build-data/')) {
    return new Response(page('Not a page', 'build-data/ is what the build uses to write the section pages and the one-page handbook; it is deleted before anything ships.'), { status: 404, headers: html });
  }
  return undefined;
}
