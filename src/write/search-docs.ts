/**
 * Reads a built lesson page the way a reader sees it: the lesson's title, and each section
 * (by the contract's markup names) with its title and text. The index is made from the built pages rather than
 * from the Markdown, so search finds exactly the words on the page (components, quiz and all).
 */
import { readFileSync } from 'node:fs';
import { LESSON_ARTICLE, LESSON_INTRO, NOT_SEARCHED, SECTION, SECTION_HEAD } from '../contract/index.ts';
import { htmlParser, lessonArticle } from './built-page.ts';

/** A section of a lesson as a reader sees it; the words before the first section have the id ''. */
export interface BuiltSection {
  id: string;
  title: string;
  text: string;
}

/** A built lesson page as a reader sees it. */
export interface BuiltLesson {
  title: string;
  sections: BuiltSection[];
}

interface Frame {
  name: string;
  skip: boolean;
  article: boolean;
  section: boolean;
  head: boolean;
  h1: boolean;
}

/** Text inside these is part of the page's controls, not of the lesson (so is text inside an element marked NOT_SEARCHED). */
const SKIP_TAGS = new Set(['script', 'style', 'template', 'button', 'summary', 'svg']);
/** Elements that run on inside a line; every other element boundary separates words. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'cite', 'code', 'em', 'i', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The lesson on one built page: `{ title, sections: [{ id, title, text }] }`, or undefined
 * when the page is not a lesson (a redirect from a former slug, say).
 */
export function readLessonPage(html: string): BuiltLesson | undefined {
  let lessonTitle: string | undefined;
  let inArticle = false;
  let h1: string | null = null; // text of the lesson's <h1> while it is open
  let section: BuiltSection | null = null; // the section being read
  let head: string | null = null; // its heading's text while inside its head (SECTION_HEAD)
  let skipping = 0; // depth inside skipped elements
  const sections: BuiltSection[] = [];
  const stack: Frame[] = [];

  const parser = htmlParser({
    onopentag(name, attribs) {
      const frame: Frame = { name, skip: false, article: false, section: false, head: false, h1: false };
      if (name === 'article' && LESSON_ARTICLE in attribs) frame.article = inArticle = true;
      if (skipping || SKIP_TAGS.has(name) || NOT_SEARCHED in attribs) {
        frame.skip = true;
        skipping++;
      } else if (inArticle && name === 'h1' && lessonTitle === undefined) {
        frame.h1 = true;
        h1 = '';
      } else if (inArticle && attribs.id && SECTION in attribs) {
        frame.section = true;
        section = { id: attribs.id, title: '', text: '' };
      } else if (inArticle && !section && LESSON_INTRO in attribs) {
        // The words before the first section: found by search, leading to the lesson's top.
        frame.section = true;
        section = { id: '', title: '', text: '' };
      } else if (section && SECTION_HEAD in attribs) {
        frame.head = true;
        head = '';
      }
      if (!INLINE.has(name)) {
        if (head !== null) head += ' ';
        else if (section) section.text += ' ';
      }
      stack.push(frame);
    },
    ontext(text) {
      if (skipping) return;
      if (h1 !== null) h1 += text;
      else if (head !== null) head += text;
      else if (section) section.text += text;
    },
    onclosetag(name) {
      const frame = stack.pop();
      if (!frame) return;
      if (frame.skip) skipping--;
      if (frame.h1) {
        lessonTitle = clean(h1 ?? '');
        h1 = null;
      }
      if (frame.head && section) {
        section.title = clean(head ?? '');
        head = null;
      }
      if (frame.section && section) {
        sections.push({ id: section.id, title: section.title || lessonTitle || '', text: clean(section.text) });
        section = null;
      }
      if (frame.article) inArticle = false;
      if (!INLINE.has(name) && section && head === null) section.text += ' ';
    },
  });
  // Only the lesson is read: the <article> holds all of it, and the page's head, header and
  // contents need not be parsed.
  parser.end(lessonArticle(html) ?? html);
  return lessonTitle === undefined ? undefined : { title: lessonTitle, sections };
}

/** `[slug, file]` of a lesson page. */
export type PageFile = [slug: string, file: string];
/** `[slug, lesson]`, the lesson `undefined` for a page that is not one (a redirect). */
export type ReadPage = [slug: string, lesson: BuiltLesson | undefined];

/** Each `[slug, file]` read, in the same order. */
export function readLessonPages(pages: readonly PageFile[]): ReadPage[] {
  return pages.map(([slug, file]) => [slug, readLessonPage(readFileSync(file, 'utf8'))]);
}
