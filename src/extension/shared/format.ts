import { roundToTenth, type Amount, type PartialDate, type Share } from '../../core/index';

/**
 * Dates, numbers and money in the reader's locale through Intl. Pure (the
 * locale is passed in), so the popup, the copy text and the tests agree.
 */

/** "2025-06" → "Jun 2025" (en) or "Juni 2025" (de); "2025" → "2025". */
export function formatPartialDateIntl(date: PartialDate, locale: string): string {
  const [year, month] = date.split('-').map(Number);
  if (!year) return date;
  const at = new Date(Date.UTC(year, (month ?? 1) - 1, 1));
  const options: Intl.DateTimeFormatOptions = month ? { year: 'numeric', month: 'short', timeZone: 'UTC' } : { year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(at);
}

/** 49 → "49%" (en) or "49 %" (de); a reported range as "40–50%". */
export function formatShareIntl(share: Share, locale: string): string {
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  // Rounded in percent units first, as the core's sentences round (23.15 → 23.2): 23.15 / 100 is just below 0.2315.
  const fraction = (value: number) => roundToTenth(value) / 100;
  if (typeof share === 'number') return percent.format(fraction(share));
  // formatRange is in every browser Stakes supports but not yet in TypeScript's ES2022 lib.
  const ranged = percent as Intl.NumberFormat & { formatRange?: (start: number, end: number) => string };
  const [min, max] = [fraction(share.min), fraction(share.max)];
  return ranged.formatRange ? ranged.formatRange(min, max) : `${percent.format(min)}–${percent.format(max)}`;
}

/** 13_000_000_000 USD → "$13B" (en) or "13 Mrd. $" (de): short, like a headline. */
export function formatAmountIntl(amount: Amount, locale: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency: amount.currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }).format(amount.value);
  } catch {
    // An unknown currency code: the number and the code, still readable.
    return `${new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(amount.value)} ${amount.currency}`;
  }
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}
