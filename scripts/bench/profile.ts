/**
 * Reads a V8 CPU profile (CDP Profiler.stop) of a page: which samples belong to the content
 * script and how its time splits over functions, over the whole profile or an interval of its
 * clock (TimeTicks µs, which traces share).
 *
 * A sample is the content script's when any frame of its stack comes from the extension's
 * origin (chrome-extension://<id>/): its own JavaScript, and the DOM and V8 built-ins it calls
 * (nextSibling, Highlight.add …), which appear as frames without a URL under our frames. Style,
 * layout and paint the browser does later in its own tasks, and GC, are not attributed.
 */
import type { SourceMapLookup } from './source-map.ts';

export interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
  readonly columnNumber: number;
}

export interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}

export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

export interface HotFunction {
  readonly label: string;
  readonly selfMs: number;
}

export class ProfileView {
  /** Sample start times (µs, profile clock) and durations (µs). */
  private readonly times: Float64Array;
  private readonly durations: Float64Array;
  private readonly ours: Uint8Array;
  private readonly leaf: Int32Array;
  private readonly byId = new Map<number, ProfileNode>();
  private readonly parent = new Map<number, number>();

  constructor(
    profile: CpuProfile,
    isOurUrl: (url: string) => boolean,
    private readonly sourceMap?: SourceMapLookup,
  ) {
    for (const node of profile.nodes) {
      this.byId.set(node.id, node);
      for (const child of node.children ?? []) this.parent.set(child, node.id);
    }
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    const n = samples.length;
    this.times = new Float64Array(n);
    this.durations = new Float64Array(n);
    this.ours = new Uint8Array(n);
    this.leaf = new Int32Array(n);
    const oursCache = new Map<number, boolean>();
    const isOurs = (id: number): boolean => {
      const cached = oursCache.get(id);
      if (cached !== undefined) return cached;
      const node = this.byId.get(id);
      const up = this.parent.get(id);
      const result =
        node !== undefined && (isOurUrl(node.callFrame.url) || (up !== undefined && isOurs(up)));
      oursCache.set(id, result);
      return result;
    };
    let t = profile.startTime;
    for (let i = 0; i < n; i++) {
      t += deltas[i] ?? 0;
      this.times[i] = t;
      this.leaf[i] = samples[i]!;
      this.ours[i] = isOurs(samples[i]!) ? 1 : 0;
    }
    for (let i = 0; i < n; i++) {
      // V8 now and then records a sample out of order: a negative span counts as nothing.
      const span = i + 1 < n ? this.times[i + 1]! - this.times[i]! : (deltas[i] ?? 0);
      this.durations[i] = Math.max(0, span);
    }
  }

  private range(fromUs?: number, toUs?: number): [number, number] {
    return [fromUs ?? -Infinity, toUs ?? Infinity];
  }

  private sum(pick: (i: number) => boolean, fromUs?: number, toUs?: number): number {
    const [from, to] = this.range(fromUs, toUs);
    let us = 0;
    for (let i = 0; i < this.times.length; i++) {
      const start = this.times[i]!;
      const end = start + this.durations[i]!;
      if (end <= from || start >= to) continue;
      if (pick(i)) us += Math.min(end, to) - Math.max(start, from);
    }
    return us / 1000;
  }

  /** Content-script time in ms, over the whole profile or an interval (TimeTicks µs). */
  oursMs(fromUs?: number, toUs?: number): number {
    return this.sum((i) => this.ours[i] === 1, fromUs, toUs);
  }

  /** Garbage-collector time in ms (not attributed to anyone by V8). */
  gcMs(fromUs?: number, toUs?: number): number {
    const gc = (i: number): boolean =>
      this.byId.get(this.leaf[i]!)?.callFrame.functionName === '(garbage collector)';
    return this.sum(gc, fromUs, toUs);
  }

  /** Profiled wall time in ms. */
  get totalMs(): number {
    let us = 0;
    for (const d of this.durations) us += d;
    return us / 1000;
  }

  /**
   * The longest stretch of consecutive content-script samples, in ms. Slices that follow each
   * other with nothing in between merge, so this bounds the longest slice from above.
   */
  longestOursRunMs(): number {
    let best = 0;
    let run = 0;
    for (let i = 0; i < this.times.length; i++) {
      run = this.ours[i] === 1 ? run + this.durations[i]! : 0;
      if (run > best) best = run;
    }
    return best / 1000;
  }

  private label(id: number): string {
    const node = this.byId.get(id);
    if (!node) return '?';
    const f = node.callFrame;
    if (f.url === '') {
      // A built-in or DOM call: name it with the function of ours that called it.
      const up = this.parent.get(id);
      const caller = up === undefined ? '' : this.label(up);
      return `${f.functionName || '(native)'} ← ${caller}`;
    }
    const original = this.sourceMap?.lookup(f.lineNumber, f.columnNumber);
    const name = original?.name ?? f.functionName ?? '(anonymous)';
    return original
      ? `${name} (${original.source}:${original.line})`
      : `${f.functionName || '(anonymous)'} (${f.url.split('/').pop()}:${f.lineNumber + 1}:${f.columnNumber + 1})`;
  }

  /** Self time of the content script's functions (and the built-ins they call), top first. */
  hotFunctions(fromUs?: number, toUs?: number): HotFunction[] {
    const [from, to] = this.range(fromUs, toUs);
    const self = new Map<string, number>();
    for (let i = 0; i < this.times.length; i++) {
      if (this.ours[i] !== 1 || this.times[i]! < from || this.times[i]! >= to) continue;
      const label = this.label(this.leaf[i]!);
      self.set(label, (self.get(label) ?? 0) + this.durations[i]!);
    }
    return [...self]
      .map(([label, us]) => ({ label, selfMs: us / 1000 }))
      .sort((a, b) => b.selfMs - a.selfMs);
  }
}
