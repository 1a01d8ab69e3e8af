// Sequential measurement of several tasks in small interleaved blocks, so that a load change on a
// shared machine hits every task of a comparison alike instead of whichever happened to run then.
import { measure, type Measurement } from '../support/stats.ts';

export interface Task {
  run: (i: number) => unknown;
  /** Operations in total, measured in blocks of `block`. */
  count: number;
  block: number;
}

/**
 * Runs each task's blocks round-robin (the order rotating every round), one operation at a time,
 * and merges each task's blocks into one Measurement: ops/s over the summed measured time, p50/p99
 * over every operation's latency.
 */
export async function measureInterleaved<K extends string>(tasks: Record<K, Task>): Promise<Record<K, Measurement>> {
  const names = Object.keys(tasks) as K[];
  const state = Object.fromEntries(names.map((n) => [n, { done: 0, seconds: 0, latencies: [] as number[] }])) as Record<
    K,
    { done: number; seconds: number; latencies: number[] }
  >;
  const rounds = Math.max(...names.map((n) => Math.ceil(tasks[n].count / tasks[n].block)));
  for (let round = 0; round < rounds; round++) {
    const order = names.map((_, i) => names[(i + round) % names.length]!);
    for (const name of order) {
      const task = tasks[name];
      const s = state[name];
      const n = Math.min(task.block, task.count - s.done);
      if (n <= 0) continue;
      const offset = s.done;
      const m = await measure(1, n, async (i) => {
        const t = performance.now();
        task.run(offset + i);
        s.latencies.push(performance.now() - t);
      });
      s.seconds += m.total / m.opsPerSecond;
      s.done += n;
    }
  }
  return Object.fromEntries(
    names.map((name) => {
      const { done, seconds, latencies } = state[name];
      latencies.sort((a, b) => a - b);
      const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
      return [name, { opsPerSecond: done / seconds, p50: at(0.5), p99: at(0.99), total: done }];
    }),
  ) as Record<K, Measurement>;
}
