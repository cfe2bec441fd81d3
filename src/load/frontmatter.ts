/**
 * A lesson's frontmatter, checked by the lesson schema itself: the YAML is read with the
 * parser Astro reads it with (js-yaml), validated by `lessonSchema`, and every issue's field
 * path is turned into the line it is on, with the `yaml` package's source ranges. Ranges are
 * only worked out for a lesson that has something to report, which keeps a clean run fast.
 */
import jsYaml from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { lessonFields, lessonOwnSchema, type LessonData } from '../schema/lesson.ts';
import { READ_AS } from '../schema/other-tools.ts';
import { lessonMessages } from '../schema/messages.ts';
import { fieldPath, knownKeys } from '../schema/keys.ts';
import { closest } from '../schema/suggest.ts';
import type { LessonIssue } from './issues.ts';
import { slugOfName } from './slug.ts';
import type { LessonSource } from './source.ts';

/** What the rest of the checks need from the frontmatter, read leniently. */
export interface FrontmatterFacts {
  /** The data as written, or `undefined` when the YAML does not parse. */
  data: Record<string, unknown> | undefined;
  /** The data as the schema gives it (defaults filled in), when it is valid. */
  lesson: LessonData | undefined;
  issues: LessonIssue[];
  warnings: LessonIssue[];
  /** The line of a field, such as ['slug'] or ['quiz', 0]; the frontmatter's first line when absent. */
  lineOf(path: readonly PropertyKey[]): number;
  /** Other tools' fields read as a Lessonbook field: `[description, tagline]`. */
  readAs: [string, string][];
  /** Fields Lessonbook does not read, left as they are. */
  ignored: string[];
  /** Slugs of the old URLs other tools' fields list (`redirect_from`, `aliases`): former slugs, unless another lesson has them. */
  oldUrls: { slug: string; line: number }[];
}

/** Advice for js-yaml's most common complaints, which name the symptom but not the fix. */
function yamlAdvice(reason: string, lineText: string): string {
  if (reason.startsWith('duplicated mapping key')) {
    const key = /^\s*(?:-\s+)?([^:#]+?)\s*:/.exec(lineText)?.[1];
    return `${key ? `\`${key}:\`` : 'a key'} is written twice at the same level; keep one`;
  }
  if (reason.includes('quoted scalar')) return 'a quoted value is never closed; add its closing quote';
  if (reason.includes('tab')) return 'a tab is used for indentation; indent with spaces';
  if (reason.startsWith('bad indentation')) {
    return 'the YAML is broken here: indent this line like the other fields at its level (with spaces), and put a value that contains ": " in quotes';
  }
  return `the YAML is broken here (${reason}); check the indentation, and put values that contain ": " or start with a special character in quotes`;
}

/** Parses with js-yaml; reports a syntax error at its line. */
function load(source: LessonSource): { data: unknown } | { issue: LessonIssue } {
  try {
    return { data: jsYaml.load(source.frontmatter ?? '') };
  } catch (error) {
    if (!(error instanceof jsYaml.YAMLException)) throw error;
    const lineText = (source.frontmatter ?? '').split('\n')[error.mark.line] ?? '';
    return {
      issue: {
        line: source.frontmatterLine + error.mark.line,
        field: 'frontmatter',
        message: yamlAdvice(error.reason, lineText),
      },
    };
  }
}

/** Resolves field paths to lines, parsing the YAML for ranges on first use. */
function lineFinder(source: LessonSource): (path: readonly PropertyKey[]) => number {
  let doc: ReturnType<typeof parseDocument> | undefined;
  const counter = new LineCounter();
  const lineOfOffset = (offset: number) => source.frontmatterLine + counter.linePos(offset).line - 1;
  return (path) => {
    doc ??= parseDocument(source.frontmatter ?? '', { lineCounter: counter });
    let node: unknown = doc.contents;
    let line = source.frontmatterLine;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
        if (!pair) break;
        const keyNode = pair.key as Node;
        if (keyNode.range) line = lineOfOffset(keyNode.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        if (item.range) line = lineOfOffset(item.range[0]);
        node = item;
      } else break;
    }
    return line;
  };
}

/** An unknown key, with the field path of the key it probably meant. */
type UnknownKey = LessonIssue & { suggested: string | undefined };

function unknownKeyIssues(
  data: unknown,
  path: readonly PropertyKey[],
  keys: string[],
  lineOf: FrontmatterFacts['lineOf'],
): UnknownKey[] {
  const known = knownKeys(path, data, lessonOwnSchema);
  return keys.map((key) => {
    const suggestion = closest(key, known);
    const where = path.length === 0 ? "a lesson's frontmatter" : `\`${fieldPath(path)}\``;
    return {
      suggested: suggestion && fieldPath([...path, suggestion]),
      line: lineOf([...path, key]),
      field: fieldPath([...path, key]),
      message: suggestion
        ? `unknown field \`${key}\`; did you mean \`${suggestion}\`?`
        : `unknown field \`${key}\`; ${where} takes ${known.map((k) => `\`${k}\``).join(', ')}`,
    };
  });
}

/** A value of another tool's field as the Lessonbook field it means; `undefined` when it cannot be read as that. */
function valueAs(field: string, value: unknown): unknown {
  switch (field) {
    case 'tagline':
      return typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : undefined;
    case 'updated':
      return (value instanceof Date || typeof value === 'string') && !Number.isNaN(new Date(value).getTime()) ? value : undefined;
    case 'order': {
      const order = typeof value === 'string' && value.trim() ? Number(value) : value;
      return typeof order === 'number' && Number.isFinite(order) ? order : undefined;
    }
    case 'draft':
      return typeof value === 'boolean' ? value : undefined;
    default:
      return undefined;
  }
}

/**
 * The slug an old URL of a page ends in, as a former slug: `/people/leave-policy/`,
 * `leave-policy.html` and `https://old.example.com/docs/Leave_Policy` all give
 * `leave-policy`; `…/leave/index.html` gives `leave`. `undefined` when nothing is left.
 */
export function slugOfOldUrl(url: string): string | undefined {
  const segments = url
    .replace(/[?#].*$/, '')
    .replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '')
    .split('/')
    .map((s) => s.replace(/\.(html?|mdx?|php|aspx?)$/i, ''))
    .filter((s) => s && !/^(index|readme)$/i.test(s));
  const last = segments.at(-1);
  if (!last) return undefined;
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // as written
  }
  const slug = slugOfName(name).replace(/[_]+/g, '-').replace(/-{2,}/g, '-').replace(/^-|-$/g, '');
  return slug || undefined;
}

const OWN = new Set(Object.keys(lessonFields));
const OTHER = new Map(READ_AS);

/** Reads and checks the frontmatter; never throws for an author's mistake. */
export function readFrontmatter(source: LessonSource): FrontmatterFacts {
  const lineOf = lineFinder(source);
  const loaded = load(source);
  const none = { readAs: [], ignored: [], oldUrls: [] };
  if ('issue' in loaded) return { data: undefined, lesson: undefined, issues: [loaded.issue], warnings: [], lineOf, ...none };

  // Astro reads a frontmatter that is not a mapping as no fields at all; so does the check.
  const data = (loaded.data && typeof loaded.data === 'object' && !Array.isArray(loaded.data) ? loaded.data : {}) as Record<string, unknown>;
  const issues: LessonIssue[] = [];
  // Lessonbook's own fields, then other tools' fields that mean one of them, where the lesson does not set it.
  const own: Record<string, unknown> = {};
  const readAs: [string, string][] = [];
  const ignored: string[] = [];
  const oldUrls: FrontmatterFacts['oldUrls'] = [];
  const typos: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (OWN.has(key)) own[key] = value;
    else if (!OTHER.has(key)) (closest(key, [...OWN], { within: false }) ? typos : ignored).push(key);
  }
  for (const [key, field] of READ_AS) {
    if (!(key in data)) continue;
    const value = data[key];
    if (field === 'formerSlugs') {
      const urls = (Array.isArray(value) ? value : [value]).filter((u): u is string => typeof u === 'string');
      const slugs = urls.map(slugOfOldUrl).filter((slug): slug is string => slug !== undefined);
      if (slugs.length === 0) ignored.push(key);
      else {
        readAs.push([key, field]);
        for (const slug of slugs) oldUrls.push({ slug, line: lineOf([key]) });
      }
      continue;
    }
    // Jekyll's `published: false` is a draft; `published: true` says nothing more.
    const read = key === 'published' ? (value === false ? true : undefined) : valueAs(field, value);
    if (own[field] !== undefined || read === undefined) ignored.push(key);
    else {
      own[field] = read;
      readAs.push([key, field]);
    }
  }
  const facts = { readAs, ignored, oldUrls };

  const parsed = lessonOwnSchema.safeParse(own, { error: lessonMessages });
  const unknown = [
    ...unknownKeyIssues(data, [], typos, lineOf),
    ...(parsed.success ? [] : parsed.error.issues).flatMap((issue) => (issue.code === 'unrecognized_keys' ? unknownKeyIssues(data, issue.path, issue.keys, lineOf) : [])),
  ];
  // `titel:` explains the missing `title:`: the to-do list says so once, as the typo.
  const explained = new Set(unknown.map((u) => u.suggested).filter(Boolean));
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    if (issue.code === 'unrecognized_keys') continue;
    const field = fieldPath(issue.path) || 'frontmatter';
    if (issue.code === 'invalid_type' && issue.input === undefined && explained.has(field)) continue;
    issues.push({ line: lineOf(issue.path), field, message: issue.message });
  }
  issues.push(...unknown.map(({ suggested: _, ...issue }) => issue));

  const warnings: LessonIssue[] = [];
  const quiz = Array.isArray(data.quiz) ? (data.quiz as unknown[]) : [];
  quiz.forEach((question, i) => {
    const q = question as { type?: unknown; explanation?: unknown } | null;
    if ((q?.type === 'single' || q?.type === 'multiple') && q.explanation === undefined) {
      warnings.push({
        line: lineOf(['quiz', i]),
        field: `quiz[${i}]`,
        message: 'this question has no `explanation:`; add one so every reader learns why the answer is right',
      });
    }
  });
  return { data, lesson: parsed.success && unknown.length === 0 ? parsed.data : undefined, issues, warnings, lineOf, ...facts };
}
