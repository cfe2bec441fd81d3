/**
 * What the pages know about the handbook, as the integration hands it to them (the
 * `virtual:lessonbook/handbook` module, made from the load stage's model): its settings and
 * its lessons in reading order, each with its URL, title, sections and neighbours.
 */
import type { FolderEntries, LessonInfo, PartInfo, PrintVolume } from '../load/model.ts';

/** A lesson as the pages know it (the model's, without the file's absolute path). */
export type PageLesson = Omit<LessonInfo, 'file'>;

export interface HandbookData {
  /** The handbook's name, on every page. */
  title: string;
  /** A sentence or two for the home page. */
  intro: string;
  /** Whether the site has a favicon.svg (in the project's public/ folder) to link. */
  favicon: boolean;
  /** Where the lessons folder can be edited (handbook.json `editUrl`, then the folder's path from the project: `…/edit/main/docs/`), if anywhere. */
  editUrl: string | undefined;
  /** Every lesson and part introduction, in reading order. */
  lessons: PageLesson[];
  /** The parts (folders of lessons/ that hold pages, at any depth), in reading order. */
  parts: PartInfo[];
  /** What the top of lessons/ holds directly: the home page's lessons and parts. */
  top: FolderEntries;
  /** The volumes the handbook prints in (src/load/volumes.ts); none when it prints on one page, /print/. */
  printVolumes: PrintVolume[];
  /** Whether lessons/index.md or README.md gives the home page an introduction. */
  home: boolean;
}
