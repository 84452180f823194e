import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Matcher } from '../../src/core/index';
import { Matcher as TodaysMatcher } from '../bench/baseline-matcher/matcher';
import { smallTable } from './fixtures';
import { newsish, SAMPLE_TEXTS } from './matcher-texts';

/**
 * The single-pass matcher reads only small windows of tokens around likely
 * names; these compare it with the matcher that tokenized the whole text
 * (kept for the benchmark), candidate for candidate, rule for rule.
 */
const table = smallTable();
const matcher = new Matcher(table);
const todays = new TodaysMatcher(table);

describe('Matcher against the whole-text matcher it replaced', () => {
  it('finds the same candidates in the sample texts', () => {
    for (const text of SAMPLE_TEXTS) expect(matcher.findCandidates(text)).toEqual(todays.findCandidates(text));
  });

  it('finds the same candidates in random texts, whole and in slices', () => {
    fc.assert(
      fc.property(fc.array(newsish, { minLength: 1, maxLength: 4 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const text = parts.join(' ');
        expect(matcher.findCandidates(text)).toEqual(todays.findCandidates(text));
        const from = text.length === 0 ? 0 : a % text.length;
        const to = from + (text.length === from ? 0 : b % (text.length - from));
        expect(matcher.findCandidates(text, from, to)).toEqual(todays.findCandidates(text, from, to));
      }),
      { numRuns: 1000 },
    );
  });
});
