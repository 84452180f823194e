/**
 * Every message between the extension's parts, named by direction
 * (`content→background`), with a validator per message: a handler touches a
 * payload only after its shape has been checked.
 */

export interface PageCompany {
  id: string;
  /** Mentions on the page. */
  count: number;
  /**
   * Of those, mentions in the story itself (headline and article body), as
   * opposed to navigation, asides, footers, ads and "related stories". A
   * company with 0 here is only "also on this page".
   */
  inArticle: number;
  /** Former names the page used ("Facebook"). */
  formerNames: string[];
}

export interface PageScan {
  url: string;
  companies: PageCompany[];
  /** Characters of visible text scanned. */
  textLength: number;
  scannedAt: number;
  /** What reading the page cost its main thread, in milliseconds (see content/scheduling.ts). Diagnostics only. */
  work?: ScanWork;
}

export interface ScanWork {
  /** Building the matcher, once per page. */
  setupMs: number;
  /** The longest single task of scanning (each slice yields to the page). */
  longestTaskMs: number;
  /** All scanning tasks together. */
  busyMs: number;
  tasks: number;
  /** When the first and the last scanning task ran, on the page's `performance.now()` clock. */
  firstTaskAt: number;
  lastTaskAt: number;
}

export interface ScanTabRequest {
  tabId: number;
}

export interface CompanyRequest {
  id: string;
}

/** What a hover card shows: the company's name and its first facts, as sentences. */
export interface CompanyFacts {
  name: string;
  facts: string[];
}

export interface ShowMentionRequest {
  id: string;
  /** Which mention, in page order; wraps around (-1 is the last). */
  index: number;
}

/** The mention shown, and how many the page has (0: none any more). */
export interface MentionPosition {
  index: number;
  total: number;
}

export interface MessageMap {
  'content→background:page-scanned': { payload: PageScan; reply: void };
  /** The reader opened the popup on a page Stakes does not read by itself, and asked for a scan. */
  'popup→background:scan-tab': { payload: ScanTabRequest; reply: { ok: boolean } };
  /** A hover card asks for a company's facts: the content script ships names only. */
  'content→background:company-facts': { payload: CompanyRequest; reply: CompanyFacts | null };
  /** "Show on page": scroll the tab to a company's mention and flash it (sent with tabs.sendMessage). */
  'popup→content:show-mention': { payload: ShowMentionRequest; reply: MentionPosition };
}

export type MessageType = keyof MessageMap;
export type MessageOf<T extends MessageType> = { type: T; payload: MessageMap[T]['payload'] };
/** Any one of our messages, discriminated by `type`. */
export type Message = { [T in MessageType]: MessageOf<T> }[MessageType];

export const MAX_COMPANIES = 5000;
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
    Number.isSafeInteger(company.inArticle) &&
    (company.inArticle as number) >= 0 &&
    (company.inArticle as number) <= (company.count as number) &&
    Array.isArray(company.formerNames) &&
    company.formerNames.length <= 20 &&
    company.formerNames.every((name) => typeof name === 'string' && name.length <= 200)
  );
}

function isScanWork(value: unknown): value is ScanWork {
  if (typeof value !== 'object' || value === null) return false;
  const work = value as Record<string, unknown>;
  const duration = (ms: unknown) => typeof ms === 'number' && Number.isFinite(ms) && ms >= 0 && ms < 1e9;
  return duration(work.setupMs) && duration(work.longestTaskMs) && duration(work.busyMs) && Number.isSafeInteger(work.tasks) && (work.tasks as number) >= 0 && duration(work.firstTaskAt) && duration(work.lastTaskAt);
}

export function isPageScan(value: unknown): value is PageScan {
  if (typeof value !== 'object' || value === null) return false;
  const scan = value as Record<string, unknown>;
  return (
    typeof scan.url === 'string' &&
    scan.url.length <= 10_000 &&
    Number.isSafeInteger(scan.textLength) &&
    Number.isFinite(scan.scannedAt) &&
    (scan.work === undefined || isScanWork(scan.work)) &&
    Array.isArray(scan.companies) &&
    scan.companies.length <= MAX_COMPANIES &&
    scan.companies.every(isPageCompany)
  );
}

function isScanTabRequest(value: unknown): value is ScanTabRequest {
  return typeof value === 'object' && value !== null && Number.isSafeInteger((value as ScanTabRequest).tabId) && (value as ScanTabRequest).tabId >= 0;
}

function isCompanyRequest(value: unknown): value is CompanyRequest {
  if (typeof value !== 'object' || value === null) return false;
  const id = (value as CompanyRequest).id;
  return typeof id === 'string' && id.length <= 200 && ID.test(id);
}

function isShowMentionRequest(value: unknown): value is ShowMentionRequest {
  return isCompanyRequest(value) && Number.isSafeInteger((value as ShowMentionRequest).index) && Math.abs((value as ShowMentionRequest).index) <= 1e6;
}

/** A reply to `company-facts`, checked before the card shows it. */
export function isCompanyFacts(value: unknown): value is CompanyFacts {
  if (typeof value !== 'object' || value === null) return false;
  const { name, facts } = value as CompanyFacts;
  return typeof name === 'string' && Array.isArray(facts) && facts.length <= 10 && facts.every((fact) => typeof fact === 'string');
}

const VALIDATORS: { [T in MessageType]: (payload: unknown) => payload is MessageMap[T]['payload'] } = {
  'content→background:page-scanned': isPageScan,
  'popup→background:scan-tab': isScanTabRequest,
  'content→background:company-facts': isCompanyRequest,
  'popup→content:show-mention': isShowMentionRequest,
};

/** The message, if it is one of ours with a well-formed payload; otherwise undefined. */
export function parseMessage(value: unknown): Message | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { type, payload } = value as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(VALIDATORS, type)) return undefined;
  return VALIDATORS[type as MessageType](payload) ? ({ type, payload } as Message) : undefined;
}

export function makeMessage<T extends MessageType>(type: T, payload: MessageMap[T]['payload']): MessageOf<T> {
  return { type, payload };
}
