/**
 * Unit and component tests (browser tests have their own config: vitest.browser.config.ts).
 * Two projects so pure code runs in plain Node, fast and honest (no accidental DOM), while React
 * components (*.test.tsx) get jsdom, jest-dom matchers and the ResizeObserver Recharts needs.
 */
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

const notBrowser = ['test/browser/**', 'node_modules/**', 'dist/**', 'dist-offline/**', 'dist-cli/**'];

export default defineConfig({
  plugins: [react()],
  test: {
    // A few tests take 2–3 s of CPU (the lint rule's test runs ESLint, an exhaustive classifier check, a first
    // Recharts render in jsdom); on a shared 2-core machine under load they pass the default 5 s.
    testTimeout: 20_000,
    // Worker threads start and pass messages faster than forked processes (measured: the whole unit run took
    // ~10 % less CPU); nothing here needs a process of its own (no native addons, no process.chdir).
    pool: 'threads',
    // One worker per core: Vitest's default leaves one core idle, a third of this 2-core machine's unit run.
    maxWorkers: '100%',
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          // Pure code with no global state: the test files of a worker share one module graph instead of
          // each importing it afresh, which takes a third off the unit tests' CPU time. A test that changes
          // shared state (fake timers, env) must restore it, as it must anyway.
          isolate: false,
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: notBrowser,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          // As for 'node': the files of a worker share one module graph and one jsdom window (domSetup.ts
          // resets address, storage and theme before each test). Measured: the unit run 45 s → 29 s.
          isolate: false,
          include: ['src/**/*.test.tsx', 'test/**/*.test.tsx'],
          exclude: notBrowser,
          setupFiles: ['test/support/domSetup.ts'],
        },
      },
    ],
  },
});
