import { tempDir } from '../temp-dir';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportReview } from '../../src/core/index';

describe('stakes import wikidata', () => {
  const out = join(tempDir('stakes-import-'), 'review.json');
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'import', 'wikidata', 'test/cli/fixtures/wikidata-owners.json', '--out', out, '--date', '2026-11-25'], {
    encoding: 'utf8',
  });

  it('writes a review file, never the dataset', () => {
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/1 new entities, 1 new relationships, 1 duplicates, 1 conflicts, 1 rows skipped/);
  });

  it('flags a share that differs from ours as a conflict', () => {
    const review: ImportReview = JSON.parse(readFileSync(out, 'utf8'));
    const conflict = review.relationships.find((proposal) => proposal.status === 'conflict')!;
    expect(conflict.relationship).toMatchObject({ subject: 'meta', type: 'owns-stake', object: 'scale-ai', share: 45, start: '2025-06-12' });
    expect(conflict.conflict).toContain('share differs from meta owns-stake scale-ai');
  });

  it('recognises a fact we already have, and proposes unknown companies as new entities with their QID', () => {
    const review: ImportReview = JSON.parse(readFileSync(out, 'utf8'));
    expect(review.relationships.find((proposal) => proposal.status === 'duplicate')?.relationship).toMatchObject({ subject: 'alphabet', type: 'parent-of', object: 'google' });
    expect(review.proposedEntities).toEqual([{ id: 'example-robotics-and-co', name: 'Example Robotics & Co', kind: 'company', wikidata: 'Q99999001' }]);
    const sold = review.relationships.find((proposal) => proposal.relationship.object === 'example-robotics-and-co')!;
    expect(sold).toMatchObject({ status: 'new', relationship: { subject: 'google', type: 'parent-of', status: 'ended', start: '2014', end: '2017-06-20' } });
    expect(sold.relationship.sources[0]).toEqual({ publisher: 'Wikidata', title: 'Google (Q95)', date: '2026-11-25', url: 'https://www.wikidata.org/wiki/Q95' });
  });
});
