/**
 * When the worker began running our code, on its own clock (which starts
 * when the browser creates the worker). Imported first by the background's
 * entry, so it is evaluated before any other module of ours.
 */
export const STARTED_AT = performance.now();
