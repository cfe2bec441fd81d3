/**
 * What the lesson schema itself says about a place in the frontmatter: the field names it
 * takes there (for "did you mean"), read from the zod schema so there is no second list.
 */
import type { z } from 'zod';
import { lessonOwnSchema } from './lesson.ts';

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/**
 * The schemas a place can hold: wrappers removed; of a union, the options that match the
 * value there (a quiz question's `type`), or every option when none does.
 */
function resolve(schema: unknown, value: unknown): unknown[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return resolve(def.innerType, value);
    case 'pipe':
      return resolve(def.in, value);
    case 'union': {
      const options = (def.options as unknown[]).flatMap((o) => resolve(o, value));
      const key = def.discriminator as string | undefined;
      const chosen = key ? (value as Record<string, unknown> | undefined)?.[key] : undefined;
      const matching = options.filter((o) => {
        const field = (defOf(o).shape as Record<string, unknown> | undefined)?.[key ?? ''];
        return field !== undefined && (defOf(field).values as unknown[] | undefined)?.includes(chosen);
      });
      return matching.length > 0 ? matching : options;
    }
    default:
      return [schema];
  }
}

function childSchemas(schema: unknown, value: unknown, key: PropertyKey): unknown[] {
  return resolve(schema, value).flatMap((s) => {
    const def = defOf(s);
    if (def.type === 'object' && typeof key === 'string') {
      const field = (def.shape as Record<string, unknown>)[key];
      return field ? [field] : [];
    }
    if (def.type === 'array' && typeof key === 'number') return [def.element];
    return [];
  });
}

/** The field names the schema takes at `path` of `data` (an object's place in the frontmatter). */
export function knownKeys(path: readonly PropertyKey[], data: unknown, root: z.ZodType = lessonOwnSchema): string[] {
  let here: unknown[] = [root];
  let value = data;
  for (const key of path) {
    here = here.flatMap((s) => childSchemas(s, value, key));
    value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  }
  const keys = new Set<string>();
  for (const s of here.flatMap((schema) => resolve(schema, value))) {
    const def = defOf(s);
    if (def.type === 'object') for (const k of Object.keys(def.shape as object)) keys.add(k);
  }
  return [...keys];
}

/** A field path as an author reads it: `quiz[1].answer`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}
