// Async operations measured in small interleaved blocks, so that a load change on a shared machine
// hits every row of a comparison alike instead of whichever happened to run then. Each block runs
// `block` operations from `concurrency` loops (bench/support/stats.ts `measure`); the blocks of all
// tasks go round-robin, the order rotating every round.
import type { Measurement } from './stats.ts';

export interface AsyncTask {
  run: (i: number) => Promise<unknown>;
  /** Operations in total, measured in blocks of `block`. */
  count: number;
  block: number;
  /** Operations in flight at once; 1 = sequential. */
  concurrency: number;
}

interface State {
  done: number;
  seconds: number;
  latencies: number[];
}

/** What measureInterleavedAsync gives back: a Measurement per task (possibly none for an optional one). */
export type Measurements<T> = { [N in keyof T]-?: undefined extends T[N] ? Measurement | undefined : Measurement };

/**
 * Merges each task's blocks into one Measurement: ops/s over its summed block time, p50/p99 over
 * every operation. A task given as undefined is skipped. `around` brackets every block.
 */
export async function measureInterleavedAsync<T extends { [name: string]: AsyncTask | undefined }>(
  tasks: T,
  options: {
    /** Called before each block of a task; the function it returns, after the block (e.g. CPU accounting). */
    around?: (task: string) => () => void;
    /** Awaited before each block of a task, outside the block's time (e.g. telling a helper which task runs). */
    beforeBlock?: (task: string) => Promise<void>;
    /** Awaited after each block (after `around`'s function), outside the block's time (e.g. letting the work a block left behind settle). */
    afterBlock?: (task: string) => Promise<void>;
  } = {},
): Promise<Measurements<T>> {
  const entries = Object.entries(tasks).filter((entry): entry is [string, AsyncTask] => entry[1] !== undefined);
  const state = new Map<string, State>(entries.map(([name]) => [name, { done: 0, seconds: 0, latencies: [] }]));
  const rounds = Math.max(...entries.map(([, task]) => Math.ceil(task.count / task.block)));
  for (let round = 0; round < rounds; round++) {
    const order = entries.map((_, i) => entries[(i + round) % entries.length]!);
    for (const [name, task] of order) {
      const s = state.get(name)!;
      const n = Math.min(task.block, task.count - s.done);
      if (n <= 0) continue;
      const offset = s.done;
      let next = 0;
      await options.beforeBlock?.(name);
      const after = options.around?.(name);
      const started = performance.now();
      await Promise.all(
        Array.from({ length: Math.min(task.concurrency, n) }, async () => {
          while (next < n) {
            const i = offset + next++;
            const t = performance.now();
            await task.run(i);
            s.latencies.push(performance.now() - t);
          }
        }),
      );
      s.seconds += (performance.now() - started) / 1000;
      after?.();
      await options.afterBlock?.(name);
      s.done += n;
    }
  }
  const result: Record<string, Measurement> = {};
  for (const [name, { done, seconds, latencies }] of state) result[name] = { opsPerSecond: done / seconds, ...percentiles(latencies), total: done };
  return result as Measurements<T>;
}

export function percentiles(values: number[]): { p50: number; p99: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p99: at(0.99) };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
