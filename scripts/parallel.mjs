/**
 * Runs npm scripts at the same time and fails if any fails: `node scripts/parallel.mjs typecheck lint`.
 * `npm test` runs the static checks and the browser tests' builds this way: typecheck, ESLint and Prettier are
 * single-threaded, so one after the other they leave a core idle for much of a minute. (The unit tests come
 * after: they keep both cores busy on their own, and beside these they took longer, not shorter.) Each script's output is printed whole when it ends, so the logs do
 * not interleave.
 */
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(script) {
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(npm, ['run', '--silent', script], { env: { ...process.env, FORCE_COLOR: '1' } });
    const out = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => out.push(d));
    child.on('close', (code) => {
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`\n> ${script}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${seconds} s\n`);
      process.stdout.write(Buffer.concat(out));
      resolve(code === 0);
    });
  });
}

const results = await Promise.all(process.argv.slice(2).map(run));
process.exit(results.every(Boolean) ? 0 : 1);
