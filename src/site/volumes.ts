/**
 * The volumes of a handbook too large for one page (src/load/volumes.ts), as the pages made
 * per volume see them: the printed handbook's (./routes/print-volume.astro), the handbook
 * in short's (./routes/in-short-volume.astro) and the search index's (./routes/search-volume.astro).
 */
import type { PrintVolume } from '../load/model.ts';
import { handbook, lessons, type PageLesson } from './data.ts';

/** One page per volume: `<n>/`, from 1. */
export const volumePaths = () => handbook.printVolumes.map((volume, i) => ({ params: { volume: String(i + 1) }, props: { n: i + 1, volume } }));

/** A volume's lessons, how many volumes there are, and which lessons it holds, in words (`12 to 40 of 3,000, in reading order: from … to …`). */
export function volumeOf(volume: PrintVolume): { of: number; held: PageLesson[]; range: string } {
  const held = lessons.slice(volume.from, volume.to);
  const n = (v: number) => v.toLocaleString('en');
  return {
    of: handbook.printVolumes.length,
    held,
    range: `${n(volume.from + 1)} to ${n(volume.to)} of ${n(lessons.length)}, in reading order: from ${held[0]!.title} to ${held.at(-1)!.title}`,
  };
}
