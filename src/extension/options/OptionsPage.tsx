import type { RelationshipType } from '../../core/index';
import { t } from '../shared/i18n';
import type { Settings } from '../settings/settings-schema';
import { withSitePaused, withSiteResumed } from '../settings/settings-schema';
import { updateSettings } from '../settings/settings-store';
import { useSettings } from '../settings/use-settings';
import { AutoScanField } from './AutoScanField';
import { DatasetDetails } from './DatasetDetails';
import { PausedSitesField } from './PausedSitesField';
import { RelationshipTypesField } from './RelationshipTypesField';
import { ToggleRow } from './ToggleRow';

/** Every change is saved at once to storage.sync; other open pages follow through storage.onChanged. */
const change = (edit: (settings: Settings) => Settings) => void updateSettings(edit);

export function OptionsPage() {
  const settings = useSettings();
  return (
    <div class="popup options" data-ready={settings ? 'true' : undefined}>
      <header class="popup-header">
        <h1>{t('extensionName')}</h1>
        <span class="tagline">{t('optionsTagline')}</span>
      </header>
      <main>
        {settings && (
          <>
            <section aria-labelledby="page-title">
              <h2 id="page-title">{t('optionsPageTitle')}</h2>
              <ToggleRow id="highlights" label={t('optionsHighlights')} hint={t('optionsHighlightsHint')} checked={settings.highlights} onChange={(on) => change((s) => ({ ...s, highlights: on }))} />
              <ToggleRow id="hover-cards" label={t('optionsHoverCards')} hint={t('optionsHoverCardsHint')} checked={settings.hoverCards} onChange={(on) => change((s) => ({ ...s, hoverCards: on }))} />
            </section>
            <RelationshipTypesField value={settings.relationshipTypes} onChange={(types: RelationshipType[]) => change((s) => ({ ...s, relationshipTypes: types }))} />
            <PausedSitesField sites={settings.pausedSites} onAdd={(site) => change((s) => withSitePaused(s, site))} onRemove={(site) => change((s) => withSiteResumed(s, site))} />
            <AutoScanField enabled={settings.autoScan} onChange={(on) => change((s) => ({ ...s, autoScan: on }))} />
          </>
        )}
        <DatasetDetails />
      </main>
    </div>
  );
}
