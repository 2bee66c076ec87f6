// `npm run scan -- [--all] FILE...`: one JSON line per file with the page's decision (`onStory`)
// and every mention Backstory finds, each with whether it is `painted`, in document order, with the dataset, text collection and matcher of the extension itself.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { loadDataset } from './lib/load-dataset.ts';
import { toCardData, toMatchAliases } from '../src/core/dataset/compile.ts';
import { compileMatcher } from '../src/core/matcher/compile.ts';
import { createScanner } from './lib/scan-text.ts';
import { toPageRules } from '../src/core/dataset/page-rules.ts';

const args = process.argv.slice(2);
const all = args.includes('--all');
const files = args.filter((a) => a !== '--all');
if (files.length === 0) {
  console.error('usage: npm run scan -- [--all] FILE.html|FILE.txt ...');
  process.exit(2);
}

let dataset;
try {
  dataset = loadDataset('assets/dataset');
} catch (error) {
  console.error(`scan: the dataset is invalid:\n${(error as Error).message}`);
  process.exit(1);
}
const scanner = createScanner(
  compileMatcher(toMatchAliases(dataset)),
  toCardData(dataset),
  toPageRules(dataset),
  all ? null : undefined,
);

let failed = 0;
for (const file of files) {
  const ext = extname(file).toLowerCase();
  const kind = ext === '.html' || ext === '.htm' ? 'html' : ext === '.txt' ? 'txt' : null;
  if (!kind) {
    console.error(`scan: ${file}: not a .html or .txt file`);
    failed++;
    continue;
  }
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(
      `scan: ${file}: cannot read (${code === 'ENOENT' ? 'no such file' : (code ?? error)})`,
    );
    failed++;
    continue;
  }
  const { onStory, mentions } = scanner.scan(content, kind);
  console.log(JSON.stringify({ file, onStory, mentions }));
}
process.exit(failed ? 1 : 0);
