/**
 * The handbook's settings, `handbook.json` beside the lessons (optional), read and checked
 * like a lesson: broken JSON, an empty setting or a misspelt one each get one line with the
 * fix, instead of a stack trace from the middle of the build.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { z } from 'zod';
import { HANDBOOK_KEYS, handbookSchema, type Handbook } from '../schema/handbook.ts';
import { closest } from '../schema/suggest.ts';
import type { LessonIssue } from './issues.ts';

const EXAMPLE = '{ "title": "The PM Handbook", "intro": "Short, practical lessons." }';

/** The line of `"key":` in the JSON text, or 1. */
function lineOfKey(text: string, key: string): number {
  const at = text.search(new RegExp(`"${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\s*:`));
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

/** The line a JSON.parse error points at (Node says "line L column C", or a position). */
function lineOfJsonError(text: string, message: string): number {
  const line = /\bline (\d+)/.exec(message)?.[1];
  if (line) return Number(line);
  const position = /\bposition (\d+)/.exec(message)?.[1];
  return position ? text.slice(0, Number(position)).split('\n').length : 1;
}

export interface SettingsFacts {
  /** The settings, when they are valid. */
  settings: Handbook | undefined;
  issues: LessonIssue[];
}

/** Reads `file` (a handbook.json); no file is no settings. Never throws for an author's mistake. */
export function readSettings(file: string): SettingsFacts {
  if (!existsSync(file)) return { settings: handbookSchema.parse({}), issues: [] };
  const text = readFileSync(file, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message.replace(/\s*\(line \d+ column \d+\)$/, '').replace(/ in JSON at position \d+/, '');
    const issue = {
      line: lineOfJsonError(text, (error as Error).message),
      field: 'JSON',
      message: `not valid JSON (${reason}); put every name and text in double quotes and a comma between fields, none after the last`,
    };
    return { settings: undefined, issues: [issue] };
  }
  const result = handbookSchema.safeParse(data);
  return result.success ? { settings: result.data, issues: [] } : { settings: undefined, issues: schemaIssues(text, result.error.issues) };
}

/** The schema's complaints about handbook.json, each at the line of its setting. */
function schemaIssues(text: string, found: readonly z.core.$ZodIssue[]): LessonIssue[] {
  return found.flatMap((issue): LessonIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const near = closest(key, HANDBOOK_KEYS);
        const known = HANDBOOK_KEYS.map((k) => `"${k}"`).join(', ');
        return {
          line: lineOfKey(text, key),
          field: key,
          message: near ? `not a setting of the handbook; did you mean "${near}"?` : `not a setting of the handbook; handbook.json takes ${known}`,
        };
      });
    }
    const key = issue.path[0];
    if (typeof key !== 'string') return [{ line: 1, field: 'handbook.json', message: `write the settings as one object, such as ${EXAMPLE}` }];
    return [{ line: lineOfKey(text, key), field: key, message: issue.message }];
  });
}
