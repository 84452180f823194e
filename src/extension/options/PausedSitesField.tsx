import { useState } from 'preact/hooks';
import { normalizeSite } from '../settings/settings-schema';
import { t } from '../shared/i18n';

interface Props {
  sites: string[];
  onAdd: (site: string) => void;
  onRemove: (site: string) => void;
}

export function PausedSitesField({ sites, onAdd, onRemove }: Props) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const add = (event: Event) => {
    event.preventDefault();
    const site = normalizeSite(draft);
    if (!site) {
      setError(t('optionsPausedInvalid'));
      return;
    }
    setError('');
    setDraft('');
    onAdd(site);
  };
  return (
    <section class="paused" aria-labelledby="paused-title">
      <h2 id="paused-title">{t('optionsPausedTitle')}</h2>
      <p class="hint">{t('optionsPausedHint')}</p>
      {sites.length === 0 ? (
        <p class="paused-empty">{t('optionsPausedEmpty')}</p>
      ) : (
        <ul class="paused-list">
          {sites.map((site) => (
            <li key={site} data-site={site}>
              <span>{site}</span>
              <button type="button" class="link-button" aria-label={t('optionsPausedRemoveLabel', site)} onClick={() => onRemove(site)}>
                {t('optionsPausedRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="paused-add" onSubmit={add}>
        <label for="paused-input">{t('optionsPausedAddLabel')}</label>
        <div class="inline">
          <input id="paused-input" type="text" placeholder="example.com" value={draft} aria-invalid={error ? true : undefined} aria-describedby={error ? 'paused-error' : undefined} onInput={(event) => setDraft(event.currentTarget.value)} />
          <button type="submit" class="button">
            {t('optionsPausedAdd')}
          </button>
        </div>
        {error && (
          <p id="paused-error" class="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
