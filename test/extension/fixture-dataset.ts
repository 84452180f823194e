import { DatasetIndex, type Dataset, type Relationship } from '../../src/core/index';

const wiki = (title: string) => [{ publisher: 'Wikipedia', title, date: '2025-11', url: `https://en.wikipedia.org/wiki/${title.replace(/ /g, '_')}` }];
const rel = (subject: string, type: Relationship['type'], object: string, extra: Partial<Relationship> = {}): Relationship => ({ subject, type, object, status: 'active', sources: wiki('Scale AI'), asOf: '2025-11', ...extra });

/** A small dataset for the popup's pure code: the Scale AI story and a few owners around it. */
export const dataset: Dataset = {
  version: '2025.11.0',
  asOf: '2025-11',
  entities: [
    { id: 'scale-ai', name: 'Scale AI', kind: 'company' },
    { id: 'meta', name: 'Meta', kind: 'company' },
    { id: 'openai', name: 'OpenAI', kind: 'company' },
    { id: 'microsoft', name: 'Microsoft', kind: 'company' },
    { id: 'accel', name: 'Accel', kind: 'fund' },
    { id: 'mark-zuckerberg', name: 'Mark Zuckerberg', kind: 'person' },
    { id: 'long', name: 'An Exceptionally Long Company Name Holdings', kind: 'company' },
  ],
  relationships: [
    rel('meta', 'owns-stake', 'scale-ai', {
      share: 49,
      start: '2025-06',
      amount: { value: 14_300_000_000, currency: 'USD' },
      // A source somebody read comes first, whatever the order written.
      sources: [
        ...wiki('Scale AI'),
        { publisher: 'IBTimes', title: 'Meta invests $14.3B for a 49% stake in Scale AI', date: '2025-06-13', url: 'https://www.ibtimes.com/meta-invests-143b-49-stake-scale-ai-boost-ai-capabilities-3775513', checked: '2026-12-04', kind: 'press' },
      ],
    }),
    rel('openai', 'customer-of', 'scale-ai', { status: 'ended', start: '2020', end: '2025-06' }),
    rel('microsoft', 'invested-in', 'openai', { amount: { value: 13_000_000_000, currency: 'USD' }, start: '2019', sources: [{ publisher: 'Microsoft', title: 'Microsoft and OpenAI extend partnership', date: '2023-01' }] }),
    rel('accel', 'invested-in', 'scale-ai', { start: '2016' }),
    rel('mark-zuckerberg', 'parent-of', 'meta', { share: 61 }),
    rel('long', 'partner', 'openai'),
  ],
  notCompanies: [],
};

export const index = new DatasetIndex(dataset);
