/** Raw and gzip sizes of the built extension's files (the shipped builds in dist/). */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  readonly file: string;
  readonly raw: number;
  /** gzip at zlib's default level (6), what servers and stores typically use. */
  readonly gzip: number;
}

export interface BundleSizes {
  readonly dir: string;
  readonly present: boolean;
  readonly files: readonly FileSize[];
  readonly totalRaw: number;
  readonly totalGzip: number;
  readonly contentScript?: FileSize;
}

const CODE = /\.(js|css|html|json)$/;

export function sizeOf(path: string, name = path): FileSize {
  const body = readFileSync(path);
  return { file: name, raw: body.length, gzip: gzipSync(body).length };
}

/** Every script, style, page and JSON file under `dir` (icons left out). */
export function bundleSizes(dir: string): BundleSizes {
  if (!existsSync(join(dir, 'manifest.json'))) {
    return { dir, present: false, files: [], totalRaw: 0, totalGzip: 0 };
  }
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => CODE.test(name) && statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => sizeOf(join(dir, name), relative(dir, join(dir, name)).split(sep).join('/')));
  const contentScript = files.find((f) => f.file === 'src/content/index.js');
  return {
    dir,
    present: true,
    files,
    totalRaw: files.reduce((a, f) => a + f.raw, 0),
    totalGzip: files.reduce((a, f) => a + f.gzip, 0),
    ...(contentScript ? { contentScript } : {}),
  };
}
