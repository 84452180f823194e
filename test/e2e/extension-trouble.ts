import type { PageScan } from '../../src/extension/messages';
import type { ObservedError } from './extension-browser';

const EXTENSION_URL = /\b(?:chrome|moz)-extension:\/\//;

/**
 * What went wrong in Stakes itself among the errors a browser observed: an
 * uncaught error or rejection whose stack runs through an extension file, a
 * console error or warning raised from one, and the message the content
 * script logs when it catches its own failure ("Stakes could not scan this
 * page"), which would otherwise pass silently.
 */
export function extensionTrouble(errors: ObservedError[]): ObservedError[] {
  return errors.filter(
    (error) =>
      (error.kind === 'pageerror' && EXTENSION_URL.test(`${error.stack}\n${error.text}`)) ||
      (error.kind === 'console' && (error.level === 'error' || error.level === 'warning' || error.level === 'assert') && EXTENSION_URL.test(error.stack)) ||
      /Stakes could not/i.test(error.text),
  );
}

export const companyIds = (scan: PageScan | undefined): string[] => (scan?.companies ?? []).map((company) => company.id).sort();
export const companiesById = (scan: PageScan | undefined) => new Map((scan?.companies ?? []).map((company) => [company.id, company]));
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
