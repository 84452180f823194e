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
  /** How many timers, listeners and observers of ours are running on the page (all 0 once the site is paused). Diagnostics only. */
  live?: Record<string, number>;
}

export interface ScanWork {
  /** Setting up before the first scan (0 since matching moved to the background). */
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
  /** Each fact's sentence, and whether someone read a source stating it. */
  facts: { sentence: string; checked: boolean }[];
}

/** Text for the background to match: the content script ships no names. */
export interface MatchRequest {
  text: string;
}

/**
 * A possible mention in a matched text, before the page's evidence is
 * weighed: offsets into that text, the company's id, whether it could be an
 * ordinary word here, and the former name it was found by, if it was one.
 */
export interface PageCandidate {
  start: number;
  end: number;
  id: string;
  weak: boolean;
  /** "Facebook", when the page used the name the company no longer goes by. */
  former?: string;
}

export interface MatchReply {
  candidates: PageCandidate[];
}

/** What the background's engine cost to start, from its own clock (diagnostics and `npm run bench`). */
export interface EngineStats {
  /** The worker's `performance.now()` when its first reply was ready: time since it started. */
  coldStartMs: number | null;
  /** The worker's `performance.now()` when our code began to run: before it, the browser was starting the worker. */
  scriptStartMs: number;
  /** The worker's `performance.now()` when the first request of its life arrived. */
  firstRequestMs: number | null;
  /** Loading the compiled name index. */
  loadMs: number | null;
  names: number;
  entities: number;
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

/** Every message: its payload and its reply. Requests and replies are both validated (see VALIDATORS). */
export interface MessageMap {
  'content→background:page-scanned': { payload: PageScan; reply: null };
  /** The page's text, a batch of blocks at a time: matching happens in the background, off the page's main thread. */
  'content→background:match-text': { payload: MatchRequest; reply: MatchReply };
  /** The reader opened the popup on a page Stakes does not read by itself, and asked for a scan. */
  'popup→background:scan-tab': { payload: ScanTabRequest; reply: { ok: boolean } };
  /** A hover card asks for a company's facts: the content script ships names only. */
  'content→background:company-facts': { payload: CompanyRequest; reply: CompanyFacts | null };
  'popup→background:engine-stats': { payload: Record<string, never>; reply: EngineStats };
  /** "Show on page": scroll the tab to a company's mention and flash it (sent with tabs.sendMessage). */
  'popup→content:show-mention': { payload: ShowMentionRequest; reply: MentionPosition };
}

export type MessageType = keyof MessageMap;
export type MessageOf<T extends MessageType> = { type: T; payload: MessageMap[T]['payload'] };
/** Any one of our messages, discriminated by `type`. */
export type Message = { [T in MessageType]: MessageOf<T> }[MessageType];
export type ReplyOf<T extends MessageType> = MessageMap[T]['reply'];

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

function isCounts(value: unknown): value is Record<string, number> {
  if (typeof value !== 'object' || value === null) return false;
  const entries = Object.entries(value);
  return entries.length <= 20 && entries.every(([key, count]) => key.length <= 40 && Number.isSafeInteger(count) && count >= 0);
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
    (scan.live === undefined || isCounts(scan.live)) &&
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

/** Texts longer than this are split by the sender: one message never carries megabytes. */
export const MAX_MATCH_TEXT = 1 << 20;
const MAX_CANDIDATES = 100_000;

function isMatchRequest(value: unknown): value is MatchRequest {
  return typeof value === 'object' && value !== null && typeof (value as MatchRequest).text === 'string' && (value as MatchRequest).text.length <= MAX_MATCH_TEXT;
}

function isPageCandidate(value: unknown): value is PageCandidate {
  if (typeof value !== 'object' || value === null) return false;
  const { start, end, id, weak, former } = value as PageCandidate;
  return (
    Number.isSafeInteger(start) &&
    Number.isSafeInteger(end) &&
    start >= 0 &&
    end > start &&
    end <= MAX_MATCH_TEXT &&
    typeof id === 'string' &&
    id.length <= 200 &&
    ID.test(id) &&
    typeof weak === 'boolean' &&
    (former === undefined || (typeof former === 'string' && former.length <= 200))
  );
}

function isMatchReply(value: unknown): value is MatchReply {
  if (typeof value !== 'object' || value === null) return false;
  const { candidates } = value as MatchReply;
  return Array.isArray(candidates) && candidates.length <= MAX_CANDIDATES && candidates.every(isPageCandidate);
}

/** A reply to `company-facts`, checked before the card shows it. */
export function isCompanyFacts(value: unknown): value is CompanyFacts {
  if (typeof value !== 'object' || value === null) return false;
  const { name, facts } = value as CompanyFacts;
  return typeof name === 'string' && Array.isArray(facts) && facts.length <= 10 && facts.every((fact) => typeof fact === 'object' && fact !== null && typeof fact.sentence === 'string' && typeof fact.checked === 'boolean');
}

function isEngineStats(value: unknown): value is EngineStats {
  if (typeof value !== 'object' || value === null) return false;
  const stats = value as EngineStats;
  const msOrNull = (ms: unknown) => ms === null || (typeof ms === 'number' && Number.isFinite(ms) && ms >= 0);
  return msOrNull(stats.coldStartMs) && msOrNull(stats.firstRequestMs) && msOrNull(stats.loadMs) && typeof stats.scriptStartMs === 'number' && stats.scriptStartMs >= 0 && Number.isSafeInteger(stats.names) && Number.isSafeInteger(stats.entities);
}

const isEmpty = (value: unknown): value is Record<string, never> => typeof value === 'object' && value !== null && Object.keys(value).length === 0;
const isNull = (value: unknown): value is null => value === null || value === undefined;

function isMentionPosition(value: unknown): value is MentionPosition {
  if (typeof value !== 'object' || value === null) return false;
  const { index, total } = value as MentionPosition;
  return Number.isSafeInteger(index) && Number.isSafeInteger(total) && index >= 0 && (total === 0 || index < total);
}

type Check<T> = (value: unknown) => value is T;

/** The one place that says what each message may carry, both ways. */
const VALIDATORS: { [T in MessageType]: { payload: Check<MessageMap[T]['payload']>; reply: Check<ReplyOf<T>> } } = {
  'content→background:page-scanned': { payload: isPageScan, reply: isNull },
  'content→background:match-text': { payload: isMatchRequest, reply: isMatchReply },
  'popup→background:scan-tab': { payload: isScanTabRequest, reply: (value): value is { ok: boolean } => typeof (value as { ok?: unknown } | null)?.ok === 'boolean' },
  'content→background:company-facts': { payload: isCompanyRequest, reply: (value): value is CompanyFacts | null => value === null || isCompanyFacts(value) },
  'popup→background:engine-stats': { payload: isEmpty, reply: isEngineStats },
  'popup→content:show-mention': { payload: isShowMentionRequest, reply: isMentionPosition },
};

/** The message, if it is one of ours with a well-formed payload; otherwise undefined. */
export function parseMessage(value: unknown): Message | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { type, payload } = value as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(VALIDATORS, type)) return undefined;
  return VALIDATORS[type as MessageType].payload(payload) ? ({ type, payload } as Message) : undefined;
}

export function makeMessage<T extends MessageType>(type: T, payload: MessageMap[T]['payload']): MessageOf<T> {
  return { type, payload };
}

/** The reply, if it has the shape this message's reply must have. */
export function parseReply<T extends MessageType>(type: T, value: unknown): ReplyOf<T> | undefined {
  // `page-scanned` replies nothing; the browser delivers that as undefined.
  if (VALIDATORS[type].reply(value)) return (value ?? null) as ReplyOf<T>;
  return undefined;
}

/**
 * Sends one of our messages through `post` (runtime.sendMessage, or
 * tabs.sendMessage bound to a tab) and resolves with its validated reply, or
 * undefined when nobody answered, the extension was reloaded, or the reply was
 * malformed: callers never see an unchecked reply nor a rejection.
 */
export async function request<T extends MessageType>(post: (message: unknown) => Promise<unknown>, type: T, payload: MessageMap[T]['payload']): Promise<ReplyOf<T> | undefined> {
  try {
    return parseReply(type, await post(makeMessage(type, payload)));
  } catch {
    return undefined;
  }
}

/** Handlers for the messages one context answers, given who sent them: a reply or a promise of one, undefined to ignore. */
export type Handlers<T extends MessageType, Sender> = { [K in T]: (payload: MessageMap[K]['payload'], sender: Sender) => ReplyOf<K> | Promise<ReplyOf<K>> | undefined };

/**
 * The one receiver of a context: parses the message, finds its handler, and
 * ignores (undefined) anything that is not ours, malformed, or not for this
 * context. The handler's reply is checked against the map too, so a bug here
 * cannot send the other side something it does not expect.
 */
export function receiver<T extends MessageType, Sender>(handlers: Handlers<T, Sender>): (raw: unknown, sender: Sender) => Promise<unknown> | undefined {
  return (raw, sender) => {
    const message = parseMessage(raw);
    if (!message || !Object.prototype.hasOwnProperty.call(handlers, message.type)) return undefined;
    const type = message.type as T;
    const handle = handlers[type] as (payload: unknown, sender: Sender) => unknown;
    const reply = handle(message.payload, sender);
    if (reply === undefined) return undefined;
    return Promise.resolve(reply).then((value) => {
      if (parseReply(type, value) === undefined) throw new Error(`Stakes: malformed reply to ${type}`);
      return value;
    });
  };
}
