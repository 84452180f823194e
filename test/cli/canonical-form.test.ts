import { describe, expect, it } from 'vitest';
import { canonicalizeDatasetFile, expandWikipedia } from '../../src/core/index';
import { entity, relationship } from '../core/fixtures';

describe('canonical form of an entity file', () => {
  it('orders keys and relationships, and writes the Wikipedia shorthand wherever a source is exactly its expansion', () => {
    const text = canonicalizeDatasetFile({
      relationships: [
        relationship('meta', 'partner', 'openai', { sources: [expandWikipedia('Meta_Platforms'), { ...expandWikipedia('Scale_AI'), checked: '2026-02-01' }] }),
        relationship('meta', 'owns-stake', 'scale-ai', { asOf: '2025-11', status: 'active', share: 49 }),
      ],
      entity: { kind: 'company', name: 'Meta', id: 'meta' },
    });
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual(['entity', 'relationships']);
    expect(Object.keys(parsed.entity)).toEqual(['id', 'name', 'kind']);
    expect(parsed.relationships.map((r: { type: string }) => r.type)).toEqual(['owns-stake', 'partner']);
    expect(parsed.relationships[1].sources).toEqual([{ wikipedia: 'Meta_Platforms' }, { publisher: 'Wikipedia', title: 'Scale AI', url: 'https://en.wikipedia.org/wiki/Scale_AI', kind: 'reference', checked: '2026-02-01' }]);
    expect(canonicalizeDatasetFile(parsed)).toBe(text);
  });

  it('keeps a Wikipedia source whose URL is not the article name as written', () => {
    const source = { publisher: 'Wikipedia', title: 'iRobot', url: 'https://en.wikipedia.org/wiki/IRobot', kind: 'reference' as const };
    const parsed = JSON.parse(canonicalizeDatasetFile({ entity: entity('a', 'A'), relationships: [relationship('a', 'acquired', 'b', { sources: [source] })] }));
    expect(parsed.relationships[0].sources).toEqual([source]);
  });
});
