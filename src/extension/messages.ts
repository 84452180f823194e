/**
 * Every message between the extension's parts, named by direction
 * (`content→background`), with a validator per message: a handler touches a
 * payload only after its shape has been checked.
 */

export interface PageCompany {
  id: string;
  /** Mentions on the page. */
  count: number;
  /** Former names the page used ("Facebook"). */
  formerNames: string[];
}

export interface PageScan {
  url: string;
  companies: PageCompany[];
  /** Characters of visible text scanned. */
  textLength: number;
  scannedAt: number;
}

export interface MessageMap {
  'content→background:page-scanned': { payload: PageScan; reply: void };
}

export type MessageType = keyof MessageMap;
export type Message<T extends MessageType = MessageType> = { type: T; payload: MessageMap[T]['payload'] };

const MAX_COMPANIES = 5000;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isPageCompany(value: unknown): value is PageCompany {
  if (typeof value !== 'object' || value === null) return false;
  const company = value as Record<string, unknown>;
  return (
    typeof company.id === 'string' &&
    company.id.length <= 200 &&
    ID.test(company.id) &&
    Number.isSafeInteger(company.count) &&
    (company.count as number) > 0 &&
    Array.isArray(company.formerNames) &&
    company.formerNames.length <= 20 &&
    company.formerNames.every((name) => typeof name === 'string' && name.length <= 200)
  );
}

export function isPageScan(value: unknown): value is PageScan {
  if (typeof value !== 'object' || value === null) return false;
  const scan = value as Record<string, unknown>;
  return (
    typeof scan.url === 'string' &&
    scan.url.length <= 10_000 &&
    Number.isSafeInteger(scan.textLength) &&
    Number.isFinite(scan.scannedAt) &&
    Array.isArray(scan.companies) &&
    scan.companies.length <= MAX_COMPANIES &&
    scan.companies.every(isPageCompany)
  );
}

const VALIDATORS: { [T in MessageType]: (payload: unknown) => payload is MessageMap[T]['payload'] } = {
  'content→background:page-scanned': isPageScan,
};

/** The message, if it is one of ours with a well-formed payload; otherwise undefined. */
export function parseMessage(value: unknown): Message | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { type, payload } = value as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(VALIDATORS, type)) return undefined;
  return VALIDATORS[type as MessageType](payload) ? ({ type, payload } as Message) : undefined;
}

export function makeMessage<T extends MessageType>(type: T, payload: MessageMap[T]['payload']): Message<T> {
  return { type, payload };
}
