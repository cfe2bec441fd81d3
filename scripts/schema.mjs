// `npm run schema`: writes lesson.schema.json, the lesson frontmatter schema as JSON Schema,
// generated from the zod schema the build uses (src/schema/lesson.ts), so editors can check
// and complete frontmatter. A test fails when the committed file is out of date.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { lessonJsonSchema } from '../src/schema/json-schema.ts';
import { root } from './lib/run.mjs';

writeFileSync(path.join(root, 'lesson.schema.json'), `${JSON.stringify(lessonJsonSchema(), null, 2)}\n`);
console.log('Wrote lesson.schema.json');
