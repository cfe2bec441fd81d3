/**
 * Build scaffolding, deleted before anything ships: every lesson's sections, for the stage
 * that writes the shareable section pages (scripts/section-pages.mjs). The ids, titles and
 * opening sentences are the section renderer's own, so a preview says what the page says.
 */
import { lessonsInOrder, lessonSections } from '../site/lessons';
import type { SectionPreviewLesson } from '../../scripts/lib/section-pages.mjs';

export async function GET(): Promise<Response> {
  const lessons: SectionPreviewLesson[] = await Promise.all(
    (await lessonsInOrder()).map(async (lesson) => ({
      lesson: lesson.id,
      lessonTitle: lesson.data.title,
      tagline: lesson.data.tagline,
      sections: (await lessonSections(lesson)).map(({ id, title, summary, formerIds }) => ({ id, title, summary, formerIds })),
    })),
  );
  return new Response(JSON.stringify(lessons));
}
