import { describe, expect, it } from 'vitest';
import { formatAmountIntl, formatPartialDateIntl, formatShareIntl } from '../../src/extension/shared/format';

describe('Intl formats', () => {
  it('formats partial dates as month and year in the reader’s locale', () => {
    expect(formatPartialDateIntl('2025-06', 'en')).toBe('Jun 2025');
    expect(formatPartialDateIntl('2025-06-12', 'en')).toBe('Jun 2025');
    expect(formatPartialDateIntl('2025', 'en')).toBe('2025');
    expect(formatPartialDateIntl('2025-03', 'de')).toMatch(/^März 2025$/);
  });

  it('formats shares and money', () => {
    expect(formatShareIntl(49, 'en')).toBe('49%');
    expect(formatShareIntl(49, 'de')).toBe('49\u00a0%');
    expect(formatShareIntl({ min: 40, max: 50 }, 'en')).toMatch(/^40\s?%?\s?[–-]\s?50\s?%$/);
    // Rounded as the core's sentences round: 23.15 / 100 is just below 0.2315, which Intl alone would round down.
    expect(formatShareIntl(23.15, 'en')).toBe('23.2%');
    expect(formatShareIntl(0.05, 'en')).toBe('0.1%');
    expect(formatAmountIntl({ value: 13_000_000_000, currency: 'USD' }, 'en')).toBe('$13B');
    expect(formatAmountIntl({ value: 14_300_000_000, currency: 'USD' }, 'de')).toMatch(/14,3\s?Mrd\.\s?\$/);
    expect(formatAmountIntl({ value: 2e9, currency: 'XYZ1' }, 'en')).toBe('2B XYZ1');
  });
});
