/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { validateContent } from './src/domain/validate.ts';
import { readContentFiles } from './scripts/content-files.ts';

const contentRoot = fileURLToPath(new URL('./content', import.meta.url));

/** Fails the build, naming file, item and field, when content/ is invalid. */
function contentValidation(): Plugin {
  return {
    name: 'srm:content-validation',
    apply: 'build',
    buildStart() {
      let result;
      try {
        result = validateContent(readContentFiles(contentRoot));
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
      if (!result.ok) this.error(`The study content is invalid:\n- ${result.errors.join('\n- ')}`);
    },
  };
}

export default defineConfig({
  // A relative base lets the built app be served from any sub-path.
  base: process.env.BASE_PATH ?? '/',
  plugins: [react(), contentValidation()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    target: 'es2022',
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
  },
});
