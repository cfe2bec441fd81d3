// A part of a lesson on a page of many lessons (the handbook in short shows only each short
// version): references to ids that part does not hold would point at nothing, so they go.
import { describe, expect, it } from 'vitest';
import { scopeLessonHtml } from '../../src/write/print-scope.ts';

const toLesson = (href: string) => (href.startsWith('#') ? `/lessons/one/${href}` : undefined);

describe('a part of a lesson on a page of many lessons', () => {
  it('a footnote mark whose notes are not on the page keeps its link to the lesson and loses its aria-describedby', () => {
    const short = '<p>Text.<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref aria-describedby="footnote-label">1</a></sup></p>';
    expect(scopeLessonHtml(short, { lesson: 'one', link: toLesson })).toBe(
      '<p>Text.<sup><a href="/lessons/one/#user-content-fn-1" id="one--user-content-fnref-1" data-footnote-ref >1</a></sup></p>',
    );
  });

  it('references to ids the part holds are scoped, and only the missing ones of a list go', () => {
    const html = '<p id="q">Question</p><div role="group" aria-labelledby="q gone"></div><h2 id="footnote-label">Notes</h2><a aria-describedby="footnote-label" href="#q">1</a>';
    expect(scopeLessonHtml(html, { lesson: 'one', link: toLesson })).toBe(
      '<p id="one--q">Question</p><div role="group" aria-labelledby="one--q"></div><h3 id="one--footnote-label">Notes</h3><a aria-describedby="one--footnote-label" href="/lessons/one/#q">1</a>',
    );
  });
});
