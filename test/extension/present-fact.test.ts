import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDatasetOrThrow } from '../../src/build/dataset-files';
import { DatasetIndex, renderRelationship, type Relationship } from '../../src/core/index';
import { translatorFor } from '../../src/extension/shared/message-format';
import { presentRelationship, presentShort } from '../../src/extension/shared/present-fact';

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
    const rounds: Partial<Relationship>[] = [
      {},
      { round: { led: true } },
      { round: { name: 'Series J', total: { value: 10e9, currency: 'USD' } } },
      { round: { total: { value: 2e9, currency: 'USD', approximate: true }, led: true } },
      { round: { name: 'seed' } },
    ];
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

describe('the presenter in German, French and Spanish', () => {
  const load = (lang: string) => ({ t: translatorFor(JSON.parse(readFileSync(`src/extension/public/_locales/${lang}/messages.json`, 'utf8'))), locale: lang });
  const [de, fr, es] = [load('de'), load('fr'), load('es')];
  const names: Record<string, string> = { meta: 'Meta', 'scale-ai': 'Scale AI', openai: 'OpenAI', databricks: 'Databricks', thrive: 'Thrive Capital', softbank: 'SoftBank' };
  const nameOf = (id: string) => names[id] ?? id;
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
  const say = (relationship: Partial<Relationship>, presenter: typeof de, perspective: 'subject' | 'object' = 'subject') =>
    plain(presentRelationship({ subject: 'meta', object: 'scale-ai', sources: [], asOf: '2025-11', status: 'active', ...relationship } as Relationship, nameOf, perspective, presenter));

  it('says stakes, with shares, ranges and dates in the locale’s format', () => {
    const stake: Partial<Relationship> = { type: 'owns-stake', share: 49, start: '2025-06' };
    expect(say(stake, de)).toBe('Meta hält 49 % an Scale AI (seit Juni 2025)');
    expect(say(stake, de, 'object')).toBe('Zu 49 % im Besitz von Meta (seit Juni 2025)');
    expect(say(stake, fr)).toBe('Meta détient 49 % de Scale AI (depuis juin 2025)');
    expect(say(stake, es, 'object')).toBe('49 % en manos de Meta (desde jun 2025)');
    expect(say({ type: 'owns-stake', share: { min: 40, max: 50 } }, de)).toBe('Meta hält 40–50 % an Scale AI');
    expect(say({ type: 'owns-stake' }, fr, 'object')).toBe('Meta en détient une part');
  });

  it('elides French "de" before a vowel, and only there', () => {
    expect(say({ type: 'owns-stake', object: 'openai', share: 27 }, fr)).toBe('Meta détient 27 % d’OpenAI');
    expect(say({ type: 'parent-of', object: 'openai' }, fr)).toBe('Meta possède OpenAI');
    expect(say({ type: 'partner', object: 'openai' }, es)).toBe('Meta es socio de OpenAI');
  });

  it('says acquisitions, money and approximate amounts', () => {
    const deal: Partial<Relationship> = { type: 'acquired', amount: { value: 1e9, currency: 'USD', approximate: true }, start: '2012-04' };
    expect(say(deal, de)).toBe('Meta hat Scale AI für rund 1 Mrd. $ übernommen (Apr. 2012)');
    expect(say(deal, fr, 'object')).toBe('Racheté par Meta pour environ 1 Md $US (avr. 2012)');
    expect(say(deal, es)).toBe('Meta adquirió Scale AI por unos 1000 M US$ (abr 2012)');
  });

  it('says ended and abandoned ties with their dates', () => {
    expect(say({ type: 'customer-of', status: 'ended', start: '2020', end: '2025-06' }, de)).toBe('Meta hat die Verträge mit Scale AI beendet (2020 – Juni 2025)');
    expect(say({ type: 'parent-of', status: 'ended', end: '2019-03' }, fr, 'object')).toBe('Ancienne propriété de Meta (mars 2019)');
    expect(say({ type: 'acquired', status: 'abandoned', end: '2013' }, es)).toBe('Meta abandonó su acuerdo para comprar Scale AI (2013)');
    expect(say({ type: 'merged', status: 'abandoned', start: '2024-01' }, de, 'object')).toBe('Fusion mit Meta abgesagt (Jan. 2024)');
    expect(say({ type: 'owns-stake', status: 'ended', start: '2025-06-01', end: '2025-06-30' }, fr)).toBe('Meta détenait une participation dans Scale AI (juin 2025)');
    expect(say({ type: 'partner', status: 'ended', start: '2021-05' }, es)).toBe('Meta puso fin a su alianza con Scale AI (a partir de may 2021)');
  });

  it('says funding rounds from both sides', () => {
    const round: Partial<Relationship> = { subject: 'thrive', object: 'databricks', type: 'invested-in', round: { name: 'Series J', total: { value: 10e9, currency: 'USD' }, led: true }, start: '2024-12' };
    expect(say(round, de)).toBe('Thrive Capital hat die Series J-Runde von Databricks über 10 Mrd. $ angeführt (seit Dez. 2024)');
    expect(say(round, de, 'object')).toBe('Thrive Capital hat ihre Series J-Runde über 10 Mrd. $ angeführt (seit Dez. 2024)');
    const softbank: Partial<Relationship> = { subject: 'softbank', object: 'openai', type: 'invested-in', amount: { value: 30e9, currency: 'USD', approximate: true }, round: { total: { value: 40e9, currency: 'USD' }, led: true } };
    expect(say(softbank, fr)).toBe('SoftBank a mené le tour de table de 40 Md $US d’OpenAI avec environ 30 Md $US');
    expect(say(softbank, es, 'object')).toBe('SoftBank lideró su ronda de 40 mil M US$ con unos 30 mil M US$');
    expect(say({ ...softbank, status: 'pending', round: { name: 'seed' } }, de)).toBe('SoftBank investiert in die seed-Runde von OpenAI (ausstehend)');
  });

  it('says when a fact is only reported, inside the same brackets', () => {
    expect(say({ type: 'invested-in', start: '2025-04', unconfirmed: true }, de, 'object')).toBe('Unterstützt von Meta (seit Apr. 2025, laut Medienberichten)');
    expect(say({ type: 'customer-of', unconfirmed: true }, fr)).toBe('Meta est client de Scale AI (selon la presse)');
    expect(say({ type: 'licensed', status: 'pending', start: '2025-09', unconfirmed: true }, es)).toBe('Meta está obteniendo la licencia de la tecnología de Scale AI (pendiente) (anunciado en sept 2025, según la prensa)');
  });

  it('gives the graph its short forms in each language', () => {
    const short = (relationship: Partial<Relationship>, presenter: typeof de) => plain(presentShort({ subject: 'meta', object: 'scale-ai', sources: [], asOf: '2025-11', status: 'active', ...relationship } as Relationship, presenter));
    expect(short({ type: 'owns-stake', share: 49 }, de)).toBe('49 %');
    expect(short({ type: 'parent-of' }, fr)).toBe('possède');
    expect(short({ type: 'acquired', start: '2022-03', amount: { value: 1e9, currency: 'USD' } }, es)).toBe('adquirida en 2022');
    expect(short({ type: 'partner', status: 'ended', end: '2022-05' }, de)).toBe('beendet 2022');
    expect(short({ type: 'invested-in', amount: { value: 13e9, currency: 'USD' } }, fr)).toBe('13 Md $US');
  });
});

describe('plural forms through Intl', () => {
  it('picks one or other by the locale’s rules', async () => {
    const { pluralKey } = await import('../../src/extension/shared/message-format');
    expect(pluralKey('facts', 1, 'fr')).toBe('factsOne');
    expect(pluralKey('facts', 0, 'fr')).toBe('factsOne');
    expect(pluralKey('facts', 0, 'es')).toBe('factsOther');
    expect(pluralKey('facts', 2, 'de')).toBe('factsOther');
  });
});
