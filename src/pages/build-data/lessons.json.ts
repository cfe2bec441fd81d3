/**
 * Build scaffolding, deleted before anything ships: every lesson in reading order with its
 * sections, for the stage that writes the pages made from built ones (scripts/written-pages.mjs):
 * each section's shareable page and the one-page handbook. The ids, titles and opening
 * sentences are the section renderer's own, so those pages say what the lesson page says.
 */
import { lessonMinutes, lessonsInOrder, lessonSections } from '../../site/lessons';
import { base } from '../../site/urls';
import type { BuildData } from '../../../scripts/lib/build-data.mjs';

export async function GET(): Promise<Response> {
  const data: BuildData = {
    base,
    lessons: await Promise.all(
      (await lessonsInOrder()).map(async (lesson) => ({
        lesson: lesson.id,
        lessonTitle: lesson.data.title,
        tagline: lesson.data.tagline,
        minutes: lessonMinutes(lesson),
        formerSlugs: lesson.data.formerSlugs,
        sections: (await lessonSections(lesson)).map(({ id, title, summary, formerIds }) => ({ id, title, summary, formerIds })),
      })),
    ),
  };
  return new Response(JSON.stringify(data));
}
