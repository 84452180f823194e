import { Matcher, type Candidate, type NameTable } from '../../core/index';

/** What the background needs of a matcher loaded from the bundled name index. */
export interface LoadedMatcher {
  findCandidates(text: string): Candidate[];
  entityId(entity: number): string;
  nameText(name: number): string;
  nameFlags(name: number): number;
  nameCount: number;
  entityCount: number;
}

/** Loads `names.bin` (for now the name table as UTF-8 JSON). */
export function loadNameIndex(bytes: ArrayBuffer): LoadedMatcher {
  const table = JSON.parse(new TextDecoder().decode(bytes)) as NameTable;
  const matcher = new Matcher(table);
  return {
    findCandidates: (text) => matcher.findCandidates(text),
    entityId: (entity) => table.entities[entity],
    nameText: (name) => table.names[name][1],
    nameFlags: (name) => table.names[name][2],
    nameCount: table.names.length,
    entityCount: table.entities.length,
  };
}
