/**
 * globalSetup of the browser tests: runs once per `vitest run -c vitest.browser.config.ts`.
 * 1. makes sure Debian Chromium exists (scripts/ensure-chromium.mjs installs it or explains how);
 * 2. builds the hosted app (dist/, with the test hooks of src/worker/testHooks.ts) and the offline single
 *    file (dist-offline/, exactly as shipped) once;
 * 3. serves dist/ on 127.0.0.1 and starts ONE Chromium that every test file connects to (a browser per
 *    file would cost seconds each on a 2-core machine). Playwright gives it a fresh temporary profile.
 * OOMSCOPE_SKIP_BUILD=1 reuses an existing build (for a quick edit-test loop on the tests themselves).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { serveStatic } from './harness.server';
// @ts-expect-error -- a plain .mjs script without types, shared with `npm test`
import { buildForTests } from '../../scripts/build-for-tests.mjs';

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

export default async function setup(project: TestProject) {
  step('Checking for Chromium', ['scripts/ensure-chromium.mjs']);
  const offlineFile = resolve(ROOT, 'dist-offline/oomscope.html');
  if (process.env.OOMSCOPE_SKIP_BUILD !== '1' || !existsSync(offlineFile)) await buildForTests();
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
