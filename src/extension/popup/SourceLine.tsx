import { isHttpsUrl, type Source } from '../../core/index';
import { formatPartialDateIntl } from './format';
import { locale, t } from './i18n';

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
