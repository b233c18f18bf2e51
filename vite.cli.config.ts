/**
 * The installed command: `vite build -c vite.cli.config.ts` → dist-cli/oomscope.js, one plain-JavaScript ESM
 * file for Node 20 with every dependency bundled in (the published package needs nothing at run time, and
 * nothing is compiled when it starts). `npm pack` builds it first (the `prepack` script).
 */
import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import { compileCatalogues } from './scripts/vite/compileCatalogues.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  // NODE_ENV: Lingui leaves out its run-time ICU compiler (the catalogues come compiled).
  define: { __OOMSCOPE_VERSION__: JSON.stringify(pkg.version), 'process.env.NODE_ENV': '"production"' },
  // The catalogues compiled from ICU at build time, as for the page (no ICU parser in the file).
  plugins: [compileCatalogues()],
  // Node's own modules stay imports; everything else (Lingui, the compiled catalogues) goes into the file.
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'src/cli/bin.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: true,
    sourcemap: false,
    copyPublicDir: false,
    reportCompressedSize: false,
    rolldownOptions: { output: { entryFileNames: 'oomscope.js', format: 'es' } },
  },
});
