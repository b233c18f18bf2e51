/**
 * Two builds from one config:
 * - `vite build`                 → dist/: the hosted static site (relative paths, so it works under any sub-path).
 * - `vite build --mode offline`  → dist-offline/oomscope.html: ONE self-contained file that works from file://.
 *   Everything (JS, CSS, the worker) is inlined; the worker is imported as `?worker&inline` because a
 *   `new URL()` worker cannot be started from a file:// page.
 */
import { createHash } from 'node:crypto';
import { defineConfig, type Plugin, type PluginOption } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?>\s*/i;
const INLINE_SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script>/gi;

/** One 'sha256-…' CSP source per non-empty inline script of `html`. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)]
    .map((m) => m[1])
    .filter((body) => body.trim() !== '')
    .map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
}

/**
 * The dev server injects an inline React-refresh preamble and talks to its HMR websocket, both of which
 * index.html's strict policy forbids; the policy is dropped while serving (a development tool only).
 */
const cspOffWhileServing: Plugin = {
  name: 'oomscope:csp-dev',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(CSP_META, ''),
};

/**
 * The single file inlines every script, which `script-src 'self'` would block. Instead of opening the
 * policy with 'unsafe-inline', allow exactly the inlined scripts by hash. Runs after vite-plugin-singlefile
 * (listed after it, same 'post' order); says 'unsafe-inline' in between so that plugin does not warn.
 */
const cspHashesForSingleFile: Plugin = {
  name: 'oomscope:csp-offline',
  enforce: 'post',
  transformIndexHtml: (html) => html.replace("script-src 'self'", "script-src 'unsafe-inline'"),
  generateBundle: {
    order: 'post',
    handler(_options, bundle) {
      for (const asset of Object.values(bundle)) {
        if (asset.type !== 'asset' || !asset.fileName.endsWith('.html')) continue;
        const html = String(asset.source);
        asset.source = html.replace("script-src 'unsafe-inline'", `script-src ${inlineScriptHashes(html).join(' ')}`);
      }
    },
  },
};

export default defineConfig(({ mode }) => {
  const offline = mode === 'offline';
  const plugins: PluginOption[] = [react(), cspOffWhileServing];
  if (offline) {
    plugins.push(
      viteSingleFile({ removeViteModuleLoader: true, outputFileName: 'oomscope.html' }),
      cspHashesForSingleFile,
    );
  }
  return {
    base: './',
    plugins,
    build: {
      outDir: offline ? 'dist-offline' : 'dist',
      emptyOutDir: true,
      // The built-in samples and the inlined worker make one large bundle by design; the warning is noise.
      chunkSizeWarningLimit: 4000,
    },
    // A classic (iife) worker: Chromium refuses a *module* worker from a blob: URL on a file:// page (its origin
    // is opaque), which would break the offline file. The worker bundle has no dynamic imports, so iife is enough.
    worker: { format: 'iife' },
    server: { host: '127.0.0.1' },
  };
});
