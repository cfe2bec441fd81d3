/** The handbook as pages see it: lessons in reading order, with their neighbours. */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import type { RenderedSection } from '../render/section-tree';
import { readingMinutes } from '../lesson/reading-time';

export type Lesson = CollectionEntry<'lessons'>;

let ordered: Promise<Lesson[]> | undefined;

/** Every lesson, by `order` then title. Computed once per build, not once per page. */
export function lessonsInOrder(): Promise<Lesson[]> {
  ordered ??= getCollection('lessons').then((all) =>
    all.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title)),
  );
  return ordered;
}

/** Minutes to read the lesson, quiz included. */
export function lessonMinutes(lesson: Lesson): number {
  const quizText = lesson.data.quiz.map((q) => `${q.question} ${'options' in q ? q.options.map((o) => o.text).join(' ') : ''}`);
  return readingMinutes(lesson.body ?? '', ...quizText);
}

/** The lesson's sections as the renderer found them: ids, titles, opening sentences. */
export async function lessonSections(lesson: Lesson): Promise<RenderedSection[]> {
  const { remarkPluginFrontmatter } = await render(lesson);
  return (remarkPluginFrontmatter.sections ?? []) as RenderedSection[];
}
