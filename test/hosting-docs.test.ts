/**
 * docs/hosting.md tells people which Content-Security-Policy header to send: it must be the page's own policy
 * (index.html) plus frame-ancestors 'none', in every server's example, or a deployment would quietly drift.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const html = readFileSync(resolve(ROOT, 'index.html'), 'utf8');
const doc = readFileSync(resolve(ROOT, 'docs/hosting.md'), 'utf8');
const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';

describe('docs/hosting.md', () => {
  it('gives the page’s own policy plus frame-ancestors, for the header and each server', () => {
    expect(meta).toContain("connect-src 'none'");
    const header = `${meta}; frame-ancestors 'none'`;
    const policies = [...doc.matchAll(/default-src [^"\n]+/g)].map((m) => m[0]);
    // The header block, nginx, Apache, Caddy and the CDN policy.
    expect(policies.length).toBeGreaterThanOrEqual(5);
    for (const policy of policies) expect(policy).toBe(header);
  });

  it('covers nginx, Apache, Caddy, an S3-style bucket and GitHub Pages', () => {
    for (const heading of ['## nginx', '## Apache', '## Caddy', '## An S3-style bucket', '## GitHub Pages'])
      expect(doc).toContain(heading);
  });
});
