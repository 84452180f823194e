import fc from 'fast-check';

/** Texts that exercise the matcher's rules on the small fixture table (see fixtures.ts). */
export const SAMPLE_TEXTS = [
  'Yesterday OpenAI said that Scale AI would keep working for Meta.',
  "Meta's deal and Meta’s stake, and OpenAI’s answer.",
  'Facebook said it would rename itself.',
  'Meta Platforms Inc. reported earnings.',
  'We walked through apple orchards on a scale of one to ten; a meta-analysis followed. The Amazon rainforest is on the verge of collapse.',
  'Apple orchards bloom in May.',
  'Apple sold more phones. Analysts said Apple would grow.',
  'The OpenAI-backed start-up hired staff from Meta-owned units.',
  'Nestle and NESTLÉ S.A. and Nestlé.',
  'AT&T and Amazon.com and L’Oréal.',
  'Shares of Hewlett Packard\nEnterprise rose.',
  'Scale\n\nAI',
  'Meta (NASDAQ: META) and AT&T (NYSE:T) rose; T is a letter.',
  'The Dow Jones Industrial Average fell; Dow Jones & Company owns the Journal.',
  'The AWS-4 band was sold. AWS said it grew.',
  'A holding controlled by the Porsche family and the Porsche and Piëch families.',
  'The descendants of Ferdinand Porsche hold it.',
  'They run the smart brand together. A smart move by a smart-thermostat maker.',
  'Intel has slowed construction.\nIntel gathered by spies is rarely shared.',
  'RTX raised its forecast. PCs with Nvidia RTX graphics.',
  'APPLE AND META SHARES FALL\n\nThe Verge reported that “Apple” and (Meta) see meta.com and @Meta and Meta.ai.com.',
  'Big Tech Earnings Season Begins For Apple\nApple said so.',
  '“““““““““““““““ Apple shares rose, «Apple» said, — Oracle said.',
];

/** Text made of company names, traps, punctuation and arbitrary Unicode, so matches actually happen. */
export const newsish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'Meta',
        'Meta’s',
        "Scale AI's",
        'Scale',
        'apple',
        'Apple',
        'APPLE',
        'AT&T',
        'Nestlé',
        'NESTLE',
        'OpenAI',
        '(NASDAQ: META)',
        'NYSE:T',
        'Hewlett Packard\nEnterprise',
        'Amazon.com',
        'L’Oréal',
        'Porsche family',
        'Ferdinand Porsche',
        'smart brand',
        'The Verge',
        'Dow Jones Industrial Average',
        'Intel has',
        'Nvidia RTX',
        'AWS-4',
      ),
      fc.constantFrom(' ', ' ', '. ', ', ', '\n', '\n\n', '\r\n', '-', '’', '\u00ad', '\u200b', '“', '"', '(', '@', '/', ':'),
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));
