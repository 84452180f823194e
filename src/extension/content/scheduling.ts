/**
 * Cooperative scheduling for the page scanner: work runs in slices well under
 * the 50 ms a task may take before the page feels slow, and each slice ends by
 * giving the event loop back to the page (input, rendering, its own timers).
 */

/** Work per slice. Long tasks start at 50 ms; a slice may overrun by one piece of matching. */
export const SLICE_MS = 12;

/**
 * Resolves in a new macrotask, queued behind the page's own timers: a plain
 * `setTimeout`. Faster yields exist (`scheduler.yield()`, a private
 * MessageChannel), but measured in Firefox they run ahead of the page's
 * timers, so a page's `setInterval` starved for the whole scan of an 8 MB
 * page. The browser clamps a chain of timeouts to 4 ms, which the 12 ms
 * slices absorb.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * What scanning cost the page's main thread, measured by our own clock around
 * each slice (so forced style work and garbage collection inside a slice
 * count too). Sent with each scan, so tests and curious users can check that
 * no task of ours came near 50 ms.
 */
export const workStats = { setupMs: 0, longestTaskMs: 0, busyMs: 0, tasks: 0, firstTaskAt: 0, lastTaskAt: 0 };

/** A clock for slices: `due()` says when the current slice has used its time. */
export class SliceClock {
  private started = performance.now();
  private deadline = this.started + SLICE_MS;

  due(): boolean {
    return performance.now() >= this.deadline;
  }

  /** Yields to the page, then starts a new slice. */
  async pause(): Promise<void> {
    this.end();
    await nextTask();
    this.started = performance.now();
    this.deadline = this.started + SLICE_MS;
  }

  /** Ends the slice while waiting for someone else (the background's matcher): waiting costs the page nothing. */
  async wait<T>(work: Promise<T>): Promise<T> {
    this.end();
    try {
      return await work;
    } finally {
      this.started = performance.now();
      this.deadline = this.started + SLICE_MS;
    }
  }

  /** Records the current slice; call once when the work is done. */
  end(): void {
    const spent = performance.now() - this.started;
    workStats.longestTaskMs = Math.max(workStats.longestTaskMs, spent);
    if (workStats.tasks === 0) workStats.firstTaskAt = this.started;
    workStats.lastTaskAt = this.started + spent;
    workStats.busyMs += spent;
    workStats.tasks++;
  }
}
