/**
 * The two builds the browser tests run against, made at the same time (each keeps about one core busy):
 * - dist/: the hosted app as users get it plus the slowed-down worker a test page may ask for
 *   (src/worker/testHooks.ts, switched on by VITE_OOMSCOPE_TEST_HOOKS);
 * - dist-offline/oomscope.html: the offline single file exactly as shipped (a test checks it has no test hook).
 * Run by the browser tests' global setup, and by `npm test` beside the unit tests (then the setup skips it).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const vite = resolve(ROOT, 'node_modules/vite/bin/vite.js');
// Vitest sets NODE_ENV=test, which a child would inherit and which makes Vite bundle React's development
// build: the tests must run what users get.
const production = { ...process.env, NODE_ENV: 'production' };

function build(args, env) {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [vite, 'build', ...args, '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
      env,
    });
    child.on('error', fail);
    child.on('close', (code) =>
      code === 0 ? done() : fail(new Error(`vite build ${args.join(' ')} failed (exit ${code})`)),
    );
  });
}

export function buildForTests() {
  return Promise.all([
    build([], { ...production, VITE_OOMSCOPE_TEST_HOOKS: '1' }),
    build(['--mode', 'offline'], production),
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildForTests().catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
}
