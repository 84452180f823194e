import browser from '../browser-api';

/**
 * With the optional "all sites" permission, the content script runs on every
 * page, not only the bundled news sites. Registered dynamically so that the
 * install prompt asks only for the news sites.
 */
export const ALL_SITES = ['http://*/*', 'https://*/*'];
const SCRIPT_ID = 'stakes-all-sites';

export function contentScriptFile(): string {
  return browser.runtime.getManifest().content_scripts?.[0]?.js?.[0] ?? 'src/extension/content/index.js';
}

/** Brings the registration in line with the permission the reader has granted or taken back. */
export async function syncAllSitesScript(): Promise<void> {
  const granted = await browser.permissions.contains({ origins: ALL_SITES });
  const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] })).length > 0;
  if (granted && !registered) {
    await browser.scripting.registerContentScripts([
      {
        id: SCRIPT_ID,
        matches: ALL_SITES,
        // The bundled news sites already run the manifest's content script.
        excludeMatches: browser.runtime.getManifest().content_scripts?.[0]?.matches ?? [],
        js: [contentScriptFile()],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  } else if (!granted && registered) {
    await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  }
}
