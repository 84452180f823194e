import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/build/dataset-files';
import { DatasetIndex, formatProblem } from '../../src/core/index';

const { dataset, problems } = loadDataset();
const index = new DatasetIndex(dataset);

describe('the bundled dataset', () => {
  it('has no validation errors', () => {
    expect(problems.filter((problem) => problem.severity === 'error').map(formatProblem)).toEqual([]);
  });

  it('covers every company of the launch scenario', () => {
    const launch = ['OpenAI', 'Scale AI', 'Meta', 'Anthropic', 'Cohere', 'Adept', 'Microsoft', 'Amazon', 'Alphabet', 'Google', 'Nvidia', 'Oracle', 'SoftBank', 'VentureBeat', 'TechCrunch', 'The Information', 'The Verge'];
    const missing = launch.filter((name) => index.findByName(name).length === 0);
    expect(missing).toEqual([]);
  });

  it('states Meta’s 49% stake in Scale AI from both sides, sourced and dated', () => {
    const [meta] = index.findByName('Meta');
    const [scale] = index.findByName('Scale AI');
    const fromMeta = index.factsFor(meta.id).map((fact) => fact.sentence);
    const fromScale = index.factsFor(scale.id).map((fact) => fact.sentence);
    expect(fromMeta).toContain('Meta owns 49% of Scale AI (since Jun 2025)');
    expect(fromScale).toContain('49% owned by Meta (since Jun 2025)');
    expect(fromScale.some((sentence) => sentence.startsWith('Lost OpenAI as a client'))).toBe(true);
  });

  it('tells who owns the launch outlets', () => {
    const sentences = (name: string) => index.factsFor(index.findByName(name)[0].id).map((fact) => fact.sentence);
    expect(sentences('The Verge')).toContain('Owned by Vox Media (since Nov 2011)');
    // Yahoo sold TechCrunch to Regent in March 2025 (media check, 2026-12).
    expect(sentences('TechCrunch')).toEqual(expect.arrayContaining(['Acquired by Regent (Mar 2025)', 'Formerly owned by Yahoo (Sep 2021 – Mar 2025)']));
  });

  it('links former names to today’s company', () => {
    expect(index.findByName('Facebook').map((entity) => entity.id)).toEqual(['meta']);
  });
});
