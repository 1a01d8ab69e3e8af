// `pnpm start` runs its regtest bitcoind through this small keeper, so bitcoind goes down with the
// stack even when the stack is killed outright (SIGKILL, a crash): stdin is a pipe from the stack,
// and its end, however the stack ended, means SIGTERM to bitcoind, which then shuts down cleanly.
// Usage: bitcoind-keeper.ts BITCOIND [ARGS…]. bitcoind's stderr is passed through; the keeper exits
// with bitcoind's exit code once bitcoind has exited.
import { spawn } from 'node:child_process';
import { constants } from 'node:os';

const [bitcoind, ...args] = process.argv.slice(2);
if (!bitcoind) {
  process.stderr.write('usage: bitcoind-keeper BITCOIND [ARGS…]\n');
  process.exit(2);
}

const child = spawn(bitcoind, args, { stdio: ['ignore', 'ignore', 'inherit'] });
const stop = () => {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
};
process.stdin.on('end', stop).on('error', stop).resume();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
child.once('error', (error) => {
  process.stderr.write(`cannot run ${bitcoind}: ${error.message}\n`);
  process.exit(127);
});
child.once('exit', (code, signal) => process.exit(code ?? 128 + (signal ? constants.signals[signal] : 0)));
