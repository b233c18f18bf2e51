#!/usr/bin/env node
/**
 * Browser tests drive Debian's Chromium at /usr/bin/chromium, never a downloaded browser (the machines we
 * run on have no route to browser CDNs, and a pinned download would be one more thing to trust).
 * Missing: install it when we may (root on Debian), otherwise stop and say how.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const CHROMIUM = '/usr/bin/chromium';

const run = (cmd, args) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;

if (!existsSync(CHROMIUM)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version');
  if (isRoot && isDebian) {
    console.log('Chromium is missing: installing Debian chromium (apt-get) for the browser tests…');
    if (!run('apt-get', ['update']) || !run('apt-get', ['install', '-y', 'chromium']) || !existsSync(CHROMIUM)) {
      console.error('Installing chromium with apt-get failed; see the output above.');
      process.exit(1);
    }
  } else {
    console.error(
      `The browser tests need Chromium at ${CHROMIUM}.\n` +
        (isDebian
          ? 'Install it as root:  sudo apt-get update && sudo apt-get install -y chromium\n'
          : "Install your distribution's chromium package so that /usr/bin/chromium exists (on Debian/Ubuntu: apt-get install chromium).\n") +
        'Then run the tests again.',
    );
    process.exit(1);
  }
}
