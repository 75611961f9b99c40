/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { inlineBootHelper } from './scripts/boot-helper.ts';
import { CHUNK_GROUPS } from './scripts/chunk-groups.ts';
import { contentSummary } from './scripts/content-summary.ts';
import { prerender } from './scripts/prerender.ts';

const contentRoot = fileURLToPath(new URL('./content', import.meta.url));

/**
 * The Content-Security-Policy of the built app: nothing inline, nothing remote.
 * Added at build time only (the dev server injects an inline preamble).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'srm:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
    },
  };
}

export default defineConfig({
  // BASE_PATH serves the app from a sub-path, absolute with slashes at both ends (/srm-trainer/ on GitHub Pages).
  base: process.env.BASE_PATH ?? '/',
  plugins: [
    react(),
    contentSummary(contentRoot),
    contentSecurityPolicy(),
    inlineBootHelper(),
    prerender(),
    VitePWA({
      // After prerender: the service worker precaches the prerendered pages too.
      integration: { closeBundleOrder: 'post' },
      // The app asks before reloading into a new version (UpdatePrompt), so no answer is lost mid-session.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Shared Responsibility Trainer',
        short_name: 'SRM Trainer',
        description: 'Study the AWS Shared Responsibility Model for the SysOps / CloudOps Associate exam.',
        lang: 'en',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        background_color: '#12161c',
        theme_color: '#12161c',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // Every route chunk and the content: after the first visit the whole app works offline.
        globPatterns: ['**/*.{js,css,html,svg,png,txt}'],
        // /model is model.html, /items/x is items/x.html (cleanURLs), whatever the query; any other path gets the empty shell.
        ignoreURLParametersMatching: [/.*/],
        navigateFallback: '404.html',
        cleanupOutdatedCaches: true,
        // Serves /flashcards to returning visitors marked as such (see the file), ahead of the routes above.
        importScripts: ['sw-returning.js'],
      },
    }),
  ],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
    // dist/.vite/manifest.json lets scripts/bench-web.mjs weigh each route's chunks.
    manifest: true,
    modulePreload: {
      // Every browser the app supports (es2022) has modulepreload.
      polyfill: false,
    },
    rolldownOptions: {
      output: {
        // A few chunks that follow the start-up steps and the pages' shared pieces, not thirty small ones.
        codeSplitting: { groups: CHUNK_GROUPS },
      },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    // Component tests type and click through the real app; a shared 2-core machine needs headroom.
    testTimeout: 20_000,
  },
});
