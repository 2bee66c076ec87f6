/** What the figures were measured on. */
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  /** 1-minute load average when the run started: others' work makes figures noisy. */
  readonly loadAverage: number;
  /** 15-minute load average when it ended: how busy the machine was during the run. */
  readonly loadAverageEnd?: number;
}

export function machine(load: number, loadEnd?: number): Machine {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const model = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (model?.[1]) cpu = model[1].trim();
  } catch {
    // Not Linux: os.cpus() named it.
  }
  return {
    cpu,
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    loadAverage: load,
    ...(loadEnd === undefined ? {} : { loadAverageEnd: loadEnd }),
  };
}
