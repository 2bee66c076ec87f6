// `npm start [-- --firefox]`: builds, serves the demo article on 127.0.0.1 and opens a desktop
// browser with the unpacked extension loaded (web-ext run), for people trying Backstory.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const firefox = process.argv.includes('--firefox');
const run = (cmd: string, args: string[]): Promise<void> =>
  new Promise((ok, fail) => {
    const child = spawn(cmd, args, { stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`${cmd} exited with ${code}`))));
  });

await run('node', ['scripts/build.mjs', firefox ? '--firefox' : '--chrome']);
const { serve } = await import('./lib/serve.ts');
const { articleHtml } = await import('./lib/article-page.ts');
const server = await serve('tests/fixtures/pages', { '/': () => ({ body: articleHtml() }) });
const demo = server.url('/');
console.log(`demo page: ${demo}`);

const binary = firefox ? '/usr/bin/firefox-esr' : '/usr/bin/chromium';
if (!existsSync(binary))
  console.warn(`${binary} not found: web-ext will look for the browser itself`);
const args = [
  'web-ext',
  'run',
  '--source-dir',
  firefox ? 'dist/firefox' : 'dist/chrome',
  '--target',
  firefox ? 'firefox-desktop' : 'chromium',
  '--start-url',
  demo,
  '--no-reload',
];
if (existsSync(binary)) args.push(firefox ? '--firefox' : '--chromium-binary', binary);
try {
  await run('npx', args);
} finally {
  await server.close();
}
