import { isHttpsUrl, lastChecked, sourcesByStrength, type Relationship, type Source } from '../../core/index';
import { formatPartialDateIntl } from '../shared/format';
import { locale, t } from '../shared/i18n';

/** Where a fact comes from; a link only for `https:` URLs, opened apart from this page. */
export function SourceLine({ source }: { source: Source }) {
  const label = `${source.publisher}, “${source.title}”${source.date ? `, ${formatPartialDateIntl(source.date, locale)}` : ''}`;
  return (
    <span class="source">
      {`${t('sourcePrefix')} `}
      {isHttpsUrl(source.url) ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {label}
        </a>
      ) : (
        label
      )}
    </span>
  );
}

/** Whether someone read a source stating the fact, and when: a reader sees which facts are re-checked. */
export function CheckMark({ relationship }: { relationship: Pick<Relationship, 'sources'> }) {
  const checked = lastChecked(relationship);
  return checked ? (
    <span class="check checked">{t('factChecked', formatPartialDateIntl(checked, locale))}</span>
  ) : (
    <span class="check unchecked" title={t('factUncheckedHint')}>
      {t('factUnchecked')}
    </span>
  );
}

/** The fact's strongest source: one somebody read first. */
export function bestSource(relationship: Pick<Relationship, 'sources'>): Source | undefined {
  return sourcesByStrength(relationship)[0];
}
