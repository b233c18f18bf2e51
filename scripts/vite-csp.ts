/**
 * Keeps index.html's Content-Security-Policy true in every mode.
 *
 * - Dev server: Vite injects an inline React-refresh preamble and talks to its HMR websocket, both of which
 *   the strict policy forbids, so the meta tag is removed while serving. It is a development tool only.
 * - Offline single file: every script is inlined, so `script-src 'self'` would block the app. Rather than
 *   opening the policy with 'unsafe-inline', we replace it with the SHA-256 hash of each inlined script
 *   after vite-plugin-singlefile has done its work (this plugin's generateBundle runs after it).
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"[^>]*>\s*/i;
const INLINE_SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script>/gi;

/** script-src for the inlined scripts of `html`: one 'sha256-…' source per non-empty inline script. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(INLINE_SCRIPT)) {
    const body = match[1];
    if (body.trim() === '') continue;
    hashes.push(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return hashes;
}

export function cspPlugin({ offline }: { offline: boolean }): Plugin[] {
  return [
    {
      name: 'oomscope:csp-dev',
      apply: 'serve',
      transformIndexHtml: (html) => html.replace(CSP_META, ''),
    },
    {
      name: 'oomscope:csp-offline',
      apply: () => offline,
      enforce: 'post',
      // Say 'unsafe-inline' first so the single-file plugin does not warn; replaced by hashes below.
      transformIndexHtml: (html) => html.replace("script-src 'self'", "script-src 'unsafe-inline'"),
      generateBundle(_options, bundle) {
        for (const asset of Object.values(bundle)) {
          if (asset.type !== 'asset' || !asset.fileName.endsWith('.html')) continue;
          const html = String(asset.source);
          const hashes = inlineScriptHashes(html).join(' ');
          asset.source = html.replace("script-src 'unsafe-inline'", `script-src ${hashes}`);
        }
      },
    },
  ] as Plugin[];
}
