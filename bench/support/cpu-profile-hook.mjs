// Preloaded through NODE_OPTIONS=--import (where `--cpu-prof` is not allowed) into processes a bench
// does not spawn itself, e.g. the gateway under `pnpm start`: when the process's main script contains
// GREENHOUSE_BENCH_PROFILE_MATCH, a V8 CPU profile runs from start to exit and is written to
// GREENHOUSE_BENCH_PROFILE_DIR/<script name>-<pid>.cpuprofile (open it in Chrome DevTools, or read
// its self times). Other processes are left alone.
import { Session } from 'node:inspector';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const dir = process.env.GREENHOUSE_BENCH_PROFILE_DIR;
const match = process.env.GREENHOUSE_BENCH_PROFILE_MATCH;
const script = process.argv[1] ?? '';
if (dir && match && script.includes(match)) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 200 });
  session.post('Profiler.start');
  // The same-thread inspector session answers synchronously, so this works inside 'exit'.
  process.once('exit', () => {
    session.post('Profiler.stop', (error, result) => {
      if (error) return;
      const name = `${path.basename(path.dirname(path.dirname(script)))}-${process.pid}.cpuprofile`;
      writeFileSync(path.join(dir, name), JSON.stringify(result.profile));
    });
  });
}
