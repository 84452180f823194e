import { useEffect, useState } from 'preact/hooks';
import type { Settings } from './settings-schema';
import { loadSettings, subscribeSettings } from './settings-store';

/** The current settings for a Preact page, or undefined until they have loaded. */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    let live = true;
    const unsubscribe = subscribeSettings((next) => live && setSettings(next));
    void loadSettings().then((loaded) => live && setSettings(loaded));
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  return settings;
}
