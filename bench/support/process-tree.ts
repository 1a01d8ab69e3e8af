// Which processes are running, from Linux's /proc: pid, parent, name and command line, so a bench can
// find the processes it did not spawn itself (lightningd's subdaemons and plugins, the gateway under
// `pnpm start`) and account their CPU (cpu-time.ts). Empty where /proc is not there.
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcessInfo {
  pid: number;
  ppid: number;
  /** The kernel's name for it (at most 15 characters: `lightning_chann` for lightning_channeld). */
  comm: string;
  /** argv, split at the NULs. */
  argv: string[];
}

export function listProcesses(): ProcessInfo[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pid (comm) state ppid …; comm may hold spaces and parentheses: the last ')' ends it.
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const ppid = Number(stat.slice(close + 2).split(' ')[1]);
      const argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').filter(Boolean);
      return [{ pid: Number(entry), ppid, comm, argv }];
    } catch {
      return []; // exited meanwhile
    }
  });
}

/** The direct children of `pid`. */
export function childrenOf(pid: number, processes: ProcessInfo[] = listProcesses()): ProcessInfo[] {
  return processes.filter((p) => p.ppid === pid);
}
