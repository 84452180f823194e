import { formatPartialDate, isHttpsUrl, type Source } from '../../core/index';

/** Where a fact comes from; a link only for `https:` URLs, opened apart from this page. */
export function SourceLine({ source }: { source: Source }) {
  const label = `${source.publisher}, “${source.title}”, ${formatPartialDate(source.date)}`;
  return (
    <span class="source">
      {'Source: '}
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
