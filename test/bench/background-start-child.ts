/**
 * One cold start of the matching engine, in a fresh Node process (bundled by
 * background-start.ts, run with --expose-gc): open the store from a build
 * and answer a first match request. Prints one line of JSON.
 */
import { readFileSync } from 'node:fs';
import { openStore } from './compiled-store';

const [buildDir, requestPath] = process.argv.slice(2);
const text = readFileSync(requestPath, 'utf8');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
gc();
const heapBefore = process.memoryUsage().heapUsed;

const started = performance.now();
const { matcher, format, bytes } = openStore(buildDir);
const mentions = matcher.scan(text).length;
const answered = performance.now();

gc();
gc();
const heapBytes = process.memoryUsage().heapUsed - heapBefore;
process.stdout.write(JSON.stringify({ format, bytes, names: matcher.nameCount, mentions, workMs: answered - started, sinceProcessStartMs: answered, heapBytes }) + '\n');
