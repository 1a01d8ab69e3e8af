// `greenhouse logs [-f]`: the node's lightningd log through greenlight.Node/StreamLog.
import { status } from '@grpc/grpc-js';
import type { Command } from 'commander';
import type { NodeClient } from '@greenhouse/client';
import { GreenhouseError } from '@greenhouse/common';
import { nodeOptions, withNode, type NodeCommandOptions } from '../node-session.ts';
import { wantsJson } from '../render.ts';

/** Without --follow: the stream replays the log's last lines at once; it is done when it goes quiet this long. */
const QUIET_MS = 700;
const MAX_RETRY_MS = 15_000;

export function logsCommand(program: Command): void {
  nodeOptions(
    program
      .command('logs')
      .description("your node's log (lightningd's): its last lines, and with --follow every new one until Ctrl-C")
      .option('-f, --follow', 'keep printing new lines; reconnects when the node restarts or moves'),
  ).action((options: NodeCommandOptions & { follow?: boolean }) =>
    withNode(options, async ({ node }) => {
      const json = wantsJson(options);
      const print = (line: string) => process.stdout.write(json ? `${JSON.stringify({ line })}\n` : `${line}\n`);
      if (options.follow) await follow(node, print);
      else await recent(node, print, options.timeout * 1000);
    }),
  );
}

async function recent(node: NodeClient, print: (line: string) => void, timeoutMs: number): Promise<void> {
  const stream = node.streamLog();
  let quiet: NodeJS.Timeout | undefined;
  const settle = () => {
    clearTimeout(quiet);
    quiet = setTimeout(() => stream.cancel(), QUIET_MS);
  };
  const overall = setTimeout(() => stream.cancel(), timeoutMs);
  void stream.ready.then(settle, () => undefined);
  try {
    for await (const entry of stream) {
      print(entry.line);
      settle();
    }
  } finally {
    clearTimeout(quiet);
    clearTimeout(overall);
  }
}

/** Follows the log across node restarts: a stream the node ends (UNAVAILABLE: stopped, moved) is opened again. */
async function follow(node: NodeClient, print: (line: string) => void): Promise<void> {
  const abort = new AbortController();
  const stop = () => abort.abort();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  let retryMs = 500;
  try {
    while (!abort.signal.aborted) {
      try {
        for await (const entry of node.streamLog({ signal: abort.signal })) {
          print(entry.line);
          retryMs = 500;
        }
        if (abort.signal.aborted) return;
      } catch (error) {
        if (abort.signal.aborted) return;
        if ((error as GreenhouseError).code !== status.UNAVAILABLE) throw error;
        process.stderr.write(`greenhouse: ${(error as Error).message}; reconnecting in ${Math.round(retryMs / 1000)} s\n`);
      }
      await new Promise((resolve) => setTimeout(resolve, retryMs));
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
    }
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
  }
}
