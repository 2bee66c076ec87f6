// Builds both targets, one after the other: dist/chrome and dist/firefox.
import { build } from 'vite';

const targets = process.argv.includes('--firefox')
  ? ['firefox']
  : process.argv.includes('--chrome')
    ? ['chrome']
    : ['chrome', 'firefox'];

for (const mode of targets) {
  await build({ mode, logLevel: process.env.CI ? 'warn' : 'info' });
  console.log(`built dist/${mode}`);
}
