import { useEffect, useState } from 'preact/hooks';
import browser from '../browser-api';
import { formatNumber } from '../shared/format';
import { locale, t } from '../shared/i18n';

/** The build's `data/changelog.json`: what this release changed since the previous one (null for the first). */
interface ChangelogSummary {
  from: string;
  to: string;
  counts: { added: number; changed: number; resourced: number; ended: number; removed: number; entitiesAdded: number };
  added: string[];
  ended: string[];
  removed: string[];
}

const SHOWN = 30;

function isSummary(value: unknown): value is ChangelogSummary {
  const summary = value as ChangelogSummary | null;
  return (
    typeof summary?.from === 'string' &&
    typeof summary.to === 'string' &&
    typeof summary.counts?.added === 'number' &&
    [summary.added, summary.ended, summary.removed].every((list) => Array.isArray(list) && list.every((item) => typeof item === 'string'))
  );
}

/** "What changed in this release": counts, then the added, ended and removed facts, generated from the compiled datasets' difference. */
export function DatasetChanges() {
  const [summary, setSummary] = useState<ChangelogSummary | null>();
  useEffect(() => {
    void fetch(browser.runtime.getURL('data/changelog.json'))
      .then((response) => response.json())
      .then(
        (value: unknown) => setSummary(isSummary(value) ? value : null),
        () => setSummary(null),
      );
  }, []);
  if (!summary) return null;
  const number = (value: number) => formatNumber(value, locale);
  const list = (title: string, items: string[], className: string) =>
    items.length > 0 && (
      <details class={`changes ${className}`}>
        <summary>{`${title} (${number(items.length)})`}</summary>
        {/* Sentences come from the data's English renderer. */}
        <ul lang="en">
          {items.slice(0, SHOWN).map((item, i) => (
            <li key={i}>{item}</li>
          ))}
          {items.length > SHOWN && <li class="muted">{t('optionsChangesMore', number(items.length - SHOWN))}</li>}
        </ul>
      </details>
    );
  return (
    <section class="dataset-changes" aria-labelledby="changes-title">
      <h3 id="changes-title">{t('optionsChangesTitle', summary.from, summary.to)}</h3>
      <p class="changes-counts">{t('optionsChangesCounts', number(summary.counts.added), number(summary.counts.ended), number(summary.counts.removed), number(summary.counts.changed - summary.counts.resourced), number(summary.counts.resourced))}</p>
      {list(t('optionsChangesAdded'), summary.added, 'changes-added')}
      {list(t('optionsChangesEnded'), summary.ended, 'changes-ended')}
      {list(t('optionsChangesRemoved'), summary.removed, 'changes-removed')}
    </section>
  );
}
