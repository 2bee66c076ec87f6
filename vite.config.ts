import { readFileSync } from 'node:fs';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import type { ManifestV3Export } from '@crxjs/vite-plugin';
import { manifestFor } from './scripts/lib/manifest-for.ts';
import type { Target } from './scripts/lib/manifest-for.ts';
import { datasetPlugin } from './scripts/lib/dataset-plugin.ts';

const readJson = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as Record<string, unknown>;

export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const pkg = readJson('./package.json') as { version: string };
  const manifest = manifestFor(readJson('./manifest.json'), target, pkg.version);
  return {
    publicDir: 'assets/public',
    // Content scripts run on every page: plain, minified, no source maps shipped.
    build: {
      // The benchmark builds an instrumented copy elsewhere (BACKSTORY_BENCH=1).
      outDir: process.env.BACKSTORY_OUT_DIR ?? `dist/${target}`,
      emptyOutDir: true,
      target: ['chrome111', 'firefox128'],
      sourcemap: false,
      rollupOptions: { input: { welcome: 'src/welcome/index.html' } },
    },
    define: {
      __BACKSTORY_BENCH__: JSON.stringify(process.env.BACKSTORY_BENCH === '1'),
      // The A/B baseline of `npm run bench:stage`: only ever in a benchmark build.
      __BACKSTORY_NO_STAGE__: JSON.stringify(
        process.env.BACKSTORY_BENCH === '1' && process.env.BACKSTORY_NO_STAGE === '1',
      ),
    },
    plugins: [
      // BACKSTORY_DATASET_DIR: another dataset folder (the benchmark's synthetic datasets).
      datasetPlugin(process.env.BACKSTORY_DATASET_DIR),
      preact(),
      crx({
        manifest: manifest as unknown as ManifestV3Export,
        browser: target,
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
    ],
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
