/** Builds a handbook project of a test's own (tests/support/project.ts) from a lessons folder. */
import { builtProject, type Project, type ProjectOptions } from '../../tests/support/project';

export type { Project } from '../../tests/support/project';

/** Copies `fixture` (a lessons folder) into a fresh project and builds it. */
export function buildFixture(name: string, fixture: string, options: Omit<ProjectOptions, 'lessons'> = {}): Project {
  return builtProject(name, { lessons: fixture, ...options });
}
