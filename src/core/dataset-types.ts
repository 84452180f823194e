/**
 * The dataset's schema: what curators write in `src/data/**.json` and what the
 * validator checks. Shaped after the Beneficial Ownership Data Standard's
 * statements and Wikidata's ownership properties, so facts imported from open
 * data fit without loss.
 */

/** A calendar date as precise as the source: "2025", "2025-06" or "2025-06-12". */
export type PartialDate = string;

export const ENTITY_KINDS = ['company', 'outlet', 'fund', 'person', 'government', 'nonprofit'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export interface Alias {
  name: string;
  /** The alias is also an ordinary word or phrase ("Apple", "Scale", "Target"): matched only in its exact case and with care. */
  common?: boolean;
  /** A former name: the company no longer uses it. */
  former?: boolean;
  /** When the alias came into use / stopped applying. */
  from?: PartialDate;
  until?: PartialDate;
}

export interface Entity {
  /** Stable kebab-case slug; never reused for another entity. */
  id: string;
  /** The name a news reader knows ("Meta", not "Meta Platforms, Inc."). */
  name: string;
  kind: EntityKind;
  legalName?: string;
  /** The display name is matched too; list it here only to flag it (e.g. `common`). */
  aliases?: Alias[];
  /** Exchange-qualified tickers: "NASDAQ:META". */
  tickers?: string[];
  /** Wikidata QID, only where verified: "Q380". */
  wikidata?: string;
  website?: string;
  /** ISO 3166-1 alpha-2 country of headquarters. */
  country?: string;
  sector?: string;
  description?: string;
  /** Who controls it, for a company no single owner in the dataset controls (or to say it is widely held). */
  ownership?: Ownership;
}

export const OWNERSHIP_STATUSES = ['widely-held', 'listed', 'state-owned', 'family-controlled', 'employee-owned', 'cooperative', 'privately-held', 'subsidiary'] as const;
export type OwnershipStatus = (typeof OWNERSHIP_STATUSES)[number];

export interface Ownership {
  status: OwnershipStatus;
  /** Exchange codes where its shares trade: "NYSE", "LSE". */
  listed?: string[];
  /** Entity id of the state, family or controller. */
  by?: string;
  sources?: Source[];
  asOf?: PartialDate;
}

export const RELATIONSHIP_TYPES = ['owns-stake', 'parent-of', 'acquired', 'invested-in', 'partner', 'customer-of', 'licensed', 'merged'] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const RELATIONSHIP_STATUSES = ['active', 'ended', 'announced', 'pending', 'abandoned'] as const;
export type RelationshipStatus = (typeof RELATIONSHIP_STATUSES)[number];

/** A percentage, exact or as a reported range. */
export type Share = number | { min: number; max: number };

export interface Amount {
  value: number;
  /** ISO 4217 code. */
  currency: string;
  /** Reported as "about" or "up to" this figure. */
  approximate?: boolean;
}

export const SOURCE_KINDS = ['press', 'company', 'filing', 'reference'] as const;
/** A news report, the company's own statement, a regulatory filing, or a reference work such as Wikipedia. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Source {
  publisher: string;
  title: string;
  /** The page's own publication date, when it has one (reference works usually don't). */
  date?: PartialDate;
  /** Only where it is known to exist; `https:` only. */
  url?: string;
  /** YYYY-MM-DD on which someone read a copy of this source that states the fact; absent when nobody has. */
  checked?: string;
  kind?: SourceKind;
}

/** The funding round an `invested-in` took part in. */
export interface Round {
  /** "Series J", "seed". */
  name?: string;
  /** The whole round, from every investor. */
  total?: Amount;
  /** The subject led (or anchored) the round. */
  led?: boolean;
}

export interface Relationship {
  subject: string;
  type: RelationshipType;
  object: string;
  share?: Share;
  /** The subject's own money: never a round's or a deal's total that others paid into too. */
  amount?: Amount;
  /** Only on `invested-in`. */
  round?: Round;
  start?: PartialDate;
  end?: PartialDate;
  status: RelationshipStatus;
  /** Reported by the press but not confirmed by the parties. */
  unconfirmed?: boolean;
  /** A few words a reader needs ("non-voting", "via Microsoft"), never a whole sentence. */
  note?: string;
  sources: Source[];
  /** When a curator last checked this fact. */
  asOf: PartialDate;
}

/**
 * A phrase that contains a company's name but names something else: an index
 * ("Dow Jones Industrial Average"), a place, an event. The matcher reads it
 * as one unit and reports nothing.
 */
export interface NotACompany {
  phrase: string;
  why: string;
}

/**
 * One human-edited source file: `entities/<first char>/<id>.json` holds one
 * `entity` and the relationships whose subject it is; `not-companies.json`
 * holds `notCompanies`. `entities` (several per file) is still read, for tests
 * and tools.
 */
export interface DatasetFile {
  entity?: Entity;
  entities?: Entity[];
  relationships?: Relationship[];
  notCompanies?: NotACompany[];
}

export interface Dataset {
  version: string;
  asOf: PartialDate;
  entities: Entity[];
  relationships: Relationship[];
  notCompanies: NotACompany[];
}
