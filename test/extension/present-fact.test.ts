import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDatasetOrThrow } from '../../src/cli/dataset-files';
import { DatasetIndex, renderRelationship, type Relationship } from '../../src/core/index';
import { translatorFor } from '../../src/extension/popup/message-format';
import { presentRelationship } from '../../src/extension/popup/present-fact';

const en = { t: translatorFor(JSON.parse(readFileSync('src/extension/public/_locales/en/messages.json', 'utf8'))), locale: 'en' };

/**
 * The only differences Intl makes to English figures: a reported range reads
 * "40% – 50%" (not "40–50%"), Canadian dollars "CA$" (not "C$") and Swiss
 * francs with a no-break space ("CHF 2B").
 */
function intlFigures(text: string): string {
  return text
    .replace(/(\d+(?:\.\d+)?)% – (\d+(?:\.\d+)?)%/g, '$1–$2%')
    .replace(/CA\$/g, 'C$')
    .replace(/CHF\u00a0/g, 'CHF ');
}

describe('English through the presenter', () => {
  const dataset = loadDatasetOrThrow();
  const index = new DatasetIndex(dataset);

  it('reads exactly as renderRelationship for every relationship in the dataset, from both sides', () => {
    let compared = 0;
    const changedByIntl = new Set<string>();
    for (const relationship of dataset.relationships) {
      for (const perspective of ['subject', 'object'] as const) {
        const expected = renderRelationship(relationship, index.nameOf, perspective);
        const actual = presentRelationship(relationship, index.nameOf, perspective, en);
        if (actual !== expected) changedByIntl.add(actual);
        expect(intlFigures(actual), JSON.stringify(relationship)).toBe(expected);
        compared++;
      }
    }
    expect(compared).toBe(dataset.relationships.length * 2);
    // Differences from Intl exist only where the data has a range, CAD or CHF.
    for (const sentence of changedByIntl) expect(sentence).toMatch(/% – |CA\$|CHF\u00a0/);
  });

  const base = { subject: 'meta', object: 'scale-ai', sources: [], asOf: '2025-11' } as const;
  const names: Record<string, string> = { meta: 'Meta', 'scale-ai': 'Scale AI', databricks: 'Databricks', thrive: 'Thrive Capital' };
  const nameOf = (id: string) => names[id] ?? id;

  it('says every type × status × side the way renderRelationship does, with and without figures', () => {
    const types = ['owns-stake', 'parent-of', 'acquired', 'invested-in', 'partner', 'customer-of', 'licensed', 'merged'] as const;
    const statuses = ['active', 'ended', 'announced', 'pending', 'abandoned'] as const;
    const figures: Partial<Relationship>[] = [{}, { share: 49 }, { amount: { value: 14.3e9, currency: 'USD' } }, { share: 30, amount: { value: 2e9, currency: 'EUR', approximate: true } }];
    const dates: Partial<Relationship>[] = [{}, { start: '2025-06' }, { end: '2024' }, { start: '2019-07', end: '2025-06-12' }, { start: '2025-06-01', end: '2025-06-30' }];
    const rounds: Partial<Relationship>[] = [{}, { round: { led: true } }, { round: { name: 'Series J', total: { value: 10e9, currency: 'USD' } } }, { round: { total: { value: 2e9, currency: 'USD', approximate: true }, led: true } }, { round: { name: 'seed' } }];
    for (const type of types)
      for (const status of statuses)
        for (const figure of figures)
          for (const date of dates)
            for (const round of type === 'invested-in' ? rounds : [{}])
              for (const unconfirmed of [false, true])
                for (const object of ['scale-ai', 'databricks'])
                  for (const perspective of ['subject', 'object'] as const) {
                    const relationship = { ...base, type, status, object, ...figure, ...date, ...round, ...(unconfirmed ? { unconfirmed } : {}) } as Relationship;
                    expect(presentRelationship(relationship, nameOf, perspective, en)).toBe(renderRelationship(relationship, nameOf, perspective));
                  }
  });
});
