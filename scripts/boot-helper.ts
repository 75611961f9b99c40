import type { Plugin } from 'vite';

/**
 * Copies Vite's module-preload helper (under 1 KB) into the boot script instead
 * of leaving it a chunk the boot script imports. The boot script is the page's
 * only script and is fetched while the page is parsed; its static import was a
 * second request, made before the first paint, that Lighthouse's simulation of a
 * slow phone network counts towards the largest paint (~150 ms of it). The app's
 * own chunks still import the shared helper chunk when they load, after the paint.
 * The boot chunk's file name already depends on the helper's content (it named
 * the helper's hashed file), so the copy does not make its hash stale.
 */
export function inlineBootHelper(bootModule = '/src/boot.ts'): Plugin {
  // The entry is index.html; its chunk holds the boot module.
  const isBoot = (chunk: { isEntry: boolean; moduleIds: readonly string[] }): boolean => chunk.isEntry && chunk.moduleIds.some((id) => id.endsWith(bootModule));
  return {
    name: 'srm:inline-boot-helper',
    apply: 'build',
    enforce: 'post',
    // The boot chunk's name changes when this plugin's output would (the service worker caches assets by name).
    augmentChunkHash(chunk) {
      if (isBoot(chunk)) return 'inline-preload-helper-1';
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((output) => (output.type === 'chunk' ? [output] : []));
      const boot = chunks.find(isBoot);
      const helper = chunks.find((chunk) => chunk.moduleIds.length === 1 && chunk.moduleIds[0]?.includes('vite/preload-helper'));
      if (!boot) {
        this.warn(`no chunk holds ${bootModule}: the boot script's preload helper was not inlined`);
        return;
      }
      // A boot script that loads nothing needs no helper.
      if (!helper || !boot.imports.includes(helper.fileName)) return;
      const file = helper.fileName.slice(helper.fileName.lastIndexOf('/') + 1).replace(/[.$]/g, '\\$&');
      // Minified or not (a build with --minify false, for profiling), the same statements.
      const imported = new RegExp(`import\\s*\\{\\s*(\\w+) as (\\w+)\\s*\\}\\s*from\\s*["']\\./${file}["'];?`).exec(boot.code);
      const exported = /export\s*\{\s*(\w+) as (\w+)\s*\};?\s*(\/\/# sourceMappingURL=\S*\s*)?$/.exec(helper.code);
      if (!imported || !exported || imported[1] !== exported[2]) {
        this.error(`cannot inline ${helper.fileName} into ${boot.fileName}: the bundler's import or export has a shape this plugin does not know`);
      }
      const body = helper.code.slice(0, exported.index);
      boot.code = boot.code.replace(imported[0], () => `const ${imported[2]}=(()=>{${body};return ${exported[1]}})();`);
      boot.imports = boot.imports.filter((name) => name !== helper.fileName);
    },
  };
}
