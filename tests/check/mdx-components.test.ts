/**
 * MDX renders a component only if the lesson imports it: the check says so for a component
 * anywhere, a heading included, while `<Section>` on a heading is the heading's own setting.
 * (Found by tests/check/property.test.ts: `## In a<Callout />n enterprise` passed the check and
 * stopped the build with a stack trace.)
 */
import path from 'node:path';
import { expect, it } from 'vitest';
import { checkHandbook, formatProblem } from '../../src/check/index.ts';

it('a component nobody imported, written inside a heading, is named by the check; <Section> on a heading is not', () => {
  const dir = path.resolve('tests/fixtures/check/heading-component');
  const result = checkHandbook(dir, { displayPath: (file) => `lessons/${path.basename(file)}` });
  expect(result.problems.map(formatProblem)).toEqual([
    "lessons/in-a-heading.mdx:4: body: <Callout> is a component, and nothing defines `Callout`: import it at the top of the lesson (import Callout from '…'), or write \\<Callout> for the text itself",
  ]);
});
