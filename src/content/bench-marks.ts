/**
 * Performance marks for the benchmark build only (`BACKSTORY_BENCH=1 npm run build`). In the
 * shipped build `__BACKSTORY_BENCH__` is false and the bundler drops the call entirely.
 */
export function benchMark(name: string): void {
  if (__BACKSTORY_BENCH__) performance.mark(name);
}

/** A bench mark carrying a number in its name (`name:count`); `count` runs in bench builds only. */
export function benchCount(name: string, count: () => number): void {
  if (__BACKSTORY_BENCH__) performance.mark(`${name}:${count()}`);
}
