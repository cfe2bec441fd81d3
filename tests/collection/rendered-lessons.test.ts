/**
 * A Markdown lesson's rendered HTML is kept out of Astro's content store, in a file of its
 * own beside it (src/collection/rendered.ts): a build makes the whole store into one module,
 * and with every lesson's HTML in it that was where a large handbook's build peaked in
 * memory. The page must be what the engine rendered, to the byte: two lessons with the same
 * quiz, one of which keeps its HTML in the store (a lesson with an image of its own, which
 * Astro rewrites as it renders), show the same quiz, with `&`, `<`, quotes and curly quotes.
 * And the files go as the store does: an edit shows on the next build, and a cache folder
 * cleared by hand is rendered again.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeProject, type Project } from '../support/project';

const projects: Record<'satteri' | 'unified', Project> = {} as never;
const build = (project: Project) => {
  const built = project.build();
  if (built.status !== 0) throw new Error(`the ${path.basename(project.root)} build failed:\n${built.output}`);
};
beforeAll(() => {
  projects.satteri = makeProject('rendered-lessons-satteri', { lessons: 'tests/fixtures/rendered-lessons' });
  projects.unified = makeProject('rendered-lessons-unified', { lessons: 'tests/fixtures/rendered-lessons', engine: 'unified' });
  for (const project of Object.values(projects)) build(project);
}, 300_000);

const page = (project: Project, slug: string) => readFileSync(path.join(project.dist, 'lessons', slug, 'index.html'), 'utf8');
const quizOf = (html: string) => html.slice(html.indexOf('<lb-quiz'), html.indexOf('</lb-quiz>') + '</lb-quiz>'.length);
const cache = (project: Project) => path.join(project.root, 'node_modules', '.astro');
/** The strings the store keeps (its file is devalue's flat JSON array). */
const store = (project: Project) =>
  (JSON.parse(readFileSync(path.join(cache(project), 'data-store.json'), 'utf8')) as unknown[]).filter((v) => typeof v === 'string').join('\n');
/** The rendered lessons kept beside the store. */
const renderedFiles = (project: Project) => readdirSync(path.join(cache(project), 'lessonbook-rendered', 'lessons'));

describe('a Markdown lesson’s rendered HTML, kept out of Astro’s content store', () => {
  for (const engine of ['satteri', 'unified'] as const) {
    it(`on ${engine}: the store keeps no lesson’s HTML but the one with its own image, and each page shows what the engine rendered, to the byte`, () => {
      const project = projects[engine];
      const stored = store(project);
      expect(stored).not.toContain('<lb-quiz data-lesson="ask-for-the-problem"');
      expect(stored).not.toContain('<p>Ask what problem a request solves.</p>');
      expect(stored).toContain('<lb-quiz data-lesson="draw-the-problem"');
      expect(renderedFiles(project)).toHaveLength(1);

      const fromFile = quizOf(page(project, 'ask-for-the-problem'));
      const fromStore = quizOf(page(project, 'draw-the-problem'));
      expect(fromFile).toContain(engine === 'unified' ? '“what problem” before &#x3C;how> &#x26; when?' : '“what problem” before &lt;how&gt; &amp; when?');
      expect(fromFile).toBe(fromStore.replace('data-lesson="draw-the-problem"', 'data-lesson="ask-for-the-problem"'));
      expect(page(project, 'ask-for-the-problem')).toContain('<p>Ask what problem a request solves.</p>');
    });
  }

  it('an edited lesson shows its edit on the next build, and its old rendering is not kept', () => {
    const project = projects.satteri;
    const file = path.join(project.lessons, 'ask-for-the-problem.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Ask what problem a request solves.', 'Ask, first, what problem a request solves.'));
    build(project);
    expect(page(project, 'ask-for-the-problem')).toContain('<p>Ask, first, what problem a request solves.</p>');
    expect(renderedFiles(project)).toHaveLength(1);
  }, 120_000);

  it('a build after the rendered lessons were deleted by hand renders them again', () => {
    const project = projects.unified;
    rmSync(path.join(cache(project), 'lessonbook-rendered'), { recursive: true });
    build(project);
    expect(page(project, 'ask-for-the-problem')).toContain('<p>Ask what problem a request solves.</p>');
    expect(quizOf(page(project, 'ask-for-the-problem'))).toContain('&#x3C;how> &#x26; when?');
    expect(renderedFiles(project)).toHaveLength(1);
  }, 120_000);
});
