// `greenhouse node …`: the node's cln.Node calls as the device of --creds, each one signed.
import { randomBytes } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { findClnMethod, nodeMethods, parsePeerAddress, requestFromJson } from '@greenhouse/client';
import { GreenhouseError } from '@greenhouse/common';
import { nodeOptions, withNode, type NodeCommandOptions } from '../node-session.ts';
import { printResult, printStreamItem } from '../render.ts';

const AMOUNT_HELP = 'e.g. 1000sat, 1500000msat, 0.0001btc, or any (a bare number is msat, as in CLN)';

export function nodeCommands(program: Command): void {
  const node = program
    .command('node')
    .description("your node's calls (cln.Node), as this device: each one signed with the device key and carrying its rune")
    .addHelpText(
      'after',
      `
Every node command needs this device's creds (--creds FILE or GREENHOUSE_CREDS) and finds the
scheduler in the stack's metadata.json (--dir, GREENHOUSE_DIR or ./.greenhouse) or GL_SCHEDULER_GRPC_URI.
The first call starts the node. Calls that need a signature (invoice, pay, …) wait for the signer:
run \`greenhouse signer run\` in another terminal.`,
    );

  nodeOptions(node.command('getinfo').description("the node's id, alias, network, block height, peers and channels")).action((options: NodeCommandOptions) =>
    withNode(options, async ({ node, call }) => printResult(await call('Getinfo', () => node.getinfo()), options)),
  );

  nodeOptions(
    node
      .command('newaddr')
      .description('a new on-chain address of the node wallet, to fund it')
      .addOption(new Option('--type <type>', 'address type').choices(['p2tr', 'bech32', 'all']).default('p2tr')),
  ).action((options: NodeCommandOptions & { type: 'p2tr' | 'bech32' | 'all' }) =>
    withNode(options, async ({ node, call }) => {
      const addresstype = ({ p2tr: 'P2TR', bech32: 'BECH32', all: 'ALL' } as const)[options.type];
      printResult(await call('NewAddr', () => node.newAddr(addresstype)), options);
    }),
  );

  nodeOptions(
    node
      .command('invoice')
      .description('a BOLT11 invoice to get paid; the signer signs it because this signed call asks for it')
      .argument('<amount>', AMOUNT_HELP, parseAmountMsat)
      .argument('<description>', 'what it is for; shown to the payer')
      .option('--label <label>', 'unique label (default: greenhouse-<time>-<random>)')
      .option('--expiry <seconds>', 'how long it can be paid (default: a week)', parseWholeNumber),
  ).action((amountMsat: bigint | undefined, description: string, options: NodeCommandOptions & { label?: string; expiry?: number }) =>
    withNode(options, async ({ node, call }) => {
      const label = options.label ?? `greenhouse-${new Date().toISOString().replace(/[:.]/g, '')}-${randomBytes(2).toString('hex')}`;
      const invoice = await call('Invoice', () =>
        node.invoice({ ...(amountMsat !== undefined && { amountMsat }), label, description, ...(options.expiry !== undefined && { expiry: options.expiry }) }),
      );
      printResult({ label, ...invoice }, options);
    }),
  );

  nodeOptions(node.command('listfunds').description("the node's on-chain outputs and its channels")).action((options: NodeCommandOptions) =>
    withNode(options, async ({ node, call }) => printResult(await call('ListFunds', () => node.listFunds()), options)),
  );

  nodeOptions(
    node
      .command('connect')
      .description('connect to another Lightning node')
      .argument('<peer>', 'the peer as <node id>@<host>:<port>', (value: string) => parsePeerAddress(value)),
  ).action((peer: ReturnType<typeof parsePeerAddress>, options: NodeCommandOptions) =>
    withNode(options, async ({ node, call }) => printResult(await call('ConnectPeer', () => node.connectPeer(peer)), options)),
  );

  nodeOptions(
    node
      .command('pay')
      .description('pay a BOLT11 invoice; the signer approves it because this signed call asks for it')
      .argument('<bolt11>', 'the invoice (lnbc…, lntb…, lnbcrt…)')
      .option('--amount <amount>', `only for an invoice without an amount: ${AMOUNT_HELP}`, parseAmountMsat),
    120,
  ).action((bolt11: string, options: NodeCommandOptions & { amount?: bigint }) => {
    if (!/^(lightning:)?ln[a-z0-9]+1[02-9ac-hj-np-z]+$/i.test(bolt11)) {
      throw new GreenhouseError(status.INVALID_ARGUMENT, `${bolt11.length > 24 ? `${bolt11.slice(0, 24)}…` : bolt11}: not a BOLT11 invoice (those start with lnbc, lntb or lnbcrt)`);
    }
    return withNode(options, async ({ node, call }) =>
      printResult(await call('Pay', () => node.pay(bolt11, options.amount !== undefined ? { amountMsat: options.amount } : {})), options),
    );
  });

  nodeOptions(
    node
      .command('call')
      .description('any cln.Node method, with the request as JSON (bytes as hex); prints the response as JSON')
      .argument('<method>', 'the gRPC method (Getinfo, ListPeerChannels, …) or CLN command (listpeerchannels, connect, …)')
      .addOption(new Option('--json [request]', 'the request as JSON (default {}); output is JSON either way with --json'))
      .addHelpText(
        'after',
        `
Examples:
  greenhouse node call ListPeers
  greenhouse node call listinvoices --json '{"label": "coffee"}'
  greenhouse node call Invoice --json '{"amount_msat": {"amount": {"msat": 1000}}, "label": "x", "description": "y"}'
  greenhouse node call SubscribeBlockAdded        (a stream: one message per line until Ctrl-C)
Every method: greenhouse node methods`,
      ),
    30,
    false,
  ).action((name: string, options: NodeCommandOptions) => {
    const method = findClnMethod(name);
    const text = typeof options.json === 'string' ? options.json : '{}';
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new GreenhouseError(status.INVALID_ARGUMENT, `--json: not JSON (${(error as Error).message}); quote it for the shell: --json '{"label": "x"}'`);
    }
    const request = requestFromJson(method.requestType, parsed);
    const output = { json: options.json !== undefined };
    return withNode(options, async ({ node, call }) => {
      if (!method.streaming) {
        printResult(await call(method.name, () => node.callMethod(method, request)), output);
        return;
      }
      const stream = node.streamMethod(method, request);
      const stop = () => stream.cancel();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      try {
        for await (const message of stream) printStreamItem(message, output);
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      }
    });
  });

  node
    .command('methods')
    .description('every cln.Node method `greenhouse node call` can make, with its request message')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) => {
      const methods = nodeMethods('cln.Node').map((method) => ({ method: method.name, request: method.requestType, stream: method.streaming }));
      if (options.json || !process.stdout.isTTY) {
        process.stdout.write(JSON.stringify(methods, null, 2) + '\n');
        return;
      }
      const width = Math.max(...methods.map((m) => m.method.length));
      for (const m of methods) process.stdout.write(`${m.method.padEnd(width)}  ${m.request}${m.stream ? '  (stream)' : ''}\n`);
    });
}

/** An amount as people write it → msat; undefined for "any". */
export function parseAmountMsat(value: string): bigint | undefined {
  const text = value.trim().toLowerCase();
  if (text === 'any') return undefined;
  const match = /^(\d+(?:\.\d+)?)(msat|sat|btc)?$/.exec(text);
  if (!match) throw new InvalidArgumentError(`expected an amount: ${AMOUNT_HELP}`);
  const [, number, unit = 'msat'] = match as unknown as [string, string, string | undefined];
  const decimals = unit === 'btc' ? 11 : unit === 'sat' ? 3 : 0;
  const [whole, fraction = ''] = number.split('.');
  if (fraction.length > decimals) throw new InvalidArgumentError(`${value}: finer than a millisatoshi`);
  const msat = BigInt(whole! + fraction.padEnd(decimals, '0'));
  if (msat === 0n) throw new InvalidArgumentError('must be above 0 (or "any")');
  return msat;
}

function parseWholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('must be a whole number');
  return Number(value);
}
