/**
 * Builds the embeddable widget: `.output/widget/inclusio.js`, one ES module partners load with
 * <script type="module">, plus lazy chunks beside it (other locales, ICS export, ICS/HTML
 * parsers) fetched relative to it only when needed. Run: npx vite build --config widget/vite.config.ts
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The bundler's runtime (a stateless helper that builds the export objects of lazy chunks) is
 * a chunk of its own as soon as two lazy chunks use it, and each of them would then wait for
 * one more round trip before running: the feed preview's chunk on the way to the first paint.
 * This copies it into every chunk that imports it instead (it is some 150 bytes).
 */
function inlineRuntimeChunk(): Plugin {
  return {
    name: 'inclusio-inline-runtime-chunk',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const [fileName, runtime] of Object.entries(bundle)) {
        if (runtime.type !== 'chunk' || !/(^|\/)rolldown-runtime-[^/]*\.js$/.test(fileName)) continue;
        const code = runtime.code.trim();
        const exported = /export\s*\{([^}]*)\};?$/.exec(code);
        // Only a small helper with no imports of its own is safe to copy.
        if (!exported || code.length > 2000 || /\bimport\b/.test(code)) continue;
        const body = code.slice(0, exported.index);
        const names = exported[1]!.split(',').map((part) => part.trim().split(/\s+as\s+/));
        const helpers = `{${names.map(([local, as]) => `${as ?? local}:${local}`).join(',')}}`;
        const base = fileName.split('/').pop()!.replace(/[.$]/g, '\\$&');
        let users = 0;
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk' || chunk === runtime) continue;
          chunk.code = chunk.code.replace(new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*["'](?:\\./|\\.\\./chunks/|\\./chunks/)${base}["'];?`), (_m, specs: string) => {
            users++;
            const bindings = specs.split(',').map((part) => part.trim().split(/\s+as\s+/)).map(([name, local]) => `${name}:${local ?? name}`);
            return `const{${bindings.join(',')}}=(()=>{${body}return ${helpers}})();`;
          });
        }
        if (users > 0 && !Object.values(bundle).some((c) => c.type === 'chunk' && c.code.includes(fileName.split('/').pop()!))) delete bundle[fileName];
      }
    },
  };
}

/**
 * A lazy chunk that failed to load (a dropped connection, a captive portal) is asked for again by
 * the widget when it is next needed (the next keystroke, "Try again"). Some browsers keep the
 * failure of a dynamic import for its address for the page's life (Chromium up to 150 at least):
 * asked again, they fail at once without a request. So each lazy import, when it fails, is tried
 * once more at the same file under an address of its own (a query string, which static hosts
 * ignore); its own imports resolve to the same shared modules.
 */
function retryFailedChunks(): Plugin {
  const LAZY_IMPORT = /\bimport\((["'`])(\.{1,2}\/[^"'`$\\?]+\.js)\1\)/g;
  return {
    name: 'inclusio-retry-failed-chunks',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        chunk.code = chunk.code.replace(LAZY_IMPORT, (_m, q: string, path: string) => `import(${q}${path}${q}).catch(()=>import(${q}${path}?${q}+Math.random()))`);
      }
    },
  };
}

export default defineConfig({
  plugins: [inlineRuntimeChunk(), retryFailedChunks()],
  root,
  publicDir: false,
  logLevel: 'warn',
  // Preact's automatic JSX runtime, matching tsconfig's jsxImportSource. Never its development
  // form (source positions on every element), which a build started under NODE_ENV=test (the e2e
  // harness's ensureWidgetBuilt, inside vitest) would otherwise ship: 0.8 KB gzip more.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact', development: false } },
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
            { name: 'inclusio-initial', tags: ['$initial'], priority: 3 },
            // A feed.json's first screen (preview-feed.ts): a few KB asked for beside the feed
            // request, so the first events are drawn before the reading chunk below is even fetched.
            {
              name: 'preview-feed',
              test: /\/(widget\/(preview-feed|feed-prefix|after-paint)\.ts|lib\/(model\/(checks|id|read-event|read-feed|sanitize)|relevance\/reason|sources\/json-feed-(preview|source))\.ts)$/,
              priority: 2,
            },
            // Everything reading a feed.json needs is one chunk, loaded beside the feed request:
            // no second round trip for its own imports.
            {
              name: 'read-feed',
              test: /\/(widget\/(parse-feed|read-response|load|refresh|cache|offer-events|stable-rows|ui\/NewEvents)|lib\/(model\/(errors|id|checks|read-event|read-feed)|relevance\/|geo\/countries|http\/read-body|sources\/(index|json-feed|detect|mode|location|entities|html-text|types)))\.tsx?$/,
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
