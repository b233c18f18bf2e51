/**
 * Real-browser tests: playwright-core driving Debian Chromium against the built app.
 * The global setup builds dist/ and dist-offline/ once, serves dist/ and starts one shared Chromium.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'browser',
    environment: 'node',
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/browser/harness.setup.ts'],
    // The test files of a worker share one module graph (playwright-core and the harness are imported once per
    // worker, not once per file); the harness's per-test and per-file checks are registered for each file here.
    isolate: false,
    setupFiles: ['test/browser/harness.hooks.ts'],
    // A parse in a worker on a shared 2-core machine can take seconds; these are generous on purpose.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // expect.poll gives up after 1 s by default: on a busy machine one round trip to the page can take that
    // long, so a poll for a state that does come would fail. The state is still waited for, never a time.
    expect: { poll: { timeout: 15_000 } },
    // Two files at a time: one Chromium serves both, and the two cores stay usable.
    maxWorkers: 2,
  },
});
