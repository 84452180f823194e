import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Lifetime } from '../../src/extension/content/lifetime';

describe('Lifetime', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('ends every timer, interval, idle callback, listener and observer at once', () => {
    const life = new Lifetime();
    const fired: string[] = [];
    const target = new EventTarget();
    const observer = { disconnect: vi.fn() };
    const event = {
      listeners: new Set<() => void>(),
      addListener(l: () => void) {
        this.listeners.add(l);
      },
      removeListener(l: () => void) {
        this.listeners.delete(l);
      },
    };
    life.setTimeout(() => fired.push('timeout'), 100);
    life.setInterval(() => fired.push('interval'), 50);
    life.whenIdle(() => fired.push('idle'), 100);
    life.listen(target, 'ping', () => fired.push('ping'));
    life.listenTo(event, () => fired.push('message'));
    life.track(observer);
    expect(life.live).toMatchObject({ timers: 2, intervals: 1, listeners: 2, observers: 1 });

    life.end();
    vi.advanceTimersByTime(1_000);
    target.dispatchEvent(new Event('ping'));
    expect(fired).toEqual([]);
    expect(observer.disconnect).toHaveBeenCalledOnce();
    expect(event.listeners.size).toBe(0);
    expect(life.live).toEqual({ timers: 0, intervals: 0, idleCallbacks: 0, listeners: 0, observers: 0, children: 0 });
  });

  it('starts nothing once ended', () => {
    const life = new Lifetime();
    life.end();
    const fired: string[] = [];
    const observer = { disconnect: vi.fn() };
    life.setTimeout(() => fired.push('timeout'), 1);
    life.setInterval(() => fired.push('interval'), 1);
    life.track(observer);
    let undone = false;
    life.onEnd(() => (undone = true));
    vi.advanceTimersByTime(100);
    expect(fired).toEqual([]);
    expect(observer.disconnect).toHaveBeenCalledOnce();
    expect(undone).toBe(true);
    expect(life.child().ended).toBe(true);
  });

  it('lets a feature end on its own, and with its parent', () => {
    const page = new Lifetime();
    const feature = page.child();
    const fired: string[] = [];
    feature.setInterval(() => fired.push('feature'), 10);
    page.setInterval(() => fired.push('page'), 10);
    expect(page.live.intervals).toBe(2);
    feature.end();
    vi.advanceTimersByTime(10);
    expect(fired).toEqual(['page']);
    expect(page.live).toMatchObject({ intervals: 1, children: 0 });
    const next = page.child();
    next.setTimeout(() => fired.push('next'), 10);
    page.end();
    vi.advanceTimersByTime(100);
    expect(fired).toEqual(['page']);
    expect(next.ended).toBe(true);
  });

  it('forgets a timer once it has fired or been cleared', () => {
    const life = new Lifetime();
    life.setTimeout(() => undefined, 10);
    const cleared = life.setTimeout(() => undefined, 10);
    life.clearTimeout(cleared);
    expect(life.live.timers).toBe(1);
    vi.advanceTimersByTime(10);
    expect(life.live.timers).toBe(0);
  });

  it('runs every undo even when one throws', () => {
    const life = new Lifetime();
    const done: number[] = [];
    life.onEnd(() => done.push(1));
    life.onEnd(() => {
      throw new Error('broken');
    });
    life.onEnd(() => done.push(3));
    life.end();
    expect(done).toEqual([1, 3]);
  });
});

describe('content script sources', () => {
  it('start timers, listeners and observers only through a Lifetime', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = 'src/extension/content';
    // Promise-wrapping one-shot yields (nextTask) and the lifetime itself are the exceptions.
    const allowed = new Set(['lifetime.ts', 'scheduling.ts']);
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts') && !allowed.has(name))) {
      const code = readFileSync(`${dir}/${file}`, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
      expect(code, file).not.toMatch(/(?<![.\w])(setTimeout|setInterval|requestIdleCallback|addEventListener)\(/);
      expect(code, file).not.toMatch(/\bwindow\.addEventListener|\bdocument\.addEventListener/);
      // Every observer is handed to a lifetime as it is made (the formatter may break the line after "track(").
      const observers = code.match(/new MutationObserver/g)?.length ?? 0;
      expect(code.match(/\.track\(\s*new MutationObserver/g)?.length ?? 0, file).toBe(observers);
    }
  });
});
