/**
 * Everything the content script starts on a page — timers, idle callbacks,
 * event listeners, observers, extension listeners — is started through a
 * Lifetime, and `end()` stops all of it at once (one AbortSignal, as
 * refined-github's features do). Pausing a site ends the page's lifetime;
 * turning highlights off ends the highlight feature's child lifetime. `live`
 * counts what is still running, so tests can check that nothing is left.
 */

interface Disconnectable {
  disconnect(): void;
}

interface Listenable<L> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
}

export interface LiveCounts {
  timers: number;
  intervals: number;
  idleCallbacks: number;
  listeners: number;
  observers: number;
  children: number;
}

type Timer = ReturnType<typeof setTimeout>;

export class Lifetime {
  private readonly controller = new AbortController();
  private readonly timers = new Set<Timer>();
  private readonly intervals = new Set<ReturnType<typeof setInterval>>();
  private readonly idleCallbacks = new Set<number>();
  private readonly observers = new Set<Disconnectable>();
  private readonly children = new Set<Lifetime>();
  private readonly endings: (() => void)[] = [];
  private listeners = 0;

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get ended(): boolean {
    return this.controller.signal.aborted;
  }

  /** A lifetime that ends with this one, or earlier on its own. */
  child(): Lifetime {
    const child = new Lifetime();
    if (this.ended) {
      child.end();
      return child;
    }
    this.children.add(child);
    child.onEnd(() => this.children.delete(child));
    return child;
  }

  setTimeout(callback: () => void, ms: number): Timer | undefined {
    if (this.ended) return undefined;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      callback();
    }, ms);
    this.timers.add(timer);
    return timer;
  }

  clearTimeout(timer: Timer | undefined): void {
    if (timer === undefined) return;
    clearTimeout(timer);
    this.timers.delete(timer);
  }

  setInterval(callback: () => void, ms: number): void {
    if (this.ended) return;
    this.intervals.add(setInterval(callback, ms));
  }

  /** Runs `callback` when the page is idle (at most `timeoutMs` later); never after the end. */
  whenIdle(callback: () => void, timeoutMs: number): void {
    if (this.ended) return;
    if (typeof requestIdleCallback !== 'function') {
      this.setTimeout(callback, Math.min(timeoutMs, 200));
      return;
    }
    const id = requestIdleCallback(
      () => {
        this.idleCallbacks.delete(id);
        callback();
      },
      { timeout: timeoutMs },
    );
    this.idleCallbacks.add(id);
  }

  /** A DOM listener, removed by the abort signal. */
  listen<K extends keyof WindowEventMap>(target: Window, type: K, listener: (event: WindowEventMap[K]) => void, options?: AddEventListenerOptions): void;
  listen(target: EventTarget, type: string, listener: (event: Event) => void, options?: AddEventListenerOptions): void;
  listen(target: EventTarget, type: string, listener: (event: never) => void, options: AddEventListenerOptions = {}): void {
    if (this.ended) return;
    target.addEventListener(type, listener as EventListener, { ...options, signal: this.signal });
    this.listeners++;
  }

  /** An extension event listener (`runtime.onMessage`), removed at the end. */
  listenTo<L>(event: Listenable<L>, listener: L): void {
    if (this.ended) return;
    event.addListener(listener);
    this.listeners++;
    this.onEnd(() => event.removeListener(listener));
  }

  /** An observer (MutationObserver), disconnected at the end. */
  track<T extends Disconnectable>(observer: T): T {
    if (this.ended) observer.disconnect();
    else this.observers.add(observer);
    return observer;
  }

  /** Work to undo at the end (remove highlights, unsubscribe); runs at once if already ended. */
  onEnd(callback: () => void): void {
    if (this.ended) callback();
    else this.endings.push(callback);
  }

  end(): void {
    if (this.ended) return;
    this.controller.abort();
    for (const child of [...this.children]) child.end();
    for (const timer of this.timers) clearTimeout(timer);
    for (const interval of this.intervals) clearInterval(interval);
    if (typeof cancelIdleCallback === 'function') for (const id of this.idleCallbacks) cancelIdleCallback(id);
    for (const observer of this.observers) observer.disconnect();
    this.timers.clear();
    this.intervals.clear();
    this.idleCallbacks.clear();
    this.observers.clear();
    this.listeners = 0;
    for (const callback of this.endings.splice(0)) {
      try {
        callback();
      } catch {
        // One failing undo must not keep the others from running.
      }
    }
  }

  /** What is still running, this lifetime and its children together. */
  get live(): LiveCounts {
    const counts: LiveCounts = { timers: this.timers.size, intervals: this.intervals.size, idleCallbacks: this.idleCallbacks.size, listeners: this.listeners, observers: this.observers.size, children: this.children.size };
    for (const child of this.children) {
      const inner = child.live;
      counts.timers += inner.timers;
      counts.intervals += inner.intervals;
      counts.idleCallbacks += inner.idleCallbacks;
      counts.listeners += inner.listeners;
      counts.observers += inner.observers;
      counts.children += inner.children;
    }
    return counts;
  }
}
