import { readFileSync } from 'node:fs';
export { comparableName } from '../core/index';

/**
 * The Wikidata table shipped by the npm package `name-suggestion-index`
 * (OpenStreetMap's brand index): QID → label and official website. Read in
 * Node only, to check and propose the dataset's `wikidata` ids.
 */
export interface WikidataRecord {
  label?: string;
  identities?: { website?: string };
  officialWebsites?: string[];
}

let table: Record<string, WikidataRecord> | undefined;

export function wikidataTable(): Record<string, WikidataRecord> {
  // Read by path: the package's "exports" map does not expose its data files.
  const file = new URL('../../node_modules/name-suggestion-index/dist/wikidata/wikidata.min.json', import.meta.url);
  table ??= (JSON.parse(readFileSync(file, 'utf8')) as { wikidata: Record<string, WikidataRecord> }).wikidata;
  return table;
}

/** The registrable part of a website's host, without "www.": "https://www.apple.com/tw" → "apple.com". */
export function siteOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname
      .replace(/^www\./, '')
      .split('.')
      .slice(-2)
      .join('.');
  } catch {
    return undefined;
  }
}
