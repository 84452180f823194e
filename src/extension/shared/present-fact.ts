import { describeRelationship, type Amount, type Fact, type NameOf, type Perspective, type Relationship, type RelationshipType } from '../../core/index';
import { formatAmountIntl, formatPartialDateIntl, formatShareIntl } from './format';
import type { MessageKey, Translate } from './message-format';

/**
 * The one place a relationship becomes text for a reader: the popup's facts,
 * the hover card (rendered by the background), the copied text and the
 * graph's edge labels. The core picks the sentence and its raw values
 * (`describeRelationship`); this looks the sentence up in the reader's
 * language and formats names, figures and dates with Intl. Pure: the
 * translator and the locale are passed in.
 */

export interface Presenter {
  t: Translate;
  locale: string;
}

/** French elides "de" and "que" before a vowel ("d’OpenAI", "qu’Apple"): done once, after the names are in. */
const ELISION = /(^|[\s(«“])([dD]e|[qQ]ue) (?=[AEIOUÂÀÉÈÊÎÔÛaeiouâàéèêîôû])/g;

function polish(text: string, locale: string): string {
  return /^fr\b/i.test(locale) ? text.replace(ELISION, (_, before: string, word: string) => `${before}${word.slice(0, -1)}’`) : text;
}

/** "$13B", "about $30B" / "rund 30 Mrd. $". */
export function presentAmount(amount: Amount, { t, locale }: Presenter): string {
  const figure = formatAmountIntl(amount, locale);
  return amount.approximate ? t('amountAbout', figure) : figure;
}

/** The relationship as one sentence in the reader's language, from either side. */
export function presentRelationship(relationship: Relationship, nameOf: NameOf, perspective: Perspective, presenter: Presenter): string {
  const { t, locale } = presenter;
  const message = describeRelationship(relationship, nameOf, perspective);
  const lookup = (key: string, ...args: string[]) => t(key as MessageKey, ...args);
  let round = '';
  if (message.round) {
    const { key, owner, ownerKey, total, name } = message.round;
    round = lookup(key, owner && ownerKey ? lookup(ownerKey, owner) : '', total ? presentAmount(total, presenter) : '', name ?? '');
  }
  const sentence = lookup(message.key, message.subject, message.object, message.share === undefined ? '' : formatShareIntl(message.share, locale), message.amount ? presentAmount(message.amount, presenter) : '', round);
  const text = message.when ? t('factWithWhen', sentence, lookup(message.when.key, ...message.when.dates.map((date) => formatPartialDateIntl(date, locale)))) : sentence;
  return polish(text, locale);
}

/** A fact of `DatasetIndex.factsFor`: under its company's heading, or (`full`) naming both sides. */
export function presentFact(fact: Fact, nameOf: NameOf, presenter: Presenter, full = false): string {
  return presentRelationship(fact.relationship, nameOf, full ? 'subject' : fact.perspective, presenter);
}

const TYPE_LABELS: Record<RelationshipType, MessageKey> = {
  'owns-stake': 'edgeOwnsStake',
  'parent-of': 'edgeParentOf',
  acquired: 'edgeAcquired',
  'invested-in': 'edgeInvestedIn',
  partner: 'edgePartner',
  'customer-of': 'edgeCustomerOf',
  licensed: 'edgeLicensed',
  merged: 'edgeMerged',
};

/** The year of a partial date, through Intl like every other date. */
const yearOf = (date: string, locale: string) => formatPartialDateIntl(date.slice(0, 4), locale);

/**
 * The short form, for a line in the graph: "ended 2022" for a past tie, the
 * share ("49%"), "acquired 2022", the amount ("$13B"), else the kind of tie
 * ("owns", "partner").
 */
export function presentShort(relationship: Relationship, { t, locale }: Presenter): string {
  if (relationship.status === 'ended' || relationship.status === 'abandoned') {
    const when = relationship.end ?? relationship.start;
    return when ? t('edgeEndedIn', yearOf(when, locale)) : t('edgeEnded');
  }
  if (relationship.share !== undefined) return formatShareIntl(relationship.share, locale);
  if (relationship.type === 'acquired' && relationship.status === 'active' && relationship.start) return t('edgeAcquiredIn', yearOf(relationship.start, locale));
  if (relationship.amount !== undefined) return presentAmount(relationship.amount, { t, locale });
  return t(TYPE_LABELS[relationship.type]);
}
