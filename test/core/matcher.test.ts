import { describe, expect, it } from 'vitest';
import { Matcher } from '../../src/core/index';
import { smallTable } from './fixtures';

const table = smallTable();
const matcher = new Matcher(table);

/** Each mention as "text→entity id", in order. */
function found(text: string): string[] {
  return matcher.scan(text).map((mention) => `${text.slice(mention.start, mention.end)}→${table.entities[mention.entity]}`);
}

describe('Matcher', () => {
  it('finds names and aliases as whole words, with offsets into the text', () => {
    const text = 'Yesterday OpenAI said that Scale AI would keep working for Meta.';
    const mentions = matcher.scan(text);
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(['OpenAI', 'Scale AI', 'Meta']);
    expect(mentions[0]).toMatchObject({ start: 10, end: 16 });
  });

  it('never matches inside a longer word', () => {
    expect(found('The Metaverse, OpenAIs and Scaled-up plans.')).toEqual([]);
  });

  it('excludes possessives, straight or curly, from the span', () => {
    expect(found("Meta's deal and Meta’s stake, and OpenAI’s answer.")).toEqual(['Meta→meta', 'Meta→meta', 'OpenAI→openai']);
  });

  it('links a former name to today’s company', () => {
    expect(found('Facebook said it would rename itself.')).toEqual(['Facebook→meta']);
  });

  it('prefers the longest name at a position', () => {
    expect(found('Meta Platforms Inc. reported earnings.')).toEqual(['Meta Platforms Inc.→meta']);
  });

  it('does not take common words for companies', () => {
    expect(found('We walked through apple orchards on a scale of one to ten; a meta-analysis followed. The Amazon rainforest is on the verge of collapse.')).toEqual([]);
  });

  it('trusts a capitalised common name at a sentence start only when the company is named plainly elsewhere', () => {
    expect(found('Apple orchards bloom in May.')).toEqual([]);
    expect(found('Apple sold more phones. Analysts said Apple would grow.')).toEqual(['Apple→apple', 'Apple→apple']);
  });

  it('accepts a company name used as a modifier', () => {
    expect(found('The OpenAI-backed start-up hired staff from Meta-owned units.')).toEqual(['OpenAI→openai', 'Meta→meta']);
  });

  it('folds accents and case variants but not lower-case words', () => {
    expect(found('Nestle and NESTLÉ S.A. and Nestlé.')).toEqual(['Nestle→nestle', 'NESTLÉ S.A.→nestle', 'Nestlé→nestle']);
    expect(found('openai is lower-case here')).toEqual([]);
  });

  it('reads names with punctuation inside', () => {
    expect(found('AT&T and Amazon.com and L’Oréal.')).toEqual(['AT&T→at-t', 'Amazon.com→amazon', 'L’Oréal→loreal']);
  });

  it('finds a name broken across a line, but not across paragraphs', () => {
    expect(found('Shares of Hewlett Packard\nEnterprise rose.')).toEqual(['Hewlett Packard\nEnterprise→hewlett-packard-enterprise']);
    expect(found('Scale\n\nAI')).toEqual([]);
  });

  it('ignores soft hyphens and zero-width characters inside a name', () => {
    const text = 'Open\u00adAI and Ope\u200bnAI';
    expect(matcher.scan(text).map((m) => table.entities[m.entity])).toEqual(['openai', 'openai']);
  });

  it('finds tickers in exchange notation only, and not the exchange', () => {
    expect(found('Meta (NASDAQ: META) and AT&T (NYSE:T) rose; T is a letter.')).toEqual(['Meta→meta', 'META→meta', 'AT&T→at-t', 'T→at-t']);
  });

  it('does not match people, who are owners but not companies', () => {
    expect(found('Jeff Bezos owns a newspaper.')).toEqual([]);
  });

  it('returns mentions sorted and never overlapping', () => {
    const mentions = matcher.scan('Meta Platforms Inc. and Scale AI and Scale AI’s rivals, Meta and OpenAI.');
    for (let i = 1; i < mentions.length; i++) expect(mentions[i].start).toBeGreaterThanOrEqual(mentions[i - 1].end);
  });
});

describe('Matcher on a common name with a possessive', () => {
  it('trusts "Meta’s" even at the start of a text, since a possessive marks a name', () => {
    expect(found('Meta’s stake in Scale AI worried OpenAI.')).toEqual(['Meta→meta', 'Scale AI→scale-ai', 'OpenAI→openai']);
    expect(found("Apple's results beat forecasts.")).toEqual(['Apple→apple']);
  });
});

describe('Matcher on names inside other names', () => {
  it('reads a listed non-company phrase as one unit and reports nothing', () => {
    expect(found('The Dow Jones Industrial Average fell; Dow Jones & Company owns the Journal.')).toEqual(['Dow Jones & Company→dow-jones']);
  });

  it('does not take a name joined to a number for the company', () => {
    expect(found('The AWS-4 band was sold. AWS said it grew.')).toEqual(['AWS→amazon-web-services']);
  });

  it('trusts a name-like common alias at a sentence start, but not an ordinary word', () => {
    expect(found('Oracle agreed to supply chips.')).toEqual(['Oracle→oracle']);
    expect(found('Apple trees need sun.')).toEqual([]);
  });

  it('doubts an ordinary word that opens a longer proper name', () => {
    expect(found('The parks division opened Epic Universe in Orlando.')).toEqual([]);
  });
});

describe('Matcher on people, families and products', () => {
  it('does not take a family for the company', () => {
    expect(found('A holding controlled by the Porsche family and the Porsche and Piëch families.')).toEqual([]);
    expect(found('Neither the Porsche-Piëch clan nor its heirs sold.')).toEqual([]);
  });

  it('does not take a person’s surname for the company', () => {
    expect(found('The descendants of Ferdinand Porsche hold it.')).toEqual([]);
  });

  it('is as unsure of a common name after a sentence-opening "The" as at the sentence start itself', () => {
    expect(found('The Apple harvest was late.')).toEqual([]);
    expect(found('The Apple harvest was late. Shares of Apple fell.')).toEqual(['Apple→apple', 'Apple→apple']);
    expect(found('Shares fell. The Scale of it surprised.')).toEqual([]);
  });

  it('does not take a common name after an initialism for the company: it is part of another name', () => {
    expect(found('Coins from the U.S. Oracle fund and the U.K. Apple board.')).toEqual([]);
    // A name that only follows an initialism elsewhere is still found; so is one after a single initial.
    expect(found('In the U.S. market, shares of Apple rose; J. Apple is no relation.')).toEqual(['Apple→apple', 'Apple→apple']);
  });

  it('reads a lower-case brand only where it is named as a brand', () => {
    expect(found('They run the smart brand together.')).toEqual(['smart→smart']);
    expect(found('A smart move by a smart-thermostat maker.')).toEqual([]);
  });

  it('trusts an ordinary word opening a sentence when a company verb follows', () => {
    expect(found('Intel has slowed construction.')).toEqual(['Intel→intel']);
    expect(found('Intel gathered by spies is rarely shared.')).toEqual([]);
  });

  it('reads a name right after another company’s as its product line', () => {
    expect(found('PCs with Nvidia RTX graphics.')).toEqual(['Nvidia→nvidia']);
    expect(found('RTX raised its forecast. PCs with Nvidia RTX graphics.')).toEqual(['RTX→rtx', 'Nvidia→nvidia', 'RTX→rtx']);
  });
});
