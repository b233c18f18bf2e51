/**
 * Two builds from one config:
 * - `vite build`                 → dist/: the hosted static site (relative paths, so it works under any sub-path).
 * - `vite build --mode offline`  → dist-offline/oomscope.html: ONE self-contained file that works from file://.
 *   Everything (JS, CSS, the worker) is inlined; the worker is imported as `?worker&inline` because a
 *   `new URL()` worker cannot be started from a file:// page.
 */
import { defineConfig, type PluginOption } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { cspPlugin } from './scripts/vite-csp';

export default defineConfig(({ mode }) => {
  const offline = mode === 'offline';
  const plugins: PluginOption[] = [react(), cspPlugin({ offline })];
  if (offline) plugins.push(viteSingleFile({ removeViteModuleLoader: true, outputFileName: 'oomscope.html' }));
  return {
    base: './',
    plugins,
    build: {
      outDir: offline ? 'dist-offline' : 'dist',
      emptyOutDir: true,
      // The built-in sample and worker make the bundle large by design; the warning is noise.
      chunkSizeWarningLimit: 4000,
    },
    // The inline worker is an ES module (it imports the parser); classic workers cannot.
    worker: { format: 'es' },
    server: { host: '127.0.0.1' },
  };
});
