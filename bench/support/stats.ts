/** Runs `task` `total` times from `concurrency` loops; returns throughput and latency percentiles. */
export async function measure(concurrency: number, total: number, task: (i: number) => Promise<unknown>) {
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const t = performance.now();
        await task(i);
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { opsPerSecond: total / seconds, p50: at(0.5), p99: at(0.99), total };
}

export type Measurement = Awaited<ReturnType<typeof measure>>;

export function row(label: string, m: Measurement): string {
  return `${label.padEnd(50)} ${m.opsPerSecond.toFixed(1).padStart(9)} ops/s   p50 ${m.p50.toFixed(2).padStart(7)} ms   p99 ${m.p99.toFixed(2).padStart(7)} ms   (n=${m.total})`;
}
