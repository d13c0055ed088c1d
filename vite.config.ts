/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * index.html's one inline script must run before the first paint, so it cannot wait for a file;
 * the policy allows exactly its text by hash. Change the script and the hash follows.
 */
function inlineScriptHashes(): string[] {
  const html = readFileSync(new URL('./index.html', import.meta.url), 'utf8');
  return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
}

/**
 * The built app runs under a strict policy. Embeds are welcome anywhere, so frame-ancestors
 * is open; it only works as a header (browsers ignore it in a meta tag and say so), so the
 * meta copy, for hosts where headers are out of reach, leaves it out. img-src adds blob: and
 * data: for the PNG export only (an svg drawn through an <img>); scripts stay 'self'.
 */
const POLICY = [
  "default-src 'self'",
  ["script-src 'self'", ...inlineScriptHashes()].join(' '),
  "img-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'none'",
];
export const CSP_HEADER = [...POLICY, 'frame-ancestors *'].join('; ');
export const CSP_META = POLICY.join('; ');

function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    // Dev keeps Vite's inline HMR preamble working; the policy belongs to the build.
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP_META }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * The catalog worker's first line asks V8 to compile all of its functions as the script loads
 * (https://v8.dev/blog/explicit-compile-hints): the worker starts with the download, so its code
 * is ready when the bytes arrive, rather than compiled function by function during the decode.
 */
function catalogWorkerCompileHint(): Plugin {
  return {
    name: 'catalog-worker-compile-hint',
    // After minifying, which drops comments.
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.isEntry && chunk.facadeModuleId?.endsWith('/src/workers/catalog.worker.ts')) {
          chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        }
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), cspMeta()],
  // ES module workers can split: the import worker loads its XLSX reader only for a workbook.
  worker: { format: 'es', plugins: () => [catalogWorkerCompileHint()] },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: { 'Content-Security-Policy': CSP_HEADER } },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    // Whole-app renders with the chart take seconds when CI's two cores are shared; 5 s was too tight.
    testTimeout: 20_000,
  },
});
