/**
 * The lesson schema as JSON Schema, for editors: one source (the zod schema the build
 * validates with), exported by `npm run schema` to lesson.schema.json.
 */
import { z } from 'zod';
import { lessonSchema } from './lesson.ts';

export function lessonJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(lessonSchema, {
    target: 'draft-7', // what editors' YAML support (yaml-language-server) reads best
    io: 'input', // what an author writes: fields with defaults are optional
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      // `updated` is coerced to a date; in YAML an author writes it as 2026-11-29.
      if ((zodSchema as { _zod: { def: { type: string } } })._zod.def.type === 'date') {
        Object.assign(jsonSchema, { type: 'string', format: 'date' });
      }
    },
  });
  return {
    $schema: schema.$schema,
    title: 'Lessonbook lesson frontmatter',
    description: 'The YAML between the --- lines at the top of a lesson (.mdx). Generated from src/schema/lesson.ts by `npm run schema`; do not edit by hand.',
    ...schema,
  };
}
