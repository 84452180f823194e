/**
 * `npm run dev`: the development loop. Compiles the dataset, then keeps both
 * browsers' builds (dist/chrome, dist/firefox) up to date as sources change:
 * one `vite build --watch` per browser, and the dataset compiled again when a
 * file under src/data changes (the builds pick the new store up). Reload the
 * extension in the browser to see a change; for Firefox, `web-ext run` (see
 * the README) reloads it by itself.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { watch } from 'node:fs';

const compile = () => spawnSync('npx', ['tsx', 'src/build/compile-dataset.ts'], { stdio: 'inherit' }).status === 0;

if (!compile()) process.exit(1);

const builds: ChildProcess[] = ['chrome', 'firefox'].map((mode) => {
  const child = spawn('npx', ['vite', 'build', '--watch', '--mode', mode], { stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = (chunk: Buffer) => chunk.toString().replace(/^(?=.)/gm, `[${mode}] `);
  child.stdout?.on('data', (chunk: Buffer) => process.stdout.write(prefix(chunk)));
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(prefix(chunk)));
  return child;
});

// Data edits come in bursts (an editor's save, data:format): compile once they settle.
let pending: ReturnType<typeof setTimeout> | undefined;
watch('src/data', { recursive: true }, () => {
  clearTimeout(pending);
  pending = setTimeout(() => {
    console.log('[data] changed: compiling the dataset');
    compile();
  }, 300);
});

const stop = () => {
  for (const child of builds) child.kill();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
