/**
 * Author-facing wording for the schema's generic checks (a missing field, the wrong kind of
 * value, an empty list): zod's own words ("Invalid input: expected string, received
 * undefined") say what went wrong but not what to write. Fields with a message of their own
 * in the schema keep it; this only fills the gaps, and is passed to every parse of a lesson.
 */
import type { z } from 'zod';

/** What to write for a field, by its key: completes "add `key:` with ...". */
const WHAT_TO_WRITE: Record<string, string> = {
  title: 'the lesson title',
  tagline: 'one line that says what the lesson gives the reader',
  order: 'a number that places the lesson in the handbook, such as `order: 3`',
  updated: 'the date of the last edit, such as `updated: 2026-11-29`',
  slug: 'the URL name, such as `slug: working-with-engineering`',
  formerSlugs: 'a list of old URL names, such as `formerSlugs: [old-name]`',
  quiz: 'a list of questions, each starting with `- id:`',
  id: 'a short id of lower-case words joined by hyphens, such as `id: pick-the-problem`',
  type: 'the kind of question: `open`, `single` or `multiple`',
  question: 'the question as the reader sees it',
  options: 'a list of at least two options, each with `id:` and `text:`',
  text: 'what the reader sees as the option',
  feedback: 'why this option is right or wrong',
  explanation: 'why the answer is right',
};

/** The answer's wording depends on the question's type: a list for multiple choice. */
function answerHint(expected: string): string {
  return expected === 'array'
    ? 'the ids of every correct option, such as `answer: [a, c]`'
    : 'the id of the correct option, such as `answer: b`';
}

function describe(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `the text "${value}"`;
  return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
}

const KIND_OF: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  array: 'a list',
  object: 'a group of fields',
  date: 'a date',
  boolean: 'true or false',
};

type RawIssue = z.core.$ZodRawIssue;

function whatToWrite(key: string, issue: RawIssue): string | undefined {
  if (key === 'answer') return answerHint(String((issue as { expected?: string }).expected ?? ''));
  return WHAT_TO_WRITE[key];
}

/** A zod error map: a message for the generic issues, `undefined` (zod's own) for the rest. */
export function lessonMessages(issue: RawIssue): string | undefined {
  const key = String([...(issue.path ?? [])].reverse().find((p) => typeof p === 'string') ?? '');
  const field = key ? `\`${key}:\`` : 'this value';
  const write = whatToWrite(key, issue);
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return `${field} is missing; add it with ${write ?? 'a value'}`;
      const expected = KIND_OF[issue.expected] ?? issue.expected;
      if (issue.expected === 'int' && typeof issue.input === 'number') {
        return `${field} must be a whole number, not ${issue.input}; write ${write ?? 'a whole number'}`;
      }
      return `${field} should be ${expected}, but it is ${describe(issue.input)}; write ${write ?? expected}`;
    }
    case 'too_small': {
      if (issue.origin === 'string') return `${field} is empty; write ${write ?? 'some text'}, or remove the line`;
      if (issue.origin === 'array') return `${field} needs at least ${String(issue.minimum)}; write ${write ?? 'more items'}`;
      if (issue.origin === 'number') return `${field} must be ${String(issue.minimum)} or more`;
      return undefined;
    }
    case 'invalid_union': {
      if (issue.discriminator === 'type') {
        const type = (issue.input as { type?: unknown } | undefined)?.type;
        if (type === undefined) return '`type:` is missing; add `type: open`, `type: single` or `type: multiple`';
        return `unknown question type ${describe(type)}; use \`type: open\`, \`type: single\` or \`type: multiple\``;
      }
      return undefined;
    }
    case 'invalid_value':
      return `use one of ${issue.values.map((v) => `\`${String(v)}\``).join(', ')}`;
    default:
      return undefined;
  }
}
