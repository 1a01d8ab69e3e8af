#!/usr/bin/env node
// The node gateway as a program: `greenhouse-gateway run --dir DIR --scheduler URI`.
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Command, InvalidArgumentError, Option } from 'commander';
import { createLogger, stopOnSignals, type Logger } from '@greenhouse/common';
import { startGateway } from './gateway.ts';
import { HSMD_PROXY_MODES, type HsmdProxyMode } from './handoff/paths.ts';

const program = new Command('greenhouse-gateway').description('Greenhouse node gateway: hosts CLN nodes and serves cln.Node and greenlight.Node');

program
  .command('run', { isDefault: true })
  .description('dial the scheduler, run the nodes it places here, serve their calls over mTLS')
  .option('--dir <dir>', 'data directory (certs/ from the scheduler CA, nodes/)', process.env.GREENHOUSE_DIR ?? '.greenhouse')
  .requiredOption('--scheduler <uri>', 'the scheduler, https://host:port; several replicas: comma-separated', process.env.GL_SCHEDULER_GRPC_URI)
  .addOption(
    new Option('--scheduler-discovery <how>', 'static: the URIs as given; dns: every address of the scheduler host (replicas behind a headless Service)')
      .choices(['static', 'dns'])
      .default(process.env.GREENHOUSE_SCHEDULER_DISCOVERY ?? 'static'),
  )
  .option('--host <host>', 'address to listen on', process.env.GREENHOUSE_HOST ?? '127.0.0.1')
  .option('--port <port>', 'port to listen on (0: any free port)', parsePort, fromEnv('GREENHOUSE_GATEWAY_PORT', parsePort) ?? 0)
  .option(
    '--public-uri <uri>',
    'where clients reach this gateway, https://host:port, told to the scheduler for GetNodeInfo/Schedule; the host must be in the gateway certificate (default https://localhost:<port>)',
    parsePublicUri,
    fromEnv('GREENHOUSE_PUBLIC_URI', parsePublicUri),
  )
  .option('--gateway-id <id>', 'this gateway’s name at the scheduler', process.env.GREENHOUSE_GATEWAY_ID ?? 'gateway-1')
  .option('--capacity <n>', 'how many nodes it may run', parsePositive, 100)
  .option('--bitcoind-host <host>', 'bitcoind RPC host', process.env.GREENHOUSE_BITCOIND_HOST ?? '127.0.0.1')
  .option('--bitcoind-port <port>', 'bitcoind RPC port', parsePort, Number(process.env.GREENHOUSE_BITCOIND_PORT ?? 18443))
  .option('--bitcoind-user <user>', 'bitcoind RPC user', process.env.GREENHOUSE_BITCOIND_USER)
  // The password never on the command line (every local user sees that in ps): a file, or the environment.
  .option('--bitcoind-password-file <file>', 'file holding the bitcoind RPC password (else GREENHOUSE_BITCOIND_PASSWORD)', process.env.GREENHOUSE_BITCOIND_PASSWORD_FILE)
  .option('--bitcoin-cli <path>', 'bitcoin-cli for lightningd (default: the one on PATH)', process.env.GREENHOUSE_BITCOIN_CLI)
  .option('--no-bitcoind', 'there is no bitcoind: nodes cannot start, and Schedule says what to install (pnpm start without bitcoind)')
  .option('--idle-stop <seconds>', 'stop a node after this long with no calls and no signer attached (0: never)', parseWhole, Number(process.env.GREENHOUSE_IDLE_STOP_SECONDS ?? 600))
  .option('--max-calls-per-node <n>', 'client calls one node serves at once; more get RESOURCE_EXHAUSTED', parsePositive, Number(process.env.GREENHOUSE_MAX_CALLS_PER_NODE ?? 128))
  .option('--max-streams-per-node <n>', 'streams (StreamLog, StreamIncoming, Subscribe…) one node serves at once; more get RESOURCE_EXHAUSTED', parsePositive, Number(process.env.GREENHOUSE_MAX_STREAMS_PER_NODE ?? 64))
  .addOption(
    new Option('--hsmd-proxy <mode>', 'in-gateway: lightningd’s hsmd and the events plugin are served in this process (native helpers hand them over; fastest); process: each is a Node.js process, the proxy calling the node’s greenlight.Hsm unix service, as in Greenlight')
      .choices(HSMD_PROXY_MODES)
      .default(process.env.GREENHOUSE_HSMD_PROXY ?? 'in-gateway'),
  )
  .option('--developer', 'run lightningd with --developer')
  .action(
    async (options: {
      dir: string;
      scheduler: string;
      schedulerDiscovery: 'static' | 'dns';
      host: string;
      port: number;
      publicUri?: string;
      gatewayId: string;
      capacity: number;
      bitcoindHost: string;
      bitcoindPort: number;
      bitcoindUser?: string;
      bitcoindPasswordFile?: string;
      bitcoinCli?: string;
      bitcoind: boolean;
      developer?: boolean;
      idleStop: number;
      maxCallsPerNode: number;
      maxStreamsPerNode: number;
      hsmdProxy: HsmdProxyMode;
    }) => {
      const logger = createLogger({ name: 'gateway' });
      const bitcoindPassword = await readBitcoindPassword(options.bitcoindPasswordFile, logger);
      const gateway = await startGateway(
        {
          dataDir: options.dir,
          schedulerUri: options.scheduler,
          schedulerDiscovery: options.schedulerDiscovery,
          host: options.host,
          port: options.port,
          ...(options.publicUri && { publicUri: options.publicUri }),
          gatewayId: options.gatewayId,
          capacity: options.capacity,
          ...(options.bitcoind && {
            bitcoind: {
              host: options.bitcoindHost,
              port: options.bitcoindPort,
              ...(options.bitcoindUser && { user: options.bitcoindUser }),
              ...(bitcoindPassword && { password: bitcoindPassword }),
              ...(options.bitcoinCli && { bitcoinCli: options.bitcoinCli }),
            },
          }),
          ...(options.developer && { developer: true }),
          idleAfterMs: options.idleStop * 1000,
          maxCallsInFlight: options.maxCallsPerNode,
          maxStreamsPerNode: options.maxStreamsPerNode,
          hsmdProxy: options.hsmdProxy,
        },
        logger,
      );
      logger.info({ grpc_uri: gateway.grpcUri, port: gateway.port, scheduler: options.scheduler }, 'gateway ready');
      stopOnSignals(logger, () => gateway.stop(), 'shutting down; stopping every node');
    },
  );

/** The password from --bitcoind-password-file (its first line), else GREENHOUSE_BITCOIND_PASSWORD. Never logged. */
async function readBitcoindPassword(file: string | undefined, logger: Logger): Promise<string | undefined> {
  if (!file) return process.env.GREENHOUSE_BITCOIND_PASSWORD || undefined;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    logger.error({ file }, `cannot read the bitcoind password file: ${(error as Error).message}`);
    process.exit(2);
  }
  const mode = statSync(file).mode & 0o777;
  if (mode & 0o077) logger.warn({ file, mode: mode.toString(8) }, 'the bitcoind password file can be read by other users: chmod 600 it');
  return text.split(/\r?\n/)[0] || undefined;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('must be a port number 0-65535');
  return port;
}

function parseWhole(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new InvalidArgumentError('must be a whole number, 0 or more');
  return number;
}

/** A setting from the environment, parsed like its flag; a bad value ends the program with one line. */
function fromEnv<T>(name: string, parse: (value: string) => T): T | undefined {
  const value = process.env[name];
  if (!value) return undefined;
  try {
    return parse(value);
  } catch (error) {
    process.stderr.write(`greenhouse-gateway: ${name}=${value}: ${(error as Error).message}\n`);
    process.exit(2);
  }
}

function parsePublicUri(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InvalidArgumentError('must be a URI like https://gateway-0.example:2602');
  }
  // WHATWG URLs drop a default port (443), and clients need it spelled out.
  const port = url.port || (/:443\/?$/.test(value) ? '443' : '');
  if (url.protocol !== 'https:' || !url.hostname || !port || url.pathname !== '/') {
    throw new InvalidArgumentError('must be https://host:port (clients dial it over mTLS)');
  }
  return `https://${url.hostname}:${port}`;
}

function parsePositive(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new InvalidArgumentError('must be a positive whole number');
  return number;
}

await program.parseAsync();
