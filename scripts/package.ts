// `npm run package`: store-ready archives in artifacts/packages, versioned from package.json:
// backstory-chrome-<v>.zip, backstory-firefox-<v>.zip (both via web-ext build, which also
// checks the manifest), and backstory-source-<v>.zip (git archive of HEAD) for Firefox review.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const out = 'artifacts/packages';
mkdirSync(out, { recursive: true });
const run = (cmd: string, args: string[]): void => {
  execFileSync(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
};

run('node', ['scripts/build.mjs']);
for (const target of ['chrome', 'firefox']) {
  const manifest = JSON.parse(readFileSync(`dist/${target}/manifest.json`, 'utf8')) as {
    version: string;
  };
  if (manifest.version !== version)
    throw new Error(
      `dist/${target}/manifest.json has version ${manifest.version}, expected ${version}`,
    );
  run('npx', [
    'web-ext',
    'build',
    '--source-dir',
    `dist/${target}`,
    '--artifacts-dir',
    out,
    '--filename',
    `backstory-${target}-${version}.zip`,
    '--overwrite-dest',
  ]);
}
run('git', ['archive', '--format=zip', `--output=${out}/backstory-source-${version}.zip`, 'HEAD']);
for (const name of ['chrome', 'firefox', 'source']) {
  const file = `${out}/backstory-${name}-${version}.zip`;
  console.log(`${file}  ${(statSync(file).size / 1024).toFixed(1)} KB`);
}
