// What every command that talks to the node shares: its options, the NodeClient made from the
// device's creds, and progress on stderr while the node starts or a call waits.
import { InvalidArgumentError, Option, type Command } from 'commander';
import { NodeClient } from '@greenhouse/client';
import { credsOption, loadCreds, requireCredsPath } from './device-files.ts';
import { schedulerUri } from './settings.ts';
import { Progress } from './progress.ts';

export interface NodeCommandOptions {
  creds?: string;
  dir?: string;
  /** Seconds. */
  timeout: number;
  json?: boolean | string;
}

export function parseSeconds(value: string): number {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new InvalidArgumentError('must be a number of seconds above 0');
  return seconds;
}

/** --creds, --dir, --timeout and --json on a command that calls the node. */
export function nodeOptions(command: Command, defaultTimeout = 30, json = true): Command {
  command
    .addOption(credsOption())
    .option('--dir <dir>', 'the local stack data directory (its metadata.json names the scheduler); default: GL_SCHEDULER_GRPC_URI, GREENHOUSE_DIR or ./.greenhouse')
    .addOption(new Option('--timeout <seconds>', 'how long to wait for the answer').argParser(parseSeconds).default(defaultTimeout));
  if (json) command.option('--json', 'print JSON (the default when stdout is not a terminal)');
  return command;
}

export interface NodeSession {
  node: NodeClient;
  progress: Progress;
  /** Runs one call with progress shown while it takes a while. */
  call<T>(what: string, work: () => Promise<T>): Promise<T>;
}

/** Opens the node of the creds (the scheduler starts it on the first call), runs `work`, closes. */
export async function withNode<T>(options: NodeCommandOptions, work: (session: NodeSession) => Promise<T>): Promise<T> {
  const creds = await loadCreds(requireCredsPath(options.creds));
  const uri = schedulerUri(options.dir);
  const progress = new Progress();
  const short = creds.nodeId().toString('hex').slice(0, 12);
  const node = NodeClient.forScheduler(creds, uri, {
    timeoutMs: options.timeout * 1000,
    onSchedule: ({ phase }) => (phase === 'scheduling' ? progress.start(`starting node ${short}…`) : progress.stop()),
  });
  const session: NodeSession = {
    node,
    progress,
    call: async (what, run) => {
      progress.start(`waiting for ${what}; a call that needs the signer waits for it (greenhouse signer run)`);
      try {
        return await run();
      } finally {
        progress.stop();
      }
    },
  };
  try {
    await node.schedule().finally(() => progress.stop());
    return await work(session);
  } finally {
    progress.stop();
    node.close();
  }
}
