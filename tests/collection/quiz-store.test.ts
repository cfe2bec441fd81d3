/**
 * A Markdown lesson's quiz is about half of its rendered HTML, and Astro's content store,
 * which a build pays for by its size, keeps it without: the lesson page makes it again from
 * the lesson's quiz data (src/render/quiz.ts, withoutQuiz and withQuiz). The page must be
 * byte for byte what the engine rendered: two lessons with the same quiz, one of which keeps
 * it in the store (a lesson with an image of its own, which Astro rewrites as it renders),
 * show the same quiz; quiz text with `&`, `<`, quotes and curly quotes included. On both engines.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { QUIZ_SLOT } from '../../src/contract/index.ts';
import { makeProject, type Project } from '../support/project';

const projects: Record<'satteri' | 'unified', Project> = {} as never;
beforeAll(() => {
  projects.satteri = makeProject('quiz-store-satteri', { lessons: 'tests/fixtures/quiz-store' });
  projects.unified = makeProject('quiz-store-unified', { lessons: 'tests/fixtures/quiz-store', engine: 'unified' });
  for (const project of Object.values(projects)) {
    const built = project.build();
    if (built.status !== 0) throw new Error(`the ${path.basename(project.root)} build failed:\n${built.output}`);
  }
}, 300_000);

const page = (project: Project, slug: string) => readFileSync(path.join(project.dist, 'lessons', slug, 'index.html'), 'utf8');
const quizOf = (html: string) => html.slice(html.indexOf('<lb-quiz'), html.indexOf('</lb-quiz>') + '</lb-quiz>'.length);
/** The strings the store keeps (its file is devalue's flat JSON array). */
const store = (project: Project) =>
  (JSON.parse(readFileSync(path.join(project.root, 'node_modules', '.astro', 'data-store.json'), 'utf8')) as unknown[]).filter((v) => typeof v === 'string').join('\n');

describe('a Markdown lesson’s quiz, kept out of Astro’s content store', () => {
  for (const engine of ['satteri', 'unified'] as const) {
    it(`on ${engine}: the store keeps the lesson without its quiz, and its page shows the quiz the engine rendered, to the byte`, () => {
      const project = projects[engine];
      const stored = store(project);
      // The lesson's quiz is left out for the slot; the lesson with an image of its own keeps its quiz.
      expect(stored.split(QUIZ_SLOT).length - 1).toBe(1);
      expect(stored.split('<lb-quiz data-lesson="draw-the-problem"').length - 1).toBe(1);
      expect(stored).not.toContain('<lb-quiz data-lesson="ask-for-the-problem"');

      const made = quizOf(page(project, 'ask-for-the-problem'));
      const rendered = quizOf(page(project, 'draw-the-problem'));
      expect(made).toContain(engine === 'unified' ? '“what problem” before &#x3C;how> &#x26; when?' : '“what problem” before &lt;how&gt; &amp; when?');
      expect(made).toBe(rendered.replace('data-lesson="draw-the-problem"', 'data-lesson="ask-for-the-problem"'));
      expect(page(project, 'ask-for-the-problem')).not.toContain(QUIZ_SLOT);
    });
  }
});
