#!/usr/bin/env node
/** The installed `oomscope` command (built to dist-cli/oomscope.js) and `npm run oomscope` from a checkout. */
import { main } from './main';
import { nodeIo } from './nodeIo';

declare const __OOMSCOPE_VERSION__: string | undefined;
const version = typeof __OOMSCOPE_VERSION__ === 'string' ? __OOMSCOPE_VERSION__ : 'dev';

// A reader that goes away (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
});

main(process.argv.slice(2), nodeIo(version)).then(
  (status) => {
    process.exitCode = status;
  },
  (err: unknown) => {
    process.stderr.write(`oomscope: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
