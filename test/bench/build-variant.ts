import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { Matcher } from '../../src/core/index';
import { join, resolve } from 'node:path';

/**
 * Builds the Chromium extension for a benchmark: the end-to-end build (the
 * shipped one plus http://127.0.0.1, so the fixture server counts as a listed
 * news site), from the real dataset or a synthetic one of `entities`
 * entities, into `dist/bench/<label>/`. Always builds (a few seconds); the
 * generated data under node_modules/.stakes-build is restored to the real
 * dataset afterwards by `restoreRealData`.
 */
export interface BuiltVariant {
  label: string;
  dir: string;
  /** Names in the build's compiled index (`<dir>/data/names.bin`). */
  names: number;
  /** Entities asked for; undefined for the real dataset. */
  entities: number | undefined;
  buildMs: number;
}

const BIN = resolve('node_modules/.bin');

export function buildVariant(label: string, entities?: number): BuiltVariant {
  const dir = resolve('dist/bench', label);
  const env = { ...process.env, STAKES_OUT_DIR: dir, ...(entities ? { STAKES_SYNTHETIC_ENTITIES: String(entities) } : {}) };
  if (!entities) delete env.STAKES_SYNTHETIC_ENTITIES;
  const started = performance.now();
  run(join(BIN, 'tsx'), ['src/build/compile-dataset.ts'], env);
  run(join(BIN, 'vite'), ['build', '--mode', 'chrome-e2e', '--logLevel', 'error'], env);
  const buildMs = performance.now() - started;
  const names = Matcher.fromCompiled(readFileSync(join(dir, 'data', 'names.bin'))).nameCount;
  return { label, dir, names, entities, buildMs };
}

/** Puts the real dataset back where `npm run build` expects it. */
export function restoreRealData(): void {
  const env = { ...process.env };
  delete env.STAKES_SYNTHETIC_ENTITIES;
  run(join(BIN, 'tsx'), ['src/build/compile-dataset.ts'], env);
}

/** Quiet unless it fails (vite warns about chunk options on every build); then its output is the error. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  try {
    execFileSync(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stderr ?? ''}${stdout ?? ''}`, { cause: error });
  }
}

/** The content script the manifest lists first, and its size in bytes. */
export function contentScriptOf(dir: string): { path: string; bytes: number } {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
  const path = join(dir, manifest.content_scripts[0].js[0]);
  return { path, bytes: statSync(path).size };
}
