import { isOrdinaryWord } from '../../src/build/ordinary-words';
import { compileNameTable, type Dataset, type Entity, type Relationship } from '../../src/core/index';

const source = { publisher: 'Example Wire', title: 'A report', date: '2025-06-12' };

export function entity(id: string, name: string, extra: Partial<Entity> = {}): Entity {
  return { id, name, kind: 'company', ...extra };
}

export function relationship(subject: string, type: Relationship['type'], object: string, extra: Partial<Relationship> = {}): Relationship {
  return { subject, type, object, status: 'active', sources: [source], asOf: '2025-11', ...extra };
}

/** A small dataset with the kinds of names detection must get right. */
export function smallDataset(): Dataset {
  return {
    version: 'test',
    asOf: '2025-11',
    entities: [
      entity('meta', 'Meta', {
        legalName: 'Meta Platforms, Inc.',
        aliases: [{ name: 'Meta', common: true }, { name: 'Meta Platforms Inc.' }, { name: 'Facebook', former: true, until: '2021-10' }],
        tickers: ['NASDAQ:META'],
      }),
      entity('scale-ai', 'Scale AI', { aliases: [{ name: 'Scale', common: true }] }),
      entity('openai', 'OpenAI'),
      entity('apple', 'Apple', { aliases: [{ name: 'Apple', common: true }] }),
      entity('nestle', 'Nestlé', { aliases: [{ name: 'Nestlé S.A.' }] }),
      entity('at-t', 'AT&T', { tickers: ['NYSE:T'] }),
      entity('amazon', 'Amazon', { aliases: [{ name: 'Amazon', common: true }, { name: 'Amazon.com' }] }),
      entity('the-verge', 'The Verge', { kind: 'outlet', aliases: [{ name: 'The Verge', common: true }] }),
      entity('hewlett-packard-enterprise', 'Hewlett Packard Enterprise'),
      entity('loreal', "L'Oréal"),
      entity('jeff-bezos', 'Jeff Bezos', { kind: 'person' }),
      entity('dow-jones', 'Dow Jones', { legalName: 'Dow Jones & Company' }),
      entity('oracle', 'Oracle', { aliases: [{ name: 'Oracle', common: true }] }),
      entity('amazon-web-services', 'Amazon Web Services', { aliases: [{ name: 'AWS' }] }),
      entity('epic-games', 'Epic Games', { aliases: [{ name: 'Epic', common: true }] }),
      entity('porsche-ag', 'Porsche', { aliases: [{ name: 'Porsche', common: true }] }),
      entity('smart', 'smart', { aliases: [{ name: 'smart', common: true }] }),
      entity('intel', 'Intel', { aliases: [{ name: 'Intel', common: true }] }),
      entity('nvidia', 'Nvidia'),
      entity('rtx', 'RTX'),
    ],
    relationships: [relationship('meta', 'owns-stake', 'scale-ai', { share: 49, start: '2025-06' })],
    notCompanies: [{ phrase: 'Dow Jones Industrial Average', why: 'stock index' }],
  };
}

export const smallTable = () => compileNameTable(smallDataset(), isOrdinaryWord);
