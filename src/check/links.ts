/**
 * The checks that need every lesson at once: no two lessons (or a lesson and a part's page)
 * answer to the same URL, and every internal link lands on a lesson, a part or a section
 * that exist. Former slugs and former
 * section ids count as existing: the site keeps those old links working.
 */
import { authorPath, FEED, parseAuthorPath, SEARCH, sitePath } from '../contract/index.ts';
import { HOME_ENTRY, partSlug, type LessonFile } from '../load/files.ts';
import type { LessonIssue } from '../load/issues.ts';
import { isIntroduced, OTHER_SITE, partFolders, resolveRelative, resolveRootRelative, safeDecode } from '../load/links.ts';
import type { LessonFacts, Link } from '../load/model.ts';
import { closest } from '../schema/suggest.ts';

/** What the link checks know of the lessons folder. */
export interface Folder {
  /** Every lesson file by its path relative to the folder. */
  files: ReadonlyMap<string, LessonFile>;
  /** Whether a path relative to the folder is a file there. */
  exists(relative: string): boolean;
  /** Whether a path is a file of the project's public/ folder, which the site serves from its root. */
  inPublic?(relative: string): boolean;
}

/** Files the build writes at the site's root besides the pages (routes in src/integration/index.ts, Astro's bundles). */
const siteFile = (file: string) => file === FEED || file === 'robots.txt' || /^sitemap[^/]*\.xml$/.test(file) || file.startsWith('_astro/') || file.startsWith(`${SEARCH}/`);

/**
 * A path from the root (`/images/x.png`): read from the top of the lessons folder, as GitHub
 * does (then published under files/); failing that, a file of public/ or of the site. What
 * is wrong with it, if anything; `undefined` for a link to a page, checked as one.
 */
function brokenRootLink(link: Link, folder: Folder, base: string): string | false | undefined {
  if (!link.url.startsWith('/') || link.url.startsWith('//')) return undefined;
  if (resolveRootRelative(link.url, folder.exists)) return false;
  let file = safeDecode(link.url.replace(/[?#].*$/, ''));
  const basePath = base.replace(/\/?$/, '/');
  if (basePath !== '/' && file.startsWith(basePath)) file = file.slice(basePath.length - 1);
  file = file.slice(1);
  if (!/\.[a-z0-9]{1,5}$/i.test(file) || /\.html?$/i.test(file) || /\.mdx?$/i.test(file)) return undefined;
  if (siteFile(file) || folder.inPublic?.(file)) return false;
  const near = closest(file, [...folder.files.keys()]);
  return `there is no file ${file} in the lessons folder (a path from / is read from the top of the lessons folder, as on GitHub) nor in public/; ${near ? `did you mean /${near}?` : 'put the file there, or correct the path'}`;
}

/**
 * A link whose fragment lands on an anchor written in other letter case (`#FAQ` for the
 * heading "FAQ", whose anchor is `#faq`): GitHub lands it, and so does the site — the
 * build writes the anchor's own spelling into the built link (src/write/fragments.ts).
 */
export interface RecasedLink {
  /** The slug of the lesson the link is written in. */
  from: string;
  /** The slug of the lesson it leads to. */
  to: string;
  fragment: string;
  anchor: string;
}

/** The anchor a fragment lands on: the one spelt like it, else one that differs only in letter case, as on GitHub. */
export function landingAnchor(anchors: ReadonlySet<string>, fragment: string): string | undefined {
  if (anchors.has(fragment)) return fragment;
  const lower = fragment.toLowerCase();
  for (const anchor of anchors) if (anchor.toLowerCase() === lower) return anchor;
  return undefined;
}

/** Notes a link that lands on an anchor in other letter case. */
type Recase = (link: Omit<RecasedLink, 'from'>) => void;

/** Issues, by file, for slugs that two lessons share. */
function slugCollisions(lessons: LessonFacts[], report: (file: string, issue: LessonIssue) => void): void {
  const owner = new Map<string, LessonFacts>();
  for (const lesson of lessons) {
    const first = owner.get(lesson.slug);
    if (first) {
      // Blame the lesson that chose the slug with `slug:` over one that has it from its file name.
      const [blamed, other] = lesson.slugFromFrontmatter || !first.slugFromFrontmatter ? [lesson, first] : [first, lesson];
      report(blamed.file, {
        line: blamed.slugLine,
        field: 'slug',
        message: `"${lesson.slug}" is already the slug of ${other.file}, so both would be ${authorPath(lesson.slug)}; give one of them its own \`slug:\``,
      });
    } else owner.set(lesson.slug, lesson);
  }
  const formerOwner = new Map<string, LessonFacts>();
  for (const lesson of lessons) {
    for (const former of lesson.formerSlugs) {
      const current = owner.get(former.slug);
      const earlier = formerOwner.get(former.slug);
      const clash = current ? `the slug of ${current.file}` : earlier && earlier !== lesson ? `a former slug of ${earlier.file}` : undefined;
      if (clash) {
        report(lesson.file, {
          line: former.line,
          field: `formerSlugs[${former.index}]`,
          message: `"${former.slug}" is ${clash}; an old URL can lead to only one lesson, so remove it here`,
        });
      } else formerOwner.set(former.slug, lesson);
    }
  }
}

/**
 * The pages of parts with no introduction, by slug: `/lessons/<folder-with-dashes>/`. A
 * lesson (or a former slug of one) at the same URL, or two folders with one slug, is an error
 * naming both.
 */
function partPages(lessons: LessonFacts[], folder: Folder, report: (file: string, issue: LessonIssue) => void): Map<string, string> {
  const pages = new Map<string, string>();
  const owner = new Map<string, LessonFacts>();
  for (const lesson of lessons) for (const s of [lesson.slug, ...lesson.formerSlugs.map((f) => f.slug)]) if (!owner.has(s)) owner.set(s, lesson);
  // A folder as messages name it: the lessons folder as its lessons' names show it, then the folder.
  const anyLesson = lessons[0];
  const shown = (name: string) => (anyLesson ? `${anyLesson.file.slice(0, anyLesson.file.length - anyLesson.path.length)}${name}/` : `${name}/`);
  for (const name of partFolders(folder.files)) {
    if (isIntroduced(folder.files, name)) continue;
    const slug = partSlug(name);
    const lesson = owner.get(slug);
    const other = pages.get(slug);
    if (lesson) {
      const former = lesson.formerSlugs.find((f) => f.slug === slug);
      report(lesson.file, {
        line: former ? former.line : lesson.slugLine,
        field: former ? `formerSlugs[${former.index}]` : 'slug',
        message:
          `"${slug}" is also the URL of the part page of the folder ${shown(name)} (${authorPath(slug)}), which has no index.md or README.md; ` +
          (former ? 'remove this former slug, ' : 'give this lesson its own `slug:`, ') +
          `or add ${name}/README.md with \`slug:\` set to another name`,
      });
    } else if (other) {
      report(shown(name), {
        line: undefined,
        field: 'folder',
        message: `its part page would be ${authorPath(slug)}, like that of the folder ${shown(other)}; rename one of the folders, or give one a README.md with its own \`slug:\``,
      });
    } else pages.set(slug, name);
  }
  return pages;
}

interface Target {
  slug: string;
  /** A section page: /lessons/<slug>/<section>/. */
  page: string | undefined;
  fragment: string;
}

/** The lesson, section page and fragment an internal link points at; `undefined` for other links. */
function target(url: string, self: string, base: string): Target | undefined {
  if (OTHER_SITE.test(url)) return undefined; // another site, mail, …
  let resolved: URL;
  try {
    // A link relative to the page (`../other/`) resolves from the lesson's own page.
    resolved = new URL(url, `http://handbook/${sitePath.lesson(self)}`);
  } catch {
    return undefined;
  }
  const to = parseAuthorPath(resolved.pathname, base);
  if (!to) return undefined;
  if (to.kind === 'none') return { slug: to.slug, page: to.rest, fragment: '' }; // no such page: reported
  return { slug: to.slug, page: to.kind === 'section' ? to.section : undefined, fragment: safeDecode(resolved.hash.slice(1)) };
}

/** What a Markdown image can show: the formats Astro's image service reads. */
const IMAGE_TYPES = 'png, jpg, jpeg, gif, webp, avif, svg, tiff';
const IMAGE_FILE = new RegExp(`\\.(${IMAGE_TYPES.replace(/, /g, '|')})$`, 'i');

/** A link written for GitHub, to another file (`../part/other.md#anchor`): what is wrong with it, if anything. */
function brokenFileLink(link: Link, from: LessonFacts, byPath: ReadonlyMap<string, LessonFacts>, folder: Folder, recase: Recase): string | false | undefined {
  const to = resolveRelative(link.url, from.path, folder.files, folder.exists);
  if (!to) return undefined;
  if (to.kind === 'file') {
    // Astro turns an image it cannot read into a broken <img>, without a word.
    if (link.image && !IMAGE_FILE.test(to.path)) return `${to.path} is not a picture (${IMAGE_TYPES}); to offer the file, link to it: [text](${link.url})`;
    return false;
  }
  if (to.kind === 'part') return to.fragment ? `the folder "${to.folder}" has no index.md or README.md: its part page lists its parts and lessons and has no "#${to.fragment}"; link to the folder without it` : false;
  if (to.kind === 'missing') {
    // A link to a page of the site, written relative to the page (`../other-lesson/`), is checked as such.
    if (!/\.[a-z0-9]{1,5}$/i.test(to.path)) return undefined;
    if (/\.html?$/i.test(to.path)) return undefined;
    const near = closest(to.path, [...folder.files.keys()]);
    return `${to.reason}; ${near ? `did you mean ${near}?` : 'put the file there, or correct the path'}`;
  }
  const lesson = byPath.get(to.file.path);
  if (lesson?.draft) return drafted(to.file.path);
  if (!lesson || !to.fragment || lands(lesson, to.fragment, recase)) return false;
  return noAnchor(lesson === from ? 'this lesson' : to.file.path, 'heading', to.fragment, lesson);
}

/** What a link to a draft gets told: the page is not on the site. */
const drafted = (file: string) => `${file} is a draft (\`draft: true\`), which the site leaves out, so the link would lead nowhere; remove the link, or publish the lesson`;

/** `<whose> has no <what> "#x"`, with the nearest anchor it does have, or its sections. */
function noAnchor(whose: string, what: string, fragment: string, lesson: LessonFacts): string {
  const near = closest(fragment, [...lesson.anchors]);
  return `${whose} has no ${what} "#${fragment}"; ${near ? `did you mean #${near}?` : `its sections are ${sectionList(lesson)}`}`;
}

const sectionList = (lesson: LessonFacts) => lesson.sectionIds.map((id) => `#${id}`).join(', ') || 'none';

/** Whether `fragment` lands on an anchor of `lesson`; notes it when only its letter case differs. */
function lands(lesson: LessonFacts, fragment: string, recase: Recase): boolean {
  const anchor = landingAnchor(lesson.anchors, fragment);
  if (anchor !== undefined && anchor !== fragment) recase({ to: lesson.slug, fragment, anchor });
  return anchor !== undefined;
}

interface Known {
  /** Lessons by every slug they answer to. */
  lessons: Map<string, LessonFacts>;
  /** The pages of parts with no introduction: their folders, by slug. */
  parts: Map<string, string>;
  byPath: ReadonlyMap<string, LessonFacts>;
}

function brokenLink(link: Link, from: LessonFacts, known: Known, base: string, folder: Folder, recase: Recase): string | undefined {
  const { lessons, parts, byPath } = known;
  const asFile = brokenFileLink(link, from, byPath, folder, recase) ?? brokenRootLink(link, folder, base);
  if (asFile !== undefined) return asFile || undefined;
  const to = target(link.url, from.slug, base);
  if (!to) return undefined;
  const lesson = lessons.get(to.slug);
  const part = lesson ? undefined : parts.get(to.slug);
  if (part !== undefined) {
    if (to.page === undefined && !to.fragment) return undefined;
    return `${authorPath(to.slug)} is the part page of the folder ${part}/, which lists its parts and lessons and has no ${to.page ? `page "${to.page}"` : `"#${to.fragment}"`}; link to ${authorPath(to.slug)}`;
  }
  if (!lesson) {
    const near = closest(to.slug, [...new Set([...lessons.values()].map((l) => l.slug)), ...parts.keys()]);
    return `there is no lesson "${to.slug}"; ${near ? `did you mean ${authorPath(near)}?` : 'link to the slug of an existing lesson (its file name, or its `slug:`)'}`;
  }
  if (lesson.draft) return drafted(lesson.path);
  // A link relative to the page (`../other/#x`, as a site built by another tool has them) names the file it reached.
  const relative = !link.url.startsWith('/') && !link.url.startsWith('#');
  const whose = lesson === from ? 'this lesson' : `the lesson "${lesson.slug}"${relative ? ` (${lesson.path})` : ''}`;
  if (to.page !== undefined) {
    // Section pages exist under the lesson's current slug only, for current and former ids.
    if (lesson.slug === to.slug && lesson.sectionPages.has(to.page)) return undefined;
    if (lesson.slug !== to.slug) return `"${to.slug}" is a former slug; link to ${authorPath(lesson.slug, to.page)} instead`;
    const near = closest(to.page, [...lesson.sectionPages]);
    return `${whose} has no section "${to.page}"; ${near ? `did you mean ${authorPath(lesson.slug, near)}?` : `its sections are ${sectionList(lesson)}`}`;
  }
  if (!to.fragment || lands(lesson, to.fragment, recase)) return undefined;
  return noAnchor(whose, 'section', to.fragment, lesson);
}

/**
 * Every problem that involves more than one lesson, or a link from one to another; returns
 * the links that land on an anchor written in other letter case.
 */
export function checkAcrossLessons(
  all: LessonFacts[],
  report: (file: string, issue: LessonIssue) => void,
  folder: Folder,
  base = '/',
): RecasedLink[] {
  const recased: RecasedLink[] = [];
  const byPath = new Map(all.map((l) => [l.path, l]));
  // The handbook's introduction is the home page, not a lesson: it has no slug to share.
  const lessons = all.filter((l) => l.slug !== HOME_ENTRY);
  slugCollisions(lessons, report);
  const bySlug = new Map<string, LessonFacts>();
  for (const lesson of lessons) {
    for (const former of lesson.formerSlugs) if (!bySlug.has(former.slug)) bySlug.set(former.slug, lesson);
  }
  // A current slug wins over a former one; of two lessons with one slug, the first (as reported).
  const current = new Set<string>();
  for (const lesson of lessons) {
    if (current.has(lesson.slug)) continue;
    current.add(lesson.slug);
    bySlug.set(lesson.slug, lesson);
  }
  const known: Known = { lessons: bySlug, parts: partPages(lessons, folder, report), byPath };
  // A draft has no page: its links lead nowhere yet, and are checked once it is published.
  for (const lesson of all.filter((l) => !l.draft)) {
    for (const link of lesson.links) {
      const message = brokenLink(link, lesson, known, base, folder, (to) => recased.push({ from: lesson.slug, ...to }));
      if (message) report(lesson.file, { line: link.line, field: `${link.image ? 'image' : 'link'} "${link.url}"`, message });
    }
  }
  return recased;
}
