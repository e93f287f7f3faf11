/**
 * Builds the embeddable widget: `.output/widget/inclusio.js`, one ES module partners load with
 * <script type="module">, plus lazy chunks beside it (other locales, ICS export, ICS/HTML
 * parsers) fetched relative to it only when needed. Run: npx vite build --config widget/vite.config.ts
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  publicDir: false,
  logLevel: 'warn',
  // Preact's automatic JSX runtime, matching tsconfig's jsxImportSource.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  resolve: {
    alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
  },
  build: {
    outDir: fileURLToPath(new URL('../.output/widget', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    // The host page's CSP may forbid inline code: no modulepreload polyfill, no CSS injection.
    modulePreload: false,
    cssCodeSplit: false,
    lib: {
      entry: fileURLToPath(new URL('./index.ts', import.meta.url)),
      formats: ['es'],
      fileName: () => 'inclusio.js',
    },
    rolldownOptions: {
      // Lets the lazy chunks import shared code from inclusio.js itself, so everything the
      // first render needs is one file (one request, one gzip stream).
      preserveEntrySignatures: 'allow-extension',
      output: {
        chunkFileNames: 'chunks/[name]-[hash].js',
        codeSplitting: {
          groups: [
            // Everything the first render needs is in inclusio.js itself: no chunk before the feed request.
            { name: 'inclusio-initial', tags: ['$initial'], priority: 2 },
            // Everything reading a feed.json needs is one chunk, loaded beside the feed request:
            // no second round trip for its own imports.
            {
              name: 'read-feed',
              test: /\/(widget\/(parse-feed|read-response|feed-prefix|after-paint|load)|lib\/(model\/(errors|id|checks|read-event|read-feed)|relevance\/|geo\/countries|http\/read-body|sources\/(index|json-feed|detect|mode|location|entities|html-text|types)))\.ts$/,
              priority: 1,
            },
          ],
        },
        // Lib mode leaves ES output unminified by default (for re-bundling); this file ships as is.
        minify: true,
      },
    },
  },
});
