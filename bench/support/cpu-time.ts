// CPU time a process has used so far (all its threads), from Linux's /proc/<pid>/task/*/schedstat
// (nanoseconds on a CPU). Load on a shared machine stretches latencies, not the CPU a request costs,
// so CPU per request is the steadier figure for "where does the time go".
import { readdirSync, readFileSync } from 'node:fs';

/** Milliseconds of CPU the process has used; undefined where /proc is not there (not Linux). */
export function cpuMs(pid: number): number | undefined {
  try {
    let ns = 0;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      try {
        ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
      } catch {
        // the thread ended between the listing and the read
      }
    }
    return ns / 1e6;
  } catch {
    return undefined;
  }
}

/** Sums the CPU each of several processes spends inside the blocks of each task. */
export class CpuAccount<P extends string> {
  private readonly totals = new Map<string, Map<P, number>>();

  constructor(private readonly processes: Record<P, number | undefined>) {}

  /** For measureInterleavedAsync's `around`: starts counting for `task`, returns the function that stops. */
  around = (task: string): (() => void) => {
    const before = this.read();
    return () => {
      const after = this.read();
      const sums = this.totals.get(task) ?? new Map<P, number>();
      for (const [name, value] of after) sums.set(name, (sums.get(name) ?? 0) + value - (before.get(name) ?? value));
      this.totals.set(task, sums);
    };
  };

  /** CPU ms per operation of `task` in each process. */
  perOperation(task: string, operations: number): Partial<Record<P, number>> {
    const sums = this.totals.get(task);
    const result: Partial<Record<P, number>> = {};
    if (sums) for (const [name, value] of sums) result[name] = value / operations;
    return result;
  }

  private read(): Map<P, number> {
    const values = new Map<P, number>();
    for (const [name, pid] of Object.entries(this.processes) as [P, number | undefined][]) {
      const ms = pid === undefined ? undefined : cpuMs(pid);
      if (ms !== undefined) values.set(name, ms);
    }
    return values;
  }
}

/**
 * Milliseconds of CPU the threads of `pid` that `pick` selects have used (by thread id and kernel
 * name: `node` for Node's main thread, whose id is the pid, `libuv-worker` for the thread pool that
 * does file system work, `V8 DefaultWorke` for the garbage collector and compiler helpers).
 */
export function threadCpuMs(pid: number, pick: (tid: number, comm: string) => boolean): number | undefined {
  try {
    let ns = 0;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      try {
        const comm = readFileSync(`/proc/${pid}/task/${task}/comm`, 'utf8').trim();
        if (pick(Number(task), comm)) ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
      } catch {
        // the thread ended between the listing and the read
      }
    }
    return ns / 1e6;
  } catch {
    return undefined;
  }
}
