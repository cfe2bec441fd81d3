/**
 * The lesson schema as JSON Schema, for editors: one source (the zod schema the build
 * validates with), exported by `npm run schema` to lesson.schema.json.
 */
import { z } from 'zod';
import { lessonSchema } from './lesson.ts';
import { READ_AS } from './other-tools.ts';

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
  // Other tools' fields the check reads as a Lessonbook field: described, so an editor explains them.
  const properties = schema.properties as Record<string, unknown>;
  for (const [field, as] of READ_AS) {
    properties[field] ??= { description: `Written for another tool; read as \`${as}\` when the lesson does not set that.` };
  }
  return {
    $schema: schema.$schema,
    title: 'Lessonbook lesson frontmatter',
    description: 'The YAML between the --- lines at the top of a lesson (.md or .mdx); fields written for other tools are allowed. Generated from src/schema/lesson.ts by `npm run schema`; do not edit by hand.',
    ...schema,
  };
}
