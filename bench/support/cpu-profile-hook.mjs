// Preloaded through NODE_OPTIONS=--import (where `--cpu-prof` is not allowed) into processes a bench
// does not spawn itself, e.g. the gateway under `pnpm start`: when the process's main script contains
// one of the comma-separated GREENHOUSE_BENCH_PROFILE_MATCH, a V8 CPU profile of its main thread runs
// from start to exit and is written to GREENHOUSE_BENCH_PROFILE_DIR/<match>-<pid>.cpuprofile (open it
// in Chrome DevTools, or read its self times). Other processes, and worker threads (tsx's loader), are
// left alone; `--cpu-prof` would profile those too, and is not allowed in NODE_OPTIONS anyway.
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { isMainThread } from 'node:worker_threads';

const dir = process.env.GREENHOUSE_BENCH_PROFILE_DIR;
const script = process.argv[1] ?? '';
const match = (process.env.GREENHOUSE_BENCH_PROFILE_MATCH ?? '').split(',').find((m) => m && script.includes(m));
if (dir && match && isMainThread) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 200 });
  session.post('Profiler.start');
  // The same-thread inspector session answers synchronously, so this works inside 'exit'.
  process.once('exit', () => {
    session.post('Profiler.stop', (error, result) => {
      if (error) return;
      const name = `${match.replace(/[^A-Za-z0-9]+/g, '-')}-${process.pid}.cpuprofile`;
      writeFileSync(path.join(dir, name), JSON.stringify(result.profile));
    });
  });
}
