import type { Amount, PartialDate, Relationship, RelationshipStatus, RelationshipType, Share } from './dataset-types';
import type { NameOf, Perspective } from './render-relationship';

/**
 * A relationship as a message to translate: which sentence (a message key of
 * the extension's `_locales`) and its raw arguments, never formatted. The
 * extension looks the key up in the reader's language and formats the figures
 * and dates with Intl (`src/extension/shared/present-fact.ts`); the CLI keeps
 * `renderRelationship`, whose English the English messages reproduce.
 *
 * Sentence keys are `fact<Type><Status><Subj|Obj>[Share][Amount]`, funding
 * rounds `factRound<Status>[Led][Own]` with the round as a phrase of its own;
 * every key takes the same positional arguments (see `FACT_ARGUMENTS`).
 */

export interface RelationshipMessage {
  /** The sentence: "$SUBJECT$ owns $SHARE$ of $OBJECT$". */
  key: string;
  subject: string;
  object: string;
  share?: Share;
  /** The subject's own money. */
  amount?: Amount;
  /** For an investment in a funding round: the round, as a phrase ("Databricks' $10B Series J round"). */
  round?: RoundMessage;
  /** When, in brackets: "(since Jun 2025)"; absent when the data has no date. */
  when?: WhenMessage;
  status: RelationshipStatus;
  /** Reported but not confirmed: said inside the brackets of `when` ("…, reported)"). */
  unconfirmed: boolean;
}

export interface RoundMessage {
  /** `roundTheirs…` (named with its company) or `roundIts…` (under the company's own heading). */
  key: string;
  /** The company that raised the round, for `roundTheirs…`. */
  owner?: string;
  /** How the owner is named in the phrase: `roundOwnerS` for a name ending in s ("Databricks'"), else `roundOwner` ("OpenAI's"). */
  ownerKey?: string;
  total?: Amount;
  name?: string;
}

export interface WhenMessage {
  /** `whenSince`, `whenDate`, `whenRange`, `whenFrom`, `whenAnnounced`, each with a `…Reported` form. */
  key: string;
  /** `$DATE$`/`$START$` is the first, `$END$` the second. */
  dates: PartialDate[];
}

/** The positional arguments of every sentence key, in order: $1 is the subject's name, and so on. */
export const FACT_ARGUMENTS = ['subject', 'object', 'share', 'amount', 'round'] as const;
/** The positional arguments of every round phrase key. */
export const ROUND_ARGUMENTS = ['owner', 'total', 'name'] as const;
/** The positional arguments of every when key. */
export const WHEN_ARGUMENTS = ['date', 'end'] as const;

const TYPE_NAMES: Record<RelationshipType, string> = {
  'owns-stake': 'OwnsStake',
  'parent-of': 'ParentOf',
  acquired: 'Acquired',
  'invested-in': 'InvestedIn',
  partner: 'Partner',
  'customer-of': 'CustomerOf',
  licensed: 'Licensed',
  merged: 'Merged',
};

const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);

type Part = 'share' | 'amount';
/** Which figures each sentence says, from the subject's side and from the object's (empty: neither). */
type Says = [fromSubject: Part[], fromObject: Part[]];
const NONE: Says = [[], []];
const SHARE: Says = [['share'], ['share']];
const AMOUNT: Says = [['amount'], ['amount']];
const BOTH: Says = [
  ['share', 'amount'],
  ['share', 'amount'],
];

/** Mirrors the templates of `render-relationship.ts`: the figures each of its sentences names. */
export const SENTENCE_PARTS: Record<RelationshipType, Partial<Record<RelationshipStatus, Says>> & { active: Says }> = {
  'owns-stake': { active: SHARE, ended: SHARE, announced: BOTH, pending: BOTH, abandoned: SHARE },
  'parent-of': { active: SHARE, ended: NONE, announced: NONE, pending: NONE, abandoned: NONE },
  acquired: { active: AMOUNT, ended: AMOUNT, announced: AMOUNT, pending: AMOUNT, abandoned: NONE },
  'invested-in': { active: AMOUNT, ended: [['amount'], []], announced: AMOUNT, pending: AMOUNT, abandoned: NONE },
  partner: { active: NONE, ended: NONE, announced: NONE, pending: NONE, abandoned: NONE },
  'customer-of': { active: NONE, ended: NONE, announced: NONE, pending: NONE, abandoned: NONE },
  licensed: { active: AMOUNT, ended: NONE, announced: [['amount'], []], pending: NONE, abandoned: NONE },
  // A merger that ended reads as the merger it was; its dates say when.
  merged: { active: AMOUNT, announced: NONE, pending: NONE, abandoned: NONE },
};

/** The sentence key for a type, status and side, with the figures the relationship has. */
export function sentenceKey(type: RelationshipType, status: RelationshipStatus, perspective: Perspective, has: { share: boolean; amount: boolean }): string {
  const table = SENTENCE_PARTS[type];
  const effective = table[status] ? status : 'active';
  const parts = table[effective]![perspective === 'subject' ? 0 : 1];
  const flags = parts
    .filter((part) => has[part])
    .map(capital)
    .join('');
  return `fact${TYPE_NAMES[type]}${capital(effective)}${perspective === 'subject' ? 'Subj' : 'Obj'}${flags}`;
}

/** The round sentence key: `factRoundActiveLedOwn`. */
export function roundKey(status: RelationshipStatus, led: boolean, own: boolean): string {
  const figures = status === 'active' || status === 'ended' ? `${led ? 'Led' : ''}${own ? 'Own' : ''}` : status === 'abandoned' ? '' : led ? 'Led' : '';
  return `factRound${capital(status)}${figures}`;
}

/** The round phrase key: `roundTheirsTotalName`, `roundIts`. */
export function roundPhraseKey(perspective: Perspective, total: boolean, name: boolean): string {
  return `round${perspective === 'subject' ? 'Theirs' : 'Its'}${total ? 'Total' : ''}${name ? 'Name' : ''}`;
}

/** Same year and month: shown as one date ("(Jun 2025)", not "(Jun 2025 – Jun 2025)"). */
const sameMonth = (a: PartialDate, b: PartialDate) => a.slice(0, 7) === b.slice(0, 7);

/** Mirrors `renderWhen`: which bracket, with which dates. */
export function describeWhen(relationship: Relationship): WhenMessage | undefined {
  const { start, end } = relationship;
  const at = (key: string, ...dates: PartialDate[]): WhenMessage => ({ key, dates });
  switch (relationship.status) {
    case 'active':
      if (!start) return undefined;
      return relationship.type === 'acquired' || relationship.type === 'merged' ? at('whenDate', start) : at('whenSince', start);
    case 'ended':
      if (start && end) return sameMonth(start, end) ? at('whenDate', end) : at('whenRange', start, end);
      return end ? at('whenDate', end) : start ? at('whenFrom', start) : undefined;
    case 'announced':
    case 'pending':
      return start ? at('whenAnnounced', start) : undefined;
    case 'abandoned':
      return end ? at('whenDate', end) : start ? at('whenDate', start) : undefined;
  }
}

/**
 * The relationship as a message key and raw arguments, from either side: the
 * same sentence `renderRelationship` writes, ready to be said in any language.
 */
export function describeRelationship(relationship: Relationship, nameOf: NameOf, perspective: Perspective = 'subject'): RelationshipMessage {
  const has = { share: relationship.share !== undefined, amount: relationship.amount !== undefined };
  const round = relationship.type === 'invested-in' ? relationship.round : undefined;
  const subject = nameOf(relationship.subject);
  const object = nameOf(relationship.object);
  const key = round ? roundKey(relationship.status, round.led === true, has.amount) : sentenceKey(relationship.type, relationship.status, perspective, has);
  const when = describeWhen(relationship);
  const unconfirmed = relationship.unconfirmed === true;
  const message: RelationshipMessage = { key, subject, object, status: relationship.status, unconfirmed };
  if (relationship.share !== undefined) message.share = relationship.share;
  if (relationship.amount !== undefined) message.amount = relationship.amount;
  if (round) {
    message.round = { key: roundPhraseKey(perspective, round.total !== undefined, round.name !== undefined) };
    if (perspective === 'subject') {
      message.round.owner = object;
      message.round.ownerKey = /s$/i.test(object) ? 'roundOwnerS' : 'roundOwner';
    }
    if (round.total) message.round.total = round.total;
    if (round.name) message.round.name = round.name;
  }
  if (when) message.when = unconfirmed ? { key: `${when.key}Reported`, dates: when.dates } : when;
  else if (unconfirmed) message.when = { key: 'whenReported', dates: [] };
  return message;
}

/** Every sentence, round and when key `describeRelationship` can give: each must be in every locale. */
export function allRelationshipMessageKeys(): string[] {
  const keys = new Set<string>();
  const statuses: RelationshipStatus[] = ['active', 'ended', 'announced', 'pending', 'abandoned'];
  for (const type of Object.keys(TYPE_NAMES) as RelationshipType[])
    for (const status of statuses) for (const perspective of ['subject', 'object'] as const) for (const share of [false, true]) for (const amount of [false, true]) keys.add(sentenceKey(type, status, perspective, { share, amount }));
  for (const status of statuses) for (const led of [false, true]) for (const own of [false, true]) keys.add(roundKey(status, led, own));
  for (const perspective of ['subject', 'object'] as const) for (const total of [false, true]) for (const name of [false, true]) keys.add(roundPhraseKey(perspective, total, name));
  for (const when of ['whenSince', 'whenDate', 'whenRange', 'whenFrom', 'whenAnnounced']) keys.add(when).add(`${when}Reported`);
  keys.add('whenReported').add('roundOwner').add('roundOwnerS');
  return [...keys].sort();
}
