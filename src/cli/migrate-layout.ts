/**
 * One-time migration from the sector files (`src/data/<sector>.json`, each
 * `{entities, relationships}`) to one file per entity
 * (`src/data/entities/<first char>/<id>.json`, `{entity, relationships}` with
 * the relationships whose subject it is). Nothing is dropped: it refuses to
 * write anything if a relationship's subject has no entity or an id is
 * defined twice. The sector files are deleted once the new ones are written.
 *
 *   npm run stakes -- migrate-layout [--keep]
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { canonicalizeDatasetFile, entityFilePath, type Entity, type Relationship } from '../core/index';
import { DATA_DIR, NOT_COMPANIES_FILE } from '../build/dataset-files';

/** The old layout: every top-level `*.json` except meta and the not-companies list. */
export function listSectorFiles(dir = DATA_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== 'meta.json' && name !== NOT_COMPANIES_FILE)
    .sort();
}

export interface EntityFileContent {
  entity: Entity;
  relationships: Relationship[];
}

/** Groups the sector files' entities and relationships by entity; throws on anything that would be lost. */
export function regroupByEntity(sectorFiles: { name: string; data: { entities?: Entity[]; relationships?: Relationship[] } }[]): Map<string, EntityFileContent> {
  const byId = new Map<string, EntityFileContent>();
  const errors: string[] = [];
  for (const { name, data } of sectorFiles) {
    for (const key of Object.keys(data)) if (key !== 'entities' && key !== 'relationships') errors.push(`${name}: unexpected top-level field "${key}"`);
    for (const entity of data.entities ?? []) {
      if (byId.has(entity.id)) errors.push(`${name}: entity "${entity.id}" is defined twice`);
      else byId.set(entity.id, { entity, relationships: [] });
    }
  }
  for (const { name, data } of sectorFiles) {
    for (const relationship of data.relationships ?? []) {
      const home = byId.get(relationship.subject);
      if (!home) errors.push(`${name}: relationship ${relationship.subject} ${relationship.type} ${relationship.object}: no entity "${relationship.subject}"`);
      else home.relationships.push(relationship);
    }
  }
  if (errors.length) throw new Error(`cannot migrate without losing data:\n  ${errors.join('\n  ')}`);
  return byId;
}

export function runMigrateLayout(args: string[], dir = DATA_DIR): number {
  const sectorFiles = listSectorFiles(dir).map((name) => ({ name, data: JSON.parse(readFileSync(join(dir, name), 'utf8')) }));
  if (sectorFiles.length === 0) {
    console.log('No sector files left in the data folder: the layout is already migrated.');
    return 0;
  }
  const byId = regroupByEntity(sectorFiles);
  let written = 0;
  let relationships = 0;
  for (const [id, content] of byId) {
    const path = join(dir, entityFilePath(id));
    if (existsSync(path)) throw new Error(`${entityFilePath(id)} already exists; remove the entities folder to migrate again`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, canonicalizeDatasetFile(content));
    written++;
    relationships += content.relationships.length;
  }
  if (!args.includes('--keep')) for (const { name } of sectorFiles) rmSync(join(dir, name));
  console.log(`Wrote ${written} entity files with ${relationships} relationships from ${sectorFiles.length} sector files` + (args.includes('--keep') ? ' (sector files kept).' : '; deleted the sector files.'));
  return 0;
}
