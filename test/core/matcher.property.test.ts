import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Matcher, resolveCandidates } from '../../src/core/index';
import { smallTable } from './fixtures';

const matcher = new Matcher(smallTable());

/** Text made of company names, traps, punctuation and arbitrary Unicode, so matches actually happen. */
const newsish = fc
  .array(
    fc.oneof(
      fc.constantFrom('Meta', 'Meta’s', "Scale AI's", 'Scale', 'apple', 'Apple', 'AT&T', 'Nestlé', 'NESTLE', 'OpenAI', '(NASDAQ: META)', 'Hewlett Packard\nEnterprise', 'Amazon.com', 'L’Oréal'),
      fc.constantFrom(' ', ' ', '. ', ', ', '\n', '\n\n', '-', '’', '\u00ad', '\u200b', '“', '"'),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

describe('Matcher properties', () => {
  it('never throws, and returns in-bounds, sorted, non-overlapping mentions', () => {
    fc.assert(
      fc.property(newsish, (text) => {
        const mentions = matcher.scan(text);
        let previousEnd = 0;
        for (const mention of mentions) {
          expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
          expect(mention.end).toBeGreaterThan(mention.start);
          expect(mention.end).toBeLessThanOrEqual(text.length);
          previousEnd = mention.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('finds the same mentions in a text scanned whole or paragraph by paragraph', () => {
    fc.assert(
      fc.property(fc.array(newsish, { minLength: 1, maxLength: 6 }), (paragraphs) => {
        const text = paragraphs.join('\n\n');
        const candidates = [];
        let from = 0;
        for (const paragraph of paragraphs) {
          candidates.push(...matcher.findCandidates(text, from, from + paragraph.length));
          from += paragraph.length + 2;
        }
        expect(resolveCandidates(candidates)).toEqual(matcher.scan(text));
      }),
      { numRuns: 300 },
    );
  });

  it('is unaffected by where a text sits inside a larger string', () => {
    fc.assert(
      fc.property(newsish, newsish, (before, text) => {
        const host = `${before}\n\n${text}`;
        const offset = before.length + 2;
        const alone = matcher.scan(text).map((m) => [m.start + offset, m.end + offset, m.entity]);
        const inside = resolveCandidates(matcher.findCandidates(host, offset, host.length)).map((m) => [m.start, m.end, m.entity]);
        expect(inside).toEqual(alone);
      }),
      { numRuns: 300 },
    );
  });
});
