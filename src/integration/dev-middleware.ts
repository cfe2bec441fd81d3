/**
 * In `npm run dev` only (the integration adds it there): every page first checks the
 * lessons (./dev-handbook.ts), so an author sees the checker's file:line messages in the
 * browser overlay and the terminal, exactly as `lessonbook check` and the build print them.
 */
import { defineMiddleware } from 'astro:middleware';
import { lessonsDir, root } from 'virtual:lessonbook/handbook';
import { base } from '../site/urls.ts';
import { assertLessonsFine } from './dev-handbook.ts';

export const onRequest = defineMiddleware((_context, next) => {
  assertLessonsFine(lessonsDir, base, root);
  return next();
});
