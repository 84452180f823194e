/**
 * A bigger dataset than curators will write for years, for the benchmarks:
 * the real entities and relationships, plus invented, plausible companies
 * ("Brantel Holdings", "Quorvé Labs Inc.") with 1–4 aliases each, some
 * tickers, and relationships among them (about 2.5 per entity), all valid
 * per `validateDataset`. Deterministic from the seed, so two builds of the
 * same size are byte for byte the same.
 *
 * Sizes: the name table counts every label (display name, legal name,
 * aliases) and ticker of a company, outlet or fund; an invented entity has
 * about 2.5 of them, so 40,000 entities make about 100,000 names.
 */
import { brand, SUFFIXES } from './invented-names';
import { seededRandom, type Random } from './seeded-random';
import { RELATIONSHIP_STATUSES, type Alias, type Dataset, type Entity, type EntityKind, type Relationship, type RelationshipStatus, type RelationshipType } from '../core/dataset-types';
import { entityLabels, relationshipKey } from '../core/validate-dataset';

const LEGAL = ['Inc.', 'Ltd.', 'Co.', 'plc', 'AG', 'S.A.', 'N.V.', 'Corp.', 'LLC', 'GmbH', 'SE'];
const EXCHANGES = ['NYSE', 'NASDAQ', 'LSE', 'XETRA', 'TSE', 'EPA'];
const COUNTRIES = ['US', 'US', 'US', 'GB', 'DE', 'FR', 'JP', 'CN', 'KR', 'IN', 'CA', 'NL', 'SE', 'CH', 'BR'];
const SECTORS = ['software', 'finance', 'media', 'consumer', 'autos', 'semiconductors', 'energy', 'health', 'retail', 'telecom', 'ai', 'industrials'];
const TYPES: RelationshipType[] = ['owns-stake', 'parent-of', 'acquired', 'invested-in', 'partner', 'customer-of', 'licensed', 'merged'];
const PUBLISHERS = ['Reuters', 'Bloomberg', 'Financial Times', 'SEC EDGAR', 'Company filing', 'The Wall Street Journal'];

/**
 * The real dataset grown to `targetEntities` entities (or left as is if it
 * already has that many). Relationships are added until the whole dataset
 * has about 2.5 per entity.
 */
export function syntheticDataset(base: Dataset, targetEntities: number, seed = 0x5eed): Dataset {
  const random = seededRandom(seed);
  const entities: Entity[] = [...base.entities];
  const relationships: Relationship[] = [...base.relationships];
  const ids = new Set(entities.map((entity) => entity.id));
  // Names are kept distinct from every existing one (as the validator's collision check compares them: lower case).
  const taken = new Set<string>();
  for (const entity of entities) for (const label of entityLabels(entity)) taken.add(label.name.toLocaleLowerCase('en'));
  for (const { phrase } of base.notCompanies) taken.add(phrase.toLocaleLowerCase('en'));
  const claim = (name: string) => {
    const key = name.toLocaleLowerCase('en');
    if (taken.has(key)) return false;
    taken.add(key);
    return true;
  };

  const invented: string[] = [];
  let serial = 0;
  while (entities.length < targetEntities) {
    serial++;
    const name = companyName(random);
    if (!claim(name)) continue;
    const id = `syn-${slug(name)}-${serial.toString(36)}`;
    if (ids.has(id)) continue;
    ids.add(id);
    const kind: EntityKind = random.chance(0.85) ? 'company' : random.chance(0.6) ? 'fund' : 'outlet';
    const entity: Entity = { id, name, kind };
    // 1–4 aliases: mostly one (the legal name's short form), a few companies with many.
    const roll = random.next();
    const aliasCount = roll < 0.7 ? 1 : roll < 0.9 ? 2 : roll < 0.97 ? 3 : 4;
    const aliases: Alias[] = [];
    for (let attempt = 0; aliases.length < aliasCount && attempt < 12; attempt++) {
      const alias = aliasOf(name, aliases.length, random);
      if (!claim(alias.name)) continue;
      aliases.push(alias);
    }
    if (aliases.length > 0) entity.aliases = aliases;
    if (random.chance(0.12)) entity.tickers = [`${random.pick(EXCHANGES)}:${ticker(serial)}`];
    entity.country = random.pick(COUNTRIES);
    entity.sector = random.pick(SECTORS);
    if (random.chance(0.5)) entity.description = `${entity.sector} ${kind} (synthetic, for benchmarks)`;
    entities.push(entity);
    invented.push(id);
  }

  // Relationships among the invented companies, with now and then a real one on either side.
  const realIds = base.entities.map((entity) => entity.id);
  const realSet = new Set(realIds);
  const keys = new Set(relationships.map(relationshipKey));
  const stakes = new Map<string, number>();
  for (const r of relationships) {
    if (r.type === 'owns-stake' && r.status === 'active' && r.share !== undefined) {
      stakes.set(r.object, (stakes.get(r.object) ?? 0) + (typeof r.share === 'number' ? r.share : r.share.min));
    }
  }
  // The validator rejects contradictions (two owners of all of a company, a pair both active and ended):
  // each invented pair is tied once, and each company wholly owned by one owner at most.
  const pairs = new Set(relationships.map((r) => [r.subject, r.object].sort().join('|')));
  const whollyOwned = new Set(relationships.filter((r) => r.status === 'active' && (r.type === 'acquired' || r.share === 100)).map((r) => r.object));
  const targetRelationships = Math.round(entities.length * 2.5);
  const pickId = () => (realIds.length > 0 && random.chance(0.05) ? random.pick(realIds) : random.pick(invented));
  for (let attempt = 0; invented.length > 1 && relationships.length < targetRelationships && attempt < targetRelationships * 4; attempt++) {
    const subject = pickId();
    const object = pickId();
    if (subject === object || pairs.has([subject, object].sort().join('|'))) continue;
    const type = random.pick(TYPES);
    const year = 1995 + random.int(30);
    const start = random.chance(0.7) ? `${year}-${String(1 + random.int(12)).padStart(2, '0')}` : undefined;
    const relationship: Relationship = { subject, type, object, status: 'active', sources: [], asOf: '2025-11' };
    if (start) relationship.start = start;
    if (keys.has(relationshipKey(relationship))) continue;
    relationship.status = statusFor(type, random);
    if (relationship.status === 'ended' && start && random.chance(0.7)) relationship.end = String(Math.min(2025, year + 1 + random.int(8)));
    if (type === 'owns-stake' || type === 'parent-of' || type === 'acquired') {
      if (type === 'owns-stake' && relationship.status === 'active') {
        const share = 1 + random.int(15);
        const total = stakes.get(object) ?? 0;
        if (total + share <= 100) {
          relationship.share = share;
          stakes.set(object, total + share);
        }
      } else if (type !== 'owns-stake' && random.chance(0.3)) relationship.share = 100;
    }
    if ((type === 'acquired' || type === 'invested-in') && random.chance(0.6)) {
      relationship.amount = { value: (1 + random.int(900)) * 1_000_000, currency: 'USD', ...(random.chance(0.3) ? { approximate: true as const } : {}) };
    }
    // A real company keeps its real owners: invented ones never take control of it.
    if ((type === 'acquired' || type === 'parent-of') && realSet.has(object)) continue;
    const owning = relationship.status === 'active' && (type === 'acquired' || relationship.share === 100);
    if (owning && whollyOwned.has(object)) continue;
    if (owning) whollyOwned.add(object);
    pairs.add([subject, object].sort().join('|'));
    if (random.chance(0.05)) relationship.unconfirmed = true;
    if (random.chance(0.1)) relationship.note = 'via a subsidiary';
    relationship.sources = [{ publisher: random.pick(PUBLISHERS), title: `${type} filing ${relationships.length}`, date: '2025-11' }];
    keys.add(relationshipKey(relationship));
    relationships.push(relationship);
  }

  return { version: `${base.version}+synthetic-${targetEntities}`, asOf: base.asOf, entities, relationships, notCompanies: [...base.notCompanies] };
}

function statusFor(type: RelationshipType, random: Random): RelationshipStatus {
  if (type === 'acquired' || type === 'merged') return random.chance(0.9) ? 'active' : random.pick(['announced', 'pending', 'abandoned'] as const);
  return random.chance(0.8) ? 'active' : random.pick(RELATIONSHIP_STATUSES.filter((status) => status !== 'active'));
}

function aliasOf(name: string, index: number, random: Random): Alias {
  if (index === 0) return { name: `${name} ${random.pick(LEGAL)}` };
  const roll = random.next();
  if (roll < 0.4) return { name: `${brand(random)} ${random.pick(SUFFIXES)}`, former: true, until: String(2000 + random.int(25)) };
  if (roll < 0.7) return { name: `${name} ${random.pick(SUFFIXES)}` };
  if (roll < 0.9) return { name: `${name.split(' ')[0]} ${random.pick(LEGAL)}` };
  return { name: `${name} International` };
}

function companyName(random: Random): string {
  const roll = random.next();
  const first = brand(random);
  if (roll < 0.3) return first;
  if (roll < 0.75) return `${first} ${random.pick(SUFFIXES)}`;
  if (roll < 0.85) return `${first} & ${brand(random)}`;
  if (roll < 0.93) return `${first} ${brand(random)} ${random.pick(SUFFIXES)}`;
  return `${first}.com`;
}

/** Letters only, unique per serial: "ZB", "ZC", … */
function ticker(serial: number): string {
  let text = '';
  for (let n = serial; n > 0; n = Math.floor(n / 26)) text = String.fromCharCode(65 + (n % 26)) + text;
  return `Z${text}`;
}

function slug(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'company'
  );
}
