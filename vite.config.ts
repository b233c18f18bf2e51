/**
 * Two builds from one config:
 * - `vite build`                 → dist/: the hosted static site (relative paths, so it works under any sub-path),
 *   with public/ (manifest, icons, robots.txt) and a service worker (sw.js, vite-plugin-pwa/Workbox) that
 *   precaches every file, so a page visited once opens and analyses with the network gone, and installs.
 * - `vite build --mode offline`  → dist-offline/oomscope.html: ONE self-contained file that works from file://.
 *   Everything (JS, CSS, the worker) is inlined; the worker is imported as `?worker&inline` because a
 *   `new URL()` worker cannot be started from a file:// page. No public/, no manifest, no service worker:
 *   it makes no request at all. The build prints the file's SHA-256 and writes it next to it.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { defineConfig, type Plugin, type PluginOption } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { VitePWA } from 'vite-plugin-pwa';
import { compileCatalogues } from './scripts/vite/compileCatalogues.ts';
import { rechartsSubsets } from './scripts/vite/rechartsSubsets.ts';
import { describeSizes, fileSizes } from './scripts/vite/offlineSize.ts';
import { shareBabelHelpers } from './scripts/vite/shareBabelHelpers.ts';

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

const INSTALL_LINKS = /\s*<!-- Installing the hosted app[^>]*-->|\s*<link rel="(?:manifest|apple-touch-icon)"[^>]*>/g;

/**
 * The single file runs from file://, where there is no service worker and a manifest would be one refused
 * request: drop the install links and take back what index.html's policy allows only for them.
 */
const noInstallInSingleFile: Plugin = {
  name: 'oomscope:offline-no-install',
  transformIndexHtml: (html) =>
    html
      .replace(INSTALL_LINKS, '')
      .replace(CSP_META, (meta) =>
        meta
          .replace("worker-src 'self' blob:", 'worker-src blob:')
          .replace("manifest-src 'self'", "manifest-src 'none'"),
      ),
};

/**
 * Prints the single file's SHA-256 and writes it in `sha256sum` format, so a copy can be checked (README); and
 * prints its size against the budget (scripts/vite/offlineSize.ts; the browser tests fail over it).
 */
const printSha256: Plugin = {
  name: 'oomscope:offline-sha256',
  apply: 'build',
  writeBundle(options, bundle) {
    for (const name of Object.keys(bundle).filter((n) => n.endsWith('.html'))) {
      const path = resolve(options.dir ?? 'dist-offline', name);
      const bytes = readFileSync(path);
      const digest = createHash('sha256').update(bytes).digest('hex');
      writeFileSync(`${path}.sha256`, `${digest}  ${basename(path)}\n`);
      console.log(
        `\nSHA-256 ${digest}  ${name}\n(check a copy with: sha256sum -c ${name}.sha256, or compare sha256sum ${name})` +
          `\nSize ${describeSizes(fileSizes(bytes))}`,
      );
    }
  },
};

/**
 * The hosted build's service worker. Workbox precaches every built file (the app is one page, one bundle and
 * a few icons), so the second visit needs no network at all. `autoUpdate`: a new deployment replaces the
 * old cache on the next load without asking. The page registers sw.js itself (src/views/app/serviceWorker.ts)
 * rather than through an injected inline script, which the CSP would refuse.
 */
const serviceWorker = () =>
  VitePWA({
    registerType: 'autoUpdate',
    injectRegister: false,
    manifest: false, // public/manifest.webmanifest is the one manifest
    workbox: {
      globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}'],
      // One file: the Workbox runtime inlined into sw.js rather than a second script the worker imports.
      inlineWorkboxRuntime: true,
      cleanupOutdatedCaches: true,
      clientsClaim: true,
      skipWaiting: true,
      // The app keeps its state in the fragment, never in the query: any query string still finds index.html.
      ignoreURLParametersMatching: [/./],
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    },
  });

export default defineConfig(({ mode }) => {
  const offline = mode === 'offline';
  const plugins: PluginOption[] = [
    react(),
    cspOffWhileServing,
    shareBabelHelpers(),
    compileCatalogues(),
    rechartsSubsets(),
  ];
  if (offline) {
    plugins.push(
      noInstallInSingleFile,
      viteSingleFile({ removeViteModuleLoader: true, outputFileName: 'oomscope.html' }),
      cspHashesForSingleFile,
      printSha256,
    );
  } else {
    plugins.push(serviceWorker());
  }
  return {
    base: './',
    plugins,
    // public/ (manifest, icons, robots.txt) belongs to the hosted site only.
    publicDir: offline ? false : 'public',
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
