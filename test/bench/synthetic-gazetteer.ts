import { brand, SUFFIXES } from '../../src/build/invented-names';
import { NameFlag, type NameTable } from '../../src/core/index';
import { seededRandom, type Random } from './random';

/**
 * A deterministic gazetteer of invented, company-like names ("Brantel
 * Holdings", "Quorvé & Sons", "Vexamo Labs Inc."), 1–4 words, some with "&",
 * ".", accents, for measuring the matcher at a scale the real dataset will
 * not reach for years, and as a stand-in when the real dataset is mid-edit.
 */

const LEGAL = ['Inc.', 'Ltd.', 'Co.', 'plc', 'AG', 'S.A.', 'N.V.', 'Corp.', 'LLC'];

export interface SyntheticGazetteer {
  table: NameTable;
  /** The aliases, for sprinkling into texts. */
  aliases: string[];
}

export function syntheticGazetteer(aliasCount: number, seed = 0x5eed): SyntheticGazetteer {
  const random = seededRandom(seed);
  const entities: string[] = [];
  const names: [number, string, number][] = [];
  const seen = new Set<string>();
  const add = (entity: number, name: string, flags: number) => {
    if (seen.has(name) || names.length >= aliasCount) return;
    seen.add(name);
    names.push([entity, name, flags]);
  };
  while (names.length < aliasCount) {
    const entity = entities.length;
    const primary = companyName(random);
    entities.push(`synthetic-${entity}`);
    // About 1% of real names are also ordinary words; they take the matcher's slower case rules.
    add(entity, primary, random.chance(0.01) ? NameFlag.Common : 0);
    const variants = random.int(3);
    for (let v = 0; v < variants; v++) add(entity, `${primary} ${random.pick(LEGAL)}`, v === 1 ? NameFlag.Former : 0);
  }
  return { table: { version: `synthetic-${aliasCount}`, entities, names }, aliases: names.map(([, name]) => name) };
}

function companyName(random: Random): string {
  const roll = random.next();
  const first = brand(random);
  if (roll < 0.3) return first;
  if (roll < 0.75) return `${first} ${random.pick(SUFFIXES)}`;
  if (roll < 0.85) return `${first} & ${brand(random)}`;
  if (roll < 0.92) return `${first} ${brand(random)} ${random.pick(SUFFIXES)}`;
  if (roll < 0.96) return `${first}.com`;
  return `${initials(random)} ${first} ${random.pick(SUFFIXES)}`;
}

function initials(random: Random): string {
  const letters = 'ABCDEFGHJKLMNPRSTVW';
  return `${letters[random.int(letters.length)]}.${letters[random.int(letters.length)]}.`;
}
