import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PopupPage } from './extension-browser';

const AXE_SOURCE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page (injected by the test driver, outside the page's CSP) and returns its violations, one line each. */
export async function axeViolations(page: PopupPage): Promise<string[]> {
  await page.eval(`${AXE_SOURCE}\n;void 0`);
  const violations = (await page.eval(`axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`)) as string[];
  return violations;
}
