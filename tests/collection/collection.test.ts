// The content collection (src/collection/): it reads the lessons folder the integration was
// given, else lessons/, and its entries are named by the one slug rule.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collections, lessonsFolderOf, useLessonsFolder } from '../../src/collection/index.ts';

describe('the lessons collection', () => {
  it('reads lessons/ of a project by default, and the folder the integration names once it is named', () => {
    const root = path.resolve('.lessonbook/projects/collection-test');
    expect(lessonsFolderOf(root)).toBe(path.join(root, 'lessons'));
    useLessonsFolder(`${root}/`, path.join(root, 'docs'));
    expect(lessonsFolderOf(root)).toBe(path.join(root, 'docs'));
  });

  it('is called lessons, the name the pages read it by', () => {
    expect(Object.keys(collections)).toEqual(['lessons']);
  });
});
