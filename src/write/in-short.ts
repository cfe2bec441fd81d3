/**
 * After the build: the handbook in short, /in-short/index.html — each lesson's short version
 * as its page shows it (ids made unique on this page, links still going to the lessons),
 * grouped by part, each with links to the lesson and its sections. Written into the page
 * Astro rendered (src/site/routes/in-short.astro), from the lesson pages as built.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LessonInfo, PartInfo } from '../load/model.ts';
import { escapeHtml as e } from '../site/html.ts';
import { IN_SHORT } from '../site/in-short-marker.ts';
import { lessonDescription } from '../site/lessons.ts';
import { lessonBody } from './print-page.ts';
import { printId, scopeLessonHtml } from './print-scope.ts';

/** What a section holds, without its heading: `<section id="…">` … `</section>` of a lesson's body. */
function sectionContent(body: string, id: string): string | undefined {
  const start = body.indexOf(`<section id="${id}"`);
  if (start < 0) return undefined;
  const open = body.indexOf('>', start) + 1;
  const end = body.indexOf('</section>', open);
  return body.slice(open, end).replace(/<div class="section-head">[\s\S]*?<\/div>/, '').replace(/<span id="[^"]*" class="former-anchor"[^>]*><\/span>/g, '');
}

/** Fills `<dir>/in-short/index.html`; returns how many short versions it holds. */
export function writeInShort(dir: string, base: string, lessons: readonly LessonInfo[], parts: readonly PartInfo[]): number {
  const file = path.join(dir, 'in-short', 'index.html');
  const frame = readFileSync(file, 'utf8');
  if (!frame.includes(IN_SHORT)) throw new Error(`${file}: no ${IN_SHORT} marker where the short versions go; did the in-short route change?`);
  const href = (slug: string, id = '') => `${base}lessons/${slug}/${id ? `#${encodeURIComponent(id)}` : ''}`;
  const level = parts.length > 0 ? 3 : 2;
  let shorts = 0;
  let part: string | undefined;
  const html: string[] = [];
  for (const lesson of lessons) {
    if (parts.length > 0 && lesson.part !== part) {
      part = lesson.part;
      const title = parts.find((p) => p.folder === part)?.title;
      if (title) html.push(`<h2 class="in-short-part">${e(title)}</h2>`);
    }
    const page = path.join('lessons', lesson.slug, 'index.html');
    const short = lesson.sections.some((s) => s.kind === 'short-version')
      ? sectionContent(lessonBody(readFileSync(path.join(dir, page), 'utf8'), page), lesson.sections.find((s) => s.kind === 'short-version')!.id)
      : undefined;
    if (short) shorts++;
    const id = e(printId(lesson.slug));
    const text = short ? scopeLessonHtml(short, { lesson: lesson.slug, base, slugs: new Map(), inPage: false }) : `<p>${e(lessonDescription(lesson))}</p>`;
    const sections = lesson.sections.filter((s) => s.kind !== 'short-version').map((s) => `<a href="${e(href(lesson.slug, s.id))}">${e(s.title)}</a>`);
    html.push(
      `<article class="in-short-lesson" aria-labelledby="${id}"><h${level} id="${id}"><a href="${e(href(lesson.slug))}">${e(lesson.title)}</a></h${level}>` +
        `<div class="in-short-text">${text}</div>` +
        (sections.length ? `<p class="in-short-sections meta">Read on: ${sections.join(' · ')}</p>` : '') +
        '</article>',
    );
  }
  writeFileSync(file, frame.replace(IN_SHORT, html.join('')));
  return shorts;
}
