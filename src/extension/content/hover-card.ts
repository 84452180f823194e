import { request, type CompanyFacts } from '../messages';
import { t, toBackground, updateSettings } from './extension-api';
import { adoptSheet, type PageHighlights } from './highlights';
import type { Lifetime } from './lifetime';

/** The pointer rests this long on a highlighted name before its card shows. */
const DWELL_MS = 400;
/** Leaving the name (and the card) hides the card after this long. */
const LEAVE_MS = 300;
/** Hit-testing runs at most this often while the pointer moves. */
const THROTTLE_MS = 60;
const WIDTH = 320;

const CARD_CSS = `.card{box-sizing:border-box;width:${WIDTH}px;max-width:calc(100vw - 16px);padding:10px 12px;font:13px/1.4 system-ui,sans-serif;color:#1f2328;background:#fff;border:1px solid #d1d9e0;border-radius:8px;box-shadow:0 4px 16px #0003;text-align:start}
.name{font-weight:600;font-size:14px;margin:0 0 4px}ul{margin:0;padding:0 0 0 16px}li{margin:2px 0}.muted{color:#59636e;margin:6px 0 0;font-size:12px}.unchecked{color:#59636e;font-size:12px}
button{font:inherit;font-size:12px;color:#0b57d0;background:none;border:0;padding:0;margin-top:4px;cursor:pointer}
@media (prefers-color-scheme:dark){.card{color:#e6e8eb;background:#1b1d21;border-color:#3a3f46}.muted,.unchecked{color:#a4acb6}button{color:#8ab4f8}}`;

/**
 * A card with a company's first facts when the pointer rests on a highlighted
 * name. Its one element (the host of a closed shadow root) is appended to
 * <html> while a card shows and removed when it hides: otherwise the page's
 * DOM holds nothing of ours. Facts come from the background, which holds the
 * dataset; the content script ships names only.
 */
export class HoverCards {
  private host: HTMLElement | undefined;
  /** The mention the card is for, and the one the pointer rests on. */
  private shown: Range | undefined;
  private resting: Range | undefined;
  private dwellTimer: ReturnType<typeof setTimeout> | undefined;
  private leaveTimer: ReturnType<typeof setTimeout> | undefined;
  private moveTimer: ReturnType<typeof setTimeout> | undefined;
  private lastCheck = 0;
  private x = 0;
  private y = 0;
  private readonly facts = new Map<string, Promise<CompanyFacts | null>>();
  /** While enabled: every listener and timer of the cards, ended at once by `disable`. */
  private life: Lifetime | undefined;

  constructor(
    /** The feature's lifetime: the cards' own lifetimes are its children. */
    private readonly parent: Lifetime,
    private readonly highlights: PageHighlights,
    /** Told of each host element, so the page scanner does not read it as the page's own change. */
    private readonly onHost: (host: Element) => void,
  ) {}

  private get enabled(): boolean {
    return this.life !== undefined && !this.life.ended;
  }

  enable(): void {
    if (this.enabled) return;
    const life = (this.life = this.parent.child());
    life.listen(window, 'pointermove', this.onMove, { capture: true, passive: true });
    life.listen(window, 'scroll', this.hide, { capture: true, passive: true });
    life.listen(window, 'keydown', this.onKey, { capture: true });
    life.onEnd(this.hide);
  }

  disable(): void {
    this.life?.end();
    this.life = undefined;
  }

  private readonly onMove = (event: PointerEvent) => {
    // The page may dispatch its own events; only the reader's pointer counts.
    if (!event.isTrusted || event.pointerType === 'touch') return;
    if (this.host && event.target === this.host) {
      this.life?.clearTimeout(this.leaveTimer);
      this.leaveTimer = undefined;
      return;
    }
    this.x = event.clientX;
    this.y = event.clientY;
    const wait = this.lastCheck + THROTTLE_MS - performance.now();
    this.life?.clearTimeout(this.moveTimer);
    if (wait <= 0) this.check();
    else this.moveTimer = this.life?.setTimeout(this.check, wait);
  };

  private readonly onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') this.hide();
  };

  private readonly check = () => {
    this.lastCheck = performance.now();
    let hit: ReturnType<PageHighlights['mentionAt']>;
    try {
      hit = this.highlights.mentionAt(this.x, this.y);
    } catch {
      hit = undefined;
    }
    if (hit && hit.range === this.shown) {
      this.life?.clearTimeout(this.leaveTimer);
      this.leaveTimer = undefined;
    } else if (this.shown && !this.leaveTimer) {
      this.leaveTimer = this.life?.setTimeout(this.hide, LEAVE_MS);
    }
    if (hit?.range === this.resting) return;
    this.resting = hit?.range;
    this.life?.clearTimeout(this.dwellTimer);
    if (hit && hit.range !== this.shown) {
      const { range, id } = hit;
      this.dwellTimer = this.life?.setTimeout(() => void this.show(range, id), DWELL_MS);
    }
  };

  private async show(range: Range, id: string): Promise<void> {
    let pending = this.facts.get(id);
    if (!pending) {
      pending = request(toBackground, 'content→background:company-facts', { id }).then((reply) => reply ?? null);
      this.facts.set(id, pending);
    }
    const facts = await pending;
    // The pointer moved on while the background answered.
    if (!this.enabled || this.resting !== range || !facts) return;
    this.hide();
    this.shown = range;
    this.render(range, facts);
  }

  private render(range: Range, { name, facts }: CompanyFacts): void {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'closed' });
    adoptSheet(CARD_CSS, shadow);
    const card = add(shadow, 'div', 'card');
    card.setAttribute('role', 'tooltip');
    add(card, 'p', 'name').textContent = name;
    if (facts.length === 0) add(card, 'p', 'muted').textContent = t('noFacts');
    else {
      const list = add(card, 'ul');
      for (const fact of facts) {
        const item = add(list, 'li');
        item.textContent = fact.sentence;
        if (!fact.checked) add(item, 'span', 'unchecked').textContent = ` · ${t('factUnchecked')}`;
      }
    }
    add(card, 'p', 'muted').textContent = t('hoverMoreInPopup');
    const off = add(card, 'button');
    off.textContent = t('hoverTurnOff');
    off.addEventListener('click', () => {
      this.disable();
      void updateSettings((settings) => ({ ...settings, hoverCards: false })).catch(() => undefined);
    });
    const rect = range.getBoundingClientRect();
    const place = (name: string, value: string) => host.style.setProperty(name, value, 'important');
    place('all', 'initial');
    place('position', 'fixed');
    place('z-index', '2147483647');
    place('left', `${Math.max(8, Math.min(rect.left, innerWidth - WIDTH - 8))}px`);
    place('top', `${rect.bottom + 6}px`);
    this.onHost(host);
    this.host = host;
    document.documentElement.appendChild(host);
    // Above the name when there is no room below it.
    const height = host.getBoundingClientRect().height;
    if (rect.bottom + 6 + height > innerHeight && rect.top - 6 - height >= 0) place('top', `${rect.top - 6 - height}px`);
  }

  readonly hide = () => {
    this.life?.clearTimeout(this.leaveTimer);
    this.life?.clearTimeout(this.dwellTimer);
    this.leaveTimer = undefined;
    this.shown = undefined;
    this.resting = undefined;
    this.host?.remove();
    this.host = undefined;
  };
}

function add(parent: Node, tag: string, className?: string): HTMLElement {
  const element = document.createElement(tag);
  if (className) element.className = className;
  parent.appendChild(element);
  return element;
}
