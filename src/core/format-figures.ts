import type { Amount, Share } from './dataset-types';

const CURRENCY_SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: 'CN¥', INR: '₹', KRW: '₩', CAD: 'C$', AUD: 'A$', HKD: 'HK$', CHF: 'CHF ', ILS: '₪', BRL: 'R$', MXN: 'MX$', NZD: 'NZ$', TWD: 'NT$' };

export function formatShare(share: Share): string {
  return typeof share === 'number' ? `${trim(share)}%` : `${trim(share.min)}–${trim(share.max)}%`;
}

/** "$14.3B", "about €2B": short, like a headline. */
export function formatAmount(amount: Amount): string {
  const symbol = CURRENCY_SYMBOLS[amount.currency] ?? `${amount.currency} `;
  const { value } = amount;
  const scaled = value >= 1e12 ? `${trim(value / 1e12)}T` : value >= 1e9 ? `${trim(value / 1e9)}B` : value >= 1e6 ? `${trim(value / 1e6)}M` : value >= 1e3 ? `${trim(value / 1e3)}K` : trim(value);
  return `${amount.approximate ? 'about ' : ''}${symbol}${scaled}`;
}

/** One decimal, as every figure in a sentence is written (23.15 → 23.2); the popup's Intl figures round the same way. */
export function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}

function trim(value: number): string {
  return String(roundToTenth(value));
}
