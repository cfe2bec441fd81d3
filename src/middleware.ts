/**
 * In `npm run dev` only: every page first checks the lessons (src/check/dev.ts), so an
 * author sees the checker's file:line messages in the browser overlay and the terminal,
 * exactly as `npm run check` and the build print them; and the pages the build writes after
 * Astro get stand-ins (src/site/dev-stand-ins.ts). The build runs the checker itself
 * (scripts/build.mjs), so this does nothing there.
 */
import { defineMiddleware } from 'astro:middleware';
import { lessonsDir } from './site/handbook';
import { base } from './site/urls';

export const onRequest = defineMiddleware(async (context, next) => {
  if (import.meta.env.DEV) {
    const { assertLessonsFine } = await import('./check/dev');
    assertLessonsFine(lessonsDir, base);
    const { devStandIn } = await import('./site/dev-stand-ins');
    const standIn = devStandIn(context.url.pathname, base);
    if (standIn) return standIn;
  }
  return next();
});
