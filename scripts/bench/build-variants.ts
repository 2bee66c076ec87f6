/**
 * Builds the instrumented copies of the Chrome extension the benchmark loads: the same build
 * as `BACKSTORY_BENCH=1 BACKSTORY_OUT_DIR=dist-bench/chrome node scripts/build.mjs --chrome`
 * (performance marks compiled in, dist/ untouched), plus hidden source maps so profiles name
 * the hot functions. Each build runs in a child process, because the environment variables are
 * read when vite.config.ts is evaluated; BACKSTORY_DATASET_DIR picks another dataset folder.
 */
import { spawn } from 'node:child_process';

export async function buildBenchVariant(
  outDir: string,
  datasetDir?: string,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<void> {
  const code = [
    "import { build } from 'vite';",
    `await build({ mode: 'chrome', logLevel: 'error', build: { outDir: ${JSON.stringify(outDir)}, sourcemap: 'hidden' } });`,
  ].join('\n');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BACKSTORY_BENCH: '1',
    BACKSTORY_OUT_DIR: outDir,
    ...(datasetDir === undefined ? {} : { BACKSTORY_DATASET_DIR: datasetDir }),
    ...extraEnv,
  };
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (status) =>
      status === 0
        ? resolve()
        : reject(new Error(`bench: building ${outDir} failed (exit ${status}):\n${stderr}`)),
    );
  });
}
