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
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: notBrowser,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'test/**/*.test.tsx'],
          exclude: notBrowser,
          setupFiles: ['test/support/domSetup.ts'],
          // A first render of Recharts in jsdom can pass 5 s on a shared 2-core machine under load.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
