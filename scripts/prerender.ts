/**
 * Prerendering: after the browser build, renders every route and every item
 * page to its own HTML file, so the first paint needs no JavaScript and each
 * item has its own title and description for search engines and link
 * previews. main.tsx then hydrates that HTML.
 *
 * The routes are rendered by src/app/server.tsx, built here for Node with the
 * same plugins and CSS Modules naming as the browser build, so the markup and
 * class names match what the browser renders.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { contentSummary } from './content-summary.ts';
import { APP_MODULES, manifestClosure, routeModule, type Manifest } from './route-modules.ts';

interface PrerenderedPage {
  path: string;
  html: string;
  title: string;
  description: string;
}
interface ServerEntry {
  prerenderPaths(): Promise<string[]>;
  prerender(path: string, basename: string): Promise<PrerenderedPage>;
}

/** In the Node build, the service-worker registration is never used: a hook that reports nothing to update. */
function pwaRegisterStub(): Plugin {
  const id = '\0srm:pwa-register-stub';
  return {
    name: 'srm:pwa-register-stub',
    resolveId: (source) => (source === 'virtual:pwa-register/react' ? id : undefined),
    load: (source) =>
      source === id
        ? 'export function useRegisterSW() { return { needRefresh: [false, () => {}], offlineReady: [false, () => {}], updateServiceWorker: async () => {} }; }'
        : undefined,
  };
}

const escapeAttribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The file a host serves for a route: "/" → index.html, "/model" → model.html, "/items/x" → items/x.html. */
export function fileFor(path: string): string {
  return path === '/' ? 'index.html' : `${path.slice(1)}.html`;
}

/**
 * The stylesheets a route needs, from the build manifest, inlined in its page so nothing restyles after load:
 * the app shell's (layout, header) first, then the page's. Its modules are not preloaded: src/boot.ts loads
 * the app after the first paint, which needs none of them.
 */
function routeAssets(manifest: Manifest, path: string): { css: string[] } {
  try {
    return { css: manifestClosure(manifest, [...APP_MODULES, routeModule(path)]).css };
  } catch (error) {
    throw new Error(`prerender: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/**
 * The page's HTML. Its stylesheets (the app's and the route's) are inlined in
 * one <style>, allowed by its hash in the page's Content-Security-Policy, so
 * the first paint waits for no other request.
 */
export function pageHtml(template: string, page: PrerenderedPage, assets: { css: string[] }, base: string, readAsset: (file: string) => string): string {
  const description = escapeAttribute(page.description);
  const linked = [...template.matchAll(/<link rel="stylesheet" crossorigin href="([^"]+)">\n?\s*/g)];
  // The route's stylesheets the template does not link already (it links the boot script's own).
  const routeCss = assets.css.filter((file) => !template.includes(file));
  const files = [...linked.map((match) => (match[1] ?? '').slice(base.length)), ...routeCss];
  const css = files.map(readAsset).join('\n');
  const hash = createHash('sha256').update(css).digest('base64');
  const head = [
    `<meta property="og:title" content="${page.title}" />`,
    `<meta property="og:description" content="${description}" />`,
    '<meta property="og:type" content="website" />',
    `<style>${css}</style>`,
    // The app's chunks name these stylesheets too: a disabled link (never fetched, never applied) tells Vite's
    // loader they are in the page already, so loading the app does not fetch them again and restyle the page.
    ...routeCss.map((file) => `<link rel="stylesheet" href="${base}${file}" disabled />`),
  ].join('\n    ');
  let html = template;
  for (const match of linked) html = html.replace(match[0], '');
  // Nothing but the page itself is fetched before the first paint:
  // - the boot script waits for that paint anyway: at low priority (and importing nothing), it does not compete with it;
  // - the icon (half a kilobyte) is inlined, allowed by the CSP's img-src data:;
  // - the web app manifest is linked by src/boot.ts when it starts the app.
  const icon = `data:image/svg+xml;base64,${Buffer.from(readAsset('icon.svg')).toString('base64')}`;
  html = html
    .replace(/<link rel="modulepreload"[^>]*>\n?\s*/g, '')
    .replace(/<link rel="manifest"[^>]*>\n?\s*/, '')
    .replace(`<link rel="icon" href="${base}icon.svg"`, `<link rel="icon" href="${icon}"`)
    .replace('<script type="module" crossorigin', '<script type="module" fetchpriority="low" crossorigin');
  if (!html.includes("style-src 'self'")) throw new Error("prerender: index.html's Content-Security-Policy has no style-src 'self' to add the inline styles' hash to");
  html = html
    .replace("style-src 'self'", `style-src 'self' 'sha256-${hash}'`)
    .replace(/<title>[^<]*<\/title>/, `<title>${page.title}</title>`)
    .replace(/<meta name="description" content="[^"]*" \/>/, `<meta name="description" content="${description}" />`)
    .replace('</head>', `  ${head}\n  </head>`)
    .replace('<div id="root"></div>', `<div id="root" data-prerendered="${escapeAttribute(page.path)}">${page.html}</div>`);
  if (!html.includes('data-prerendered=')) throw new Error('prerender: index.html has no empty <div id="root"></div> to fill');
  return html;
}

/** The Vite plugin: after the browser build (and before the service worker is generated), writes one HTML file per page. */
export function prerender(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'srm:prerender',
    apply: (_, env) => env.command === 'build' && !env.isSsrBuild,
    configResolved(resolved) {
      config = resolved;
    },
    closeBundle: {
      sequential: true,
      order: 'pre',
      async handler() {
        const root = config.root;
        const outDir = resolve(root, config.build.outDir);
        const serverDir = join(root, 'node_modules/.cache/srm-prerender');
        await build({
          configFile: false,
          root,
          base: config.base,
          mode: config.mode,
          logLevel: 'warn',
          resolve: { alias: config.resolve.alias },
          css: config.css.modules === undefined ? {} : { modules: config.css.modules },
          plugins: [react(), contentSummary(join(root, 'content')), pwaRegisterStub()],
          build: { ssr: 'src/app/server.tsx', outDir: serverDir, emptyOutDir: true, target: 'node20', minify: false },
        });
        const server = (await import(pathToFileURL(join(serverDir, 'server.js')).href)) as ServerEntry;
        const template = readFileSync(join(outDir, 'index.html'), 'utf8');
        const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
        const basename = config.base.replace(/\/$/, '') || '/';
        // Unknown paths get the empty shell: the app renders them in the browser (GitHub Pages serves 404.html).
        writeFileSync(join(outDir, '404.html'), template);
        const paths = await server.prerenderPaths();
        for (const path of paths) {
          const page = await server.prerender(path, basename).catch((error: unknown) => {
            throw new Error(`prerender: ${path} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
          });
          const file = join(outDir, fileFor(path));
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, pageHtml(template, page, routeAssets(manifest, path), config.base, (asset) => readFileSync(join(outDir, asset), 'utf8')));
        }
        config.logger.info(`prerendered ${paths.length} pages`);
      },
    },
  };
}
