import type { Relationship } from './dataset-types';
import { formatAmount, formatShare } from './format-figures';
import { formatPartialDate } from './partial-date';

export type NameOf = (id: string) => string;

/** Which side of a relationship the reader is looking from. */
export type Perspective = 'subject' | 'object';

interface Parts {
  subject: string;
  object: string;
  share?: string;
  amount?: string;
}

type Template = (parts: Parts) => [fromSubject: string, fromObject: string];

const stake = (p: Parts) => (p.share ? p.share : 'a stake');
const forAmount = (p: Parts) => (p.amount ? ` for ${p.amount}` : '');
const ofAmount = (p: Parts) => (p.amount ? ` ${p.amount}` : '');

/**
 * Sentence templates by type and status. Each gives the full sentence (read
 * from the subject, or anywhere both names are needed) and the phrase a reader
 * sees under the object's own heading ("49% owned by Meta").
 */
const TEMPLATES: Record<Relationship['type'], Partial<Record<Relationship['status'], Template>> & { active: Template }> = {
  'owns-stake': {
    active: (p) => [`${p.subject} owns ${p.share ? `${p.share} of` : 'a stake in'} ${p.object}`, p.share ? `${p.share} owned by ${p.subject}` : `Part-owned by ${p.subject}`],
    ended: (p) => [`${p.subject} owned ${p.share ? `${p.share} of` : 'a stake in'} ${p.object}`, p.share ? `${p.share} formerly owned by ${p.subject}` : `Formerly part-owned by ${p.subject}`],
    announced: (p) => [`${p.subject} agreed to take ${stake(p)} in ${p.object}${forAmount(p)}`, `${p.subject} agreed to take ${stake(p)}${forAmount(p)}`],
    pending: (p) => [`${p.subject} is taking ${stake(p)} in ${p.object}${forAmount(p)} (pending)`, `${p.subject} is taking ${stake(p)}${forAmount(p)} (pending)`],
    abandoned: (p) => [`${p.subject} abandoned its plan to take ${stake(p)} in ${p.object}`, `${p.subject} abandoned its plan to take ${stake(p)}`],
  },
  'parent-of': {
    active: (p) => [p.share ? `${p.subject} controls ${p.object} with ${p.share}` : `${p.subject} owns ${p.object}`, p.share ? `Controlled by ${p.subject} (${p.share})` : `Owned by ${p.subject}`],
    ended: (p) => [`${p.subject} formerly owned ${p.object}`, `Formerly owned by ${p.subject}`],
    announced: (p) => [`${p.subject} plans to take control of ${p.object}`, `${p.subject} plans to take control`],
    pending: (p) => [`${p.subject} is taking control of ${p.object} (pending)`, `${p.subject} is taking control (pending)`],
    abandoned: (p) => [`${p.subject} abandoned its plan to take control of ${p.object}`, `${p.subject} abandoned its plan to take control`],
  },
  acquired: {
    active: (p) => [`${p.subject} acquired ${p.object}${forAmount(p)}`, `Acquired by ${p.subject}${forAmount(p)}`],
    ended: (p) => [`${p.subject} acquired ${p.object}${forAmount(p)}, since divested`, `Acquired by ${p.subject}${forAmount(p)}, since divested`],
    announced: (p) => [`${p.subject} agreed to acquire ${p.object}${forAmount(p)}`, `${p.subject} agreed to acquire it${forAmount(p)}`],
    pending: (p) => [`${p.subject} is acquiring ${p.object}${forAmount(p)} (pending)`, `Being acquired by ${p.subject}${forAmount(p)} (pending)`],
    abandoned: (p) => [`${p.subject} abandoned its deal to buy ${p.object}`, `${p.subject} abandoned its deal to buy it`],
  },
  'invested-in': {
    active: (p) => [`${p.subject} invested${ofAmount(p)} in ${p.object}`, `Backed by ${p.subject}${p.amount ? ` (${p.amount})` : ''}`],
    ended: (p) => [`${p.subject} invested${ofAmount(p)} in ${p.object}, since exited`, `Formerly backed by ${p.subject}`],
    announced: (p) => [`${p.subject} plans to invest${ofAmount(p)} in ${p.object}`, `${p.subject} plans to invest${ofAmount(p)}`],
    pending: (p) => [`${p.subject} is investing${ofAmount(p)} in ${p.object} (pending)`, `${p.subject} is investing${ofAmount(p)} (pending)`],
    abandoned: (p) => [`${p.subject} dropped a planned investment in ${p.object}`, `${p.subject} dropped a planned investment`],
  },
  partner: {
    active: (p) => [`${p.subject} partners with ${p.object}`, `Partners with ${p.subject}`],
    ended: (p) => [`${p.subject} ended its partnership with ${p.object}`, `Partnership with ${p.subject} ended`],
    announced: (p) => [`${p.subject} announced a partnership with ${p.object}`, `Partnership with ${p.subject} announced`],
    pending: (p) => [`${p.subject} is forming a partnership with ${p.object}`, `Partnership with ${p.subject} pending`],
    abandoned: (p) => [`${p.subject} called off a partnership with ${p.object}`, `Partnership with ${p.subject} called off`],
  },
  'customer-of': {
    active: (p) => [`${p.subject} is a client of ${p.object}`, `Counts ${p.subject} as a client`],
    ended: (p) => [`${p.subject} ended its contracts with ${p.object}`, `Lost ${p.subject} as a client`],
    announced: (p) => [`${p.subject} signed a deal to become a client of ${p.object}`, `Signed ${p.subject} as a client`],
    pending: (p) => [`${p.subject} is becoming a client of ${p.object}`, `${p.subject} is becoming a client`],
    abandoned: (p) => [`${p.subject} dropped plans to become a client of ${p.object}`, `${p.subject} dropped plans to become a client`],
  },
  licensed: {
    active: (p) => [`${p.subject} licensed ${p.object}'s technology${forAmount(p)}`, `Licensed its technology to ${p.subject}${forAmount(p)}`],
    ended: (p) => [`${p.subject} licensed ${p.object}'s technology (ended)`, `Licensed its technology to ${p.subject} (ended)`],
    announced: (p) => [`${p.subject} agreed to license ${p.object}'s technology${forAmount(p)}`, `Agreed to license its technology to ${p.subject}`],
    pending: (p) => [`${p.subject} is licensing ${p.object}'s technology (pending)`, `Licensing its technology to ${p.subject} (pending)`],
    abandoned: (p) => [`${p.subject} dropped a deal to license ${p.object}'s technology`, `A licensing deal with ${p.subject} was dropped`],
  },
  merged: {
    active: (p) => [`${p.subject} merged with ${p.object}${p.amount ? ` in a ${p.amount} deal` : ''}`, `Merged with ${p.subject}${p.amount ? ` in a ${p.amount} deal` : ''}`],
    announced: (p) => [`${p.subject} agreed to merge with ${p.object}`, `Agreed to merge with ${p.subject}`],
    pending: (p) => [`${p.subject} is merging with ${p.object} (pending)`, `Merging with ${p.subject} (pending)`],
    abandoned: (p) => [`${p.subject} called off its merger with ${p.object}`, `Merger with ${p.subject} called off`],
  },
};

/** "Databricks'", "OpenAI's". */
function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/**
 * An investment in a funding round, from either side: "Thrive Capital led
 * Databricks' $10B Series J round", "SoftBank led OpenAI's $40B round with
 * about $30B". The round's total is never said as the investor's money.
 */
function renderRound(relationship: Relationship, nameOf: NameOf): [fromSubject: string, fromObject: string] {
  const round = relationship.round!;
  const subject = nameOf(relationship.subject);
  const object = nameOf(relationship.object);
  const described = [round.total && formatAmount(round.total), round.name, 'round'].filter(Boolean).join(' ');
  const own = relationship.amount ? formatAmount(relationship.amount) : undefined;
  const theirs = `${possessive(object)} ${described}`;
  const its = `its ${described}`;
  const led = round.led === true;
  switch (relationship.status) {
    case 'active':
    case 'ended': {
      const since = relationship.status === 'ended' ? ', since exited' : '';
      if (led) {
        const withOwn = own ? ` with ${own}` : '';
        return [`${subject} led ${theirs}${withOwn}${since}`, `${subject} led ${its}${withOwn}${since}`];
      }
      return own ? [`${subject} invested ${own} in ${theirs}${since}`, `${subject} invested ${own} in ${its}${since}`] : [`${subject} invested in ${theirs}${since}`, `${subject} invested in ${its}${since}`];
    }
    case 'announced':
      return [`${subject} plans to ${led ? 'lead' : 'invest in'} ${theirs}`, `${subject} plans to ${led ? 'lead' : 'invest in'} ${its}`];
    case 'pending':
      return [`${subject} is ${led ? 'leading' : 'investing in'} ${theirs} (pending)`, `${subject} is ${led ? 'leading' : 'investing in'} ${its} (pending)`];
    case 'abandoned':
      return [`${subject} dropped a planned investment in ${theirs}`, `${subject} dropped a planned investment in ${its}`];
  }
}

/** "(since Jun 2025)", "(Jul 2019 – Jun 2025)", "(announced Sep 2025)". */
export function renderWhen(relationship: Relationship): string {
  const start = relationship.start && formatPartialDate(relationship.start);
  const end = relationship.end && formatPartialDate(relationship.end);
  switch (relationship.status) {
    case 'active':
      if (!start) return '';
      return relationship.type === 'acquired' || relationship.type === 'merged' ? `(${start})` : `(since ${start})`;
    case 'ended':
      if (start && end) return start === end ? `(${end})` : `(${start} – ${end})`;
      return end ? `(${end})` : start ? `(from ${start})` : '';
    case 'announced':
    case 'pending':
      return start ? `(announced ${start})` : '';
    case 'abandoned':
      return end ? `(${end})` : start ? `(${start})` : '';
  }
}

/**
 * The relationship as one plain sentence, from either side. Sentences are
 * always rendered from the data, never written by hand, so a fact reads the
 * same everywhere it appears.
 */
export function renderRelationship(relationship: Relationship, nameOf: NameOf, perspective: Perspective = 'subject'): string {
  const parts: Parts = {
    subject: nameOf(relationship.subject),
    object: nameOf(relationship.object),
    share: relationship.share === undefined ? undefined : formatShare(relationship.share),
    amount: relationship.amount === undefined ? undefined : formatAmount(relationship.amount),
  };
  const templates = TEMPLATES[relationship.type];
  const template = templates[relationship.status] ?? templates.active;
  const [fromSubject, fromObject] = relationship.type === 'invested-in' && relationship.round ? renderRound(relationship, nameOf) : template(parts);
  const when = renderWhen(relationship);
  const sentence = perspective === 'subject' ? fromSubject : fromObject;
  if (!relationship.unconfirmed) return when ? `${sentence} ${when}` : sentence;
  // Unconfirmed facts say so inside the same brackets: "(Jun 2025, reported)".
  return when ? `${sentence} ${when.slice(0, -1)}, reported)` : `${sentence} (reported)`;
}
