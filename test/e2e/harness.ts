import { afterAll, beforeAll, describe } from 'vitest';
import { launchChromium } from './chromium-browser';
import { launchFirefox } from './firefox-browser';
import { startFixtureServer, type FixtureServer } from './fixture-server';

/**
 * The one end-to-end harness: every E2E file runs its tests once in Debian's
 * Chromium and once in Firefox ESR, each with the built extension installed
 * and the frozen fixture pages served on 127.0.0.1, started before the file's
 * tests and closed after them.
 */

export type LaunchedBrowser = Awaited<ReturnType<typeof launchChromium>> | Awaited<ReturnType<typeof launchFirefox>>;
export type BrowserName = 'chromium' | 'firefox';

export interface E2ESession {
  name: BrowserName;
  /** The launched browser (live: valid inside tests and hooks). */
  browser: LaunchedBrowser;
  /** The fixture server (live, as `browser`). */
  server: FixtureServer;
}

const BROWSERS = [
  ['chromium', launchChromium],
  ['firefox', launchFirefox],
] as const;

/** A stand-in that forwards to what `get` returns once the hooks have run, so tests can destructure it up front. */
function live<T extends object>(get: () => T | undefined, what: string): T {
  const target = () => {
    const value = get();
    if (!value) throw new Error(`${what} is not ready: use it inside a test or a hook`);
    return value;
  };
  return new Proxy({} as T, {
    get: (_, key) => {
      const value = Reflect.get(target(), key);
      return typeof value === 'function' ? value.bind(target()) : value;
    },
    has: (_, key) => key in target(),
  });
}

/**
 * `forEachBrowser('Highlights in %s', ({ name, browser, server }) => { … })`:
 * a describe block per browser. `locale` starts the browser in that language.
 */
export function forEachBrowser(title: string, body: (session: E2ESession) => void, { locale }: { locale?: string } = {}): void {
  describe.each(BROWSERS)(title, (name, launch) => {
    let launched: LaunchedBrowser | undefined;
    let server: FixtureServer | undefined;
    beforeAll(async () => {
      server = await startFixtureServer();
      launched = await launch({ locale });
    });
    afterAll(async () => {
      await launched?.close();
      await server?.close();
    });
    body({ name, browser: live(() => launched, `the ${name} browser`), server: live(() => server, 'the fixture server') });
  });
}
