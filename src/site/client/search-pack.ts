/**
 * The search index in transit. MiniSearch's own serialization (toJSON) writes every posting
 * as `"docId": frequency` in an object per word and field, and every stored field by name,
 * most of it words repeated across thousands of sections. Packed, postings are runs of id gaps (mostly small numbers, and a
 * word that is in every section is a run of 1s that gzip all but erases) and stored fields are
 * arrays. unpack() gives back exactly what toJSON() gave, for MiniSearch.loadJS(): ranking
 * stays MiniSearch's.
 */
import type { AsPlainObject } from 'minisearch';

/** A word's postings in one field: [field id, gaps between section ids, frequencies (1 when all are 1)]. */
type Postings = [number, number[], number[] | 1];

export interface PackedIndex {
  /** MiniSearch's serialization version this was packed from. */
  version: number;
  fieldIds: Record<string, number>;
  averageFieldLength: number[];
  /** Per section, in id order: its fields' lengths in words. */
  fieldLength: number[][];
  /** Per section, in id order: the stored fields, in `storeFields` order. */
  stored: unknown[][];
  terms: [string, ...Postings[]][];
}

/** Packs `toJSON()` of an index whose documents have the ids 0, 1, 2, … and were never removed. */
export function pack(plain: AsPlainObject, storeFields: string[]): PackedIndex {
  if (plain.serializationVersion !== 2) throw new Error(`search index: MiniSearch serialization ${plain.serializationVersion} is not the one pack() knows (2)`);
  const count = plain.documentCount;
  const ids = Object.entries(plain.documentIds);
  if (plain.dirtCount !== 0 || plain.nextId !== count || ids.length !== count || ids.some(([shortId, id]) => Number(shortId) !== id)) {
    throw new Error('search index: pack() needs sections numbered 0, 1, 2, … in the order they were added');
  }
  const perDoc = <T>(record: Record<string, T>) => Array.from({ length: count }, (_, i) => record[i]!);
  const storedFields = plain.storedFields as Record<string, Record<string, unknown>>;
  return {
    version: plain.serializationVersion,
    fieldIds: plain.fieldIds,
    averageFieldLength: plain.averageFieldLength,
    fieldLength: perDoc(plain.fieldLength as Record<string, number[]>),
    stored: perDoc(storedFields).map((fields) => storeFields.map((name) => fields[name])),
    terms: plain.index.map(([term, fields]) => [
      term,
      ...Object.entries(fields).map(([fieldId, freqs]): Postings => {
        const docs = Object.keys(freqs).map(Number).sort((a, b) => a - b);
        const tfs = docs.map((d) => freqs[d]!);
        return [Number(fieldId), docs.map((d, i) => d - (docs[i - 1] ?? 0)), tfs.every((tf) => tf === 1) ? 1 : tfs];
      }),
    ]),
  };
}

/** What MiniSearch.loadJS() takes, from a packed index. */
export function unpack(packed: PackedIndex, storeFields: string[]): AsPlainObject {
  const count = packed.stored.length;
  const documentIds: Record<number, number> = {};
  const fieldLength: Record<number, number[]> = {};
  const storedFields: Record<number, Record<string, unknown>> = {};
  for (let i = 0; i < count; i++) {
    documentIds[i] = i;
    fieldLength[i] = packed.fieldLength[i]!;
    const fields: Record<string, unknown> = {};
    storeFields.forEach((name, j) => (fields[name] = packed.stored[i]![j]));
    storedFields[i] = fields;
  }
  const index: AsPlainObject['index'] = packed.terms.map(([term, ...postings]) => {
    const fields: Record<string, Record<string, number>> = {};
    for (const [fieldId, gaps, tfs] of postings) {
      const freqs: Record<number, number> = {};
      let doc = 0;
      gaps.forEach((gap, i) => (freqs[(doc += gap)] = tfs === 1 ? 1 : tfs[i]!));
      fields[fieldId] = freqs;
    }
    return [term, fields];
  });
  return {
    documentCount: count,
    nextId: count,
    documentIds,
    fieldIds: packed.fieldIds,
    fieldLength,
    averageFieldLength: packed.averageFieldLength,
    storedFields,
    dirtCount: 0,
    index,
    serializationVersion: packed.version,
  } as AsPlainObject;
}
