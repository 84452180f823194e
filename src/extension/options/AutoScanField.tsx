import { useEffect, useState } from 'preact/hooks';
import browser from '../browser-api';
import { t } from '../shared/i18n';
import { ToggleRow } from './ToggleRow';

/** The sites automatic scanning needs: every web page, as the content script matches. */
export const ALL_SITES = { origins: ['http://*/*', 'https://*/*'] };

/**
 * Automatic scanning on all sites needs the reader's permission for every
 * site. Turning it on asks the browser (which shows its own prompt); a
 * refusal leaves it off and says why. Turning it off gives the permission back.
 */
export function AutoScanField({ enabled, onChange }: { enabled: boolean; onChange: (enabled: boolean) => void }) {
  const [granted, setGranted] = useState<boolean>();
  const [message, setMessage] = useState('');
  useEffect(() => {
    void browser.permissions.contains(ALL_SITES).then(setGranted, () => setGranted(false));
  }, []);
  const toggle = (on: boolean) => {
    setMessage('');
    if (on) {
      // Called at once in the click handler: Firefox grants a prompt only inside the user's gesture.
      browser.permissions.request(ALL_SITES).then(
        (ok) => {
          setGranted(ok);
          if (ok) onChange(true);
          else setMessage(t('optionsAutoScanRefused'));
        },
        () => setMessage(t('optionsAutoScanRefused')),
      );
    } else {
      onChange(false);
      // A permission the manifest requires cannot be given back; the setting alone then stops scanning.
      browser.permissions.remove(ALL_SITES).then(
        (removed) => removed && setGranted(false),
        () => undefined,
      );
    }
  };
  return (
    <section class="auto-scan" aria-labelledby="auto-scan-title">
      <h2 id="auto-scan-title">{t('optionsAutoScanTitle')}</h2>
      <ToggleRow id="auto-scan" label={t('optionsAutoScanLabel')} hint={t('optionsAutoScanHint')} checked={enabled && granted !== false} disabled={granted === undefined} onChange={toggle} />
      {message && (
        <p class="error" role="alert">
          {message}
        </p>
      )}
    </section>
  );
}
