import { useMemo, useState } from 'preact/hooks';
import type { SearchHit } from '../../core/index';
import { t } from '../shared/i18n';
import { useNameSearch } from '../shared/use-dataset';

const MAX_RESULTS = 8;
export const SEARCH_INPUT_ID = 'search-input';

/**
 * Look up any company in the dataset, on any page, readable or not. An ARIA
 * 1.2 combobox: focus stays in the field; arrows move the active option,
 * Enter picks it, Escape closes the list and then clears the field. A name
 * the dataset lacks is never answered with another company: similar names
 * are offered under their own label, and Enter takes one only once the reader
 * has moved to it.
 */
export function SearchBox({ onSelect }: { onSelect: (entity: SearchHit) => void }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  /** The reader moved through the list with the arrows: Enter then means the option shown active. */
  const [navigated, setNavigated] = useState(false);
  const [open, setOpen] = useState(false);
  // The name list loads when the reader first focuses or types, not with the popup.
  const [wanted, setWanted] = useState(false);
  const names = useNameSearch(wanted || query !== '');
  const results = useMemo(() => names?.search(query, MAX_RESULTS) ?? [], [query, names]);
  const expanded = open && query.trim() !== '';
  const anyExact = results.some((hit) => hit.exact);
  const pick = (entity: SearchHit | undefined) => {
    if (!entity) return;
    setOpen(false);
    setQuery('');
    onSelect(entity);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (results.length > 0) setActive((active + (event.key === 'ArrowDown' ? 1 : results.length - 1)) % results.length);
      setNavigated(true);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (expanded && (navigated || results[active]?.exact)) pick(results[active]);
    } else if (event.key === 'Escape') {
      // Escape with the list open closes it; a second one clears the field (and the popup keeps its own Escape otherwise).
      if (expanded) {
        event.preventDefault();
        setOpen(false);
      } else if (query) {
        event.preventDefault();
        setQuery('');
      }
    }
  };
  const optionId = (index: number) => `search-option-${index}`;
  return (
    <div class="search" role="search">
      <label class="visually-hidden" for={SEARCH_INPUT_ID}>
        {t('searchLabel')}
      </label>
      <input
        id={SEARCH_INPUT_ID}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls="search-results"
        aria-activedescendant={expanded && results.length > 0 ? optionId(active) : undefined}
        placeholder={t('searchPlaceholder')}
        value={query}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setActive(0);
          setNavigated(false);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => setWanted(true)}
        onBlur={() => setOpen(false)}
      />
      <ul id="search-results" role="listbox" aria-label={anyExact ? t('searchResultsLabel') : t('searchSimilarLabel', query.trim())} class="search-results" hidden={!expanded || results.length === 0}>
        {results.map((entity, index) => (
          <li
            key={entity.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            class={index === active ? 'search-option active' : 'search-option'}
            data-entity={entity.id}
            // mousedown, not click: a click would first blur the field and close the list.
            onMouseDown={(event) => {
              event.preventDefault();
              pick(entity);
            }}
          >
            <span class="option-name">{entity.name}</span>
            {entity.exact ? entity.sector && <span class="option-meta">{entity.sector}</span> : <span class="option-meta option-similar">{t('searchSimilar')}</span>}
          </li>
        ))}
      </ul>
      <p class="visually-hidden" role="status" aria-live="polite">
        {expanded ? (results.length === 0 ? t('searchNoResults') : anyExact ? t('searchResultCount', results.length) : t('searchSimilarLabel', query.trim())) : ''}
      </p>
      {expanded && results.length === 0 && <p class="search-empty">{t('searchNoResults')}</p>}
    </div>
  );
}
