import type { ControlLink, Entity } from '../../core/index';
import { formatShareIntl } from '../shared/format';
import type { MessageKey, Translate } from '../shared/message-format';

const STATUS_KEYS: Record<NonNullable<Entity['ownership']>['status'], MessageKey> = {
  'widely-held': 'ownWidelyHeld',
  listed: 'ownListed',
  'state-owned': 'ownStateOwned',
  'family-controlled': 'ownFamilyControlled',
  'employee-owned': 'ownEmployeeOwned',
  cooperative: 'ownCooperative',
  'privately-held': 'ownPrivatelyHeld',
  subsidiary: 'ownSubsidiary',
};

/** Ticker notation as news prints it: "NASDAQ: NVDA". */
const tickerText = (ticker: string) => ticker.replace(':', ': ');

/**
 * Who owns the company, in one line under its name, without a click: "part
 * of Alphabet", "49% owned by Meta", "widely held · NASDAQ: NVDA",
 * "listed · NYSE: CSX" (a listing; who holds the shares is not recorded),
 * "state-owned (Saudi Arabia)". Undefined when the dataset says nothing.
 */
export function ownershipLine(entity: Entity, chain: readonly ControlLink[], nameOf: (id: string) => string, t: Translate, locale: string): string | undefined {
  const owner = chain[0];
  if (owner) {
    if (owner.via === 'owns-stake' && owner.share !== undefined) return t('ownStakeBy', formatShareIntl(owner.share, locale), owner.name);
    return t('ownPartOf', owner.name);
  }
  const ownership = entity.ownership;
  if (!ownership) return undefined;
  let text = t(STATUS_KEYS[ownership.status]);
  if (ownership.by) text = t('ownStatusBy', text, nameOf(ownership.by));
  const listings = entity.tickers?.length ? entity.tickers.map(tickerText) : (ownership.listed ?? []);
  return listings.length > 0 ? `${text} · ${listings.join(', ')}` : text;
}

/** The chain up to the last owner recorded, with the share at each step where known: "Jeep → Stellantis → Exor (15%)". */
export function chainText(entity: Pick<Entity, 'name'>, chain: readonly ControlLink[], locale: string): string {
  return [entity.name, ...chain.map((link) => (link.share !== undefined ? `${link.name} (${formatShareIntl(link.share, locale)})` : link.name))].join(' → ');
}
