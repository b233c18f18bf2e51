/**
 * globalSetup of the browser tests: runs once per `vitest run -c vitest.browser.config.ts`.
 * 1. makes sure Debian Chromium exists (scripts/ensure-chromium.mjs installs it or explains how);
 * 2. builds the hosted app (dist/, with the test hooks of src/worker/testHooks.ts) and the offline single
 *    file (dist-offline/, exactly as shipped) once;
 * 3. serves dist/ on 127.0.0.1 and starts ONE Chromium that every test file connects to (a browser per
 *    file would cost seconds each on a 2-core machine). Playwright gives it a fresh temporary profile.
 * OOMSCOPE_SKIP_BUILD=1 reuses an existing build (for a quick edit-test loop on the tests themselves).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './harness.server';

const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  // Without these Chromium phones home at start; on a closed network that is a burst of refused connections.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    offlineUrl: string;
    wsEndpoint: string;
  }
}

function step(what: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}); see the output above.`);
}

/** Like step(), without waiting: the two builds run at the same time (each keeps about one core busy). */
function stepAsync(what: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${what} failed (exit ${code}); see the output above.`)),
    );
  });
}

export default async function setup(project: TestProject) {
  step('Checking for Chromium', ['scripts/ensure-chromium.mjs']);
  const offlineFile = resolve(ROOT, 'dist-offline/oomscope.html');
  if (process.env.OOMSCOPE_SKIP_BUILD !== '1' || !existsSync(offlineFile)) {
    const vite = resolve(ROOT, 'node_modules/vite/bin/vite.js');
    // Vitest sets NODE_ENV=test, which the child would inherit and which makes Vite bundle React's
    // development build: the tests must run what users get.
    const production = { ...process.env, NODE_ENV: 'production' };
    // dist/ is a test build: the same production bundle plus the slowed-down worker a page may ask for
    // (src/worker/testHooks.ts). The offline file is built exactly as users get it, and is checked to
    // contain no test hook.
    await Promise.all([
      stepAsync('vite build', [vite, 'build', '--logLevel', 'warn'], { ...production, VITE_OOMSCOPE_TEST_HOOKS: '1' }),
      stepAsync('vite build --mode offline', [vite, 'build', '--mode', 'offline', '--logLevel', 'warn'], production),
    ]);
  }
  const server = await serveStatic(resolve(ROOT, 'dist'));
  const browser = await chromium.launchServer({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  project.provide('baseUrl', server.url);
  project.provide('offlineUrl', pathToFileURL(offlineFile).href);
  project.provide('wsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
