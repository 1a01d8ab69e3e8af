// `pnpm start`: a local Greenhouse on 127.0.0.1. Each service runs as its own child process, as it
// would when deployed; this program starts them, writes <dir>/metadata.json and <dir>/.env for
// clients, and stops them cleanly on SIGINT/SIGTERM, keeping the data. When BITCOIND or PATH
// provides a bitcoind (and no running one is given), it runs a regtest one for the nodes too.
import { Command, InvalidArgumentError } from 'commander';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdir } from 'node:fs/promises';
import { createLogger } from '@greenhouse/common';
import { startService, type ServiceProcess } from './service-process.ts';
import { writeStackMetadata, type StackMetadata } from './metadata.ts';
import { locateBitcoinCli, locateBitcoind, startRegtestBitcoind, type RunningBitcoind } from './bitcoind.ts';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SCHEDULER_MAIN = path.join(REPO_ROOT, 'services/scheduler/src/main.ts');
const GATEWAY_MAIN = path.join(REPO_ROOT, 'services/node-gateway/src/main.ts');
/**
 * The gateway stops its nodes on SIGTERM: lightningd gets up to 30 s after its stop RPC and 10 s
 * after SIGTERM (supervisor README); nodes stop side by side. Only then SIGKILL.
 */
const GATEWAY_STOP_TIMEOUT_MS = 60_000;

const program = new Command('greenhouse-stack')
  .description('run a local Greenhouse stack (scheduler, node gateway and, when there is one, a regtest bitcoind) on 127.0.0.1')
  .option('--dir <dir>', 'data directory, kept across restarts', process.env.GREENHOUSE_DIR ?? '.greenhouse')
  .option('--scheduler-port <port>', 'scheduler port (default: any free port)', parsePort)
  .option('--bitcoind-host <host>', 'a running bitcoind to use instead of starting one', process.env.GREENHOUSE_BITCOIND_HOST)
  .option('--bitcoind-port <port>', 'its RPC port', parsePort, fromEnv('GREENHOUSE_BITCOIND_PORT', parsePort))
  .option('--bitcoind-user <user>', 'its RPC user', process.env.GREENHOUSE_BITCOIND_USER)
  .option('--bitcoind-password-file <file>', 'file holding its RPC password (or GREENHOUSE_BITCOIND_PASSWORD)', process.env.GREENHOUSE_BITCOIND_PASSWORD_FILE)
  .option('--bitcoin-cli <path>', 'bitcoin-cli for lightningd', process.env.GREENHOUSE_BITCOIN_CLI)
  .parse();

const options = program.opts<{
  dir: string;
  schedulerPort?: number;
  bitcoindHost?: string;
  bitcoindPort?: number;
  bitcoindUser?: string;
  bitcoindPasswordFile?: string;
  bitcoinCli?: string;
}>();
const dataDir = path.resolve(options.dir);
const logger = createLogger({ name: 'stack' });

await mkdir(dataDir, { recursive: true, mode: 0o700 });
const services: ServiceProcess[] = [];
let bitcoind: RunningBitcoind | undefined;
let stopping: Promise<never> | undefined;

function stopAll(exitCode: number): Promise<never> {
  stopping ??= (async () => {
    await Promise.all(services.map((service) => service.stop()));
    // After the gateway: its nodes may still talk to bitcoind while they stop.
    await bitcoind?.stop().catch((error: unknown) => logger.error({ err: error }, 'bitcoind did not stop cleanly'));
    logger.info({ dir: dataDir }, 'stack stopped; data kept');
    process.exit(exitCode);
  })();
  return stopping;
}

process.once('SIGINT', () => void stopAll(0));
process.once('SIGTERM', () => void stopAll(0));

try {
  const gatewayBitcoindArgs = await bitcoindForNodes();

  const scheduler = await startService({
    name: 'scheduler',
    main: SCHEDULER_MAIN,
    args: ['run', '--dir', dataDir, '--host', '127.0.0.1', '--port', String(options.schedulerPort ?? 0)],
    readyMessage: 'scheduler ready',
    onExit: (code) => {
      if (!stopping) {
        logger.error({ code }, 'the scheduler exited unexpectedly; stopping the stack');
        void stopAll(1);
      }
    },
  });
  services.push(scheduler);

  // The gateway dials the scheduler with the identity its CA wrote under <dir>/certs. Without a
  // lightningd or a bitcoind it still runs, and answers StartNode with FAILED_PRECONDITION.
  const gateway = await startService({
    name: 'gateway',
    main: GATEWAY_MAIN,
    args: ['run', '--dir', dataDir, '--host', '127.0.0.1', '--port', '0', '--scheduler', String(scheduler.ready.grpc_uri), ...gatewayBitcoindArgs],
    readyMessage: 'gateway ready',
    stopTimeoutMs: GATEWAY_STOP_TIMEOUT_MS,
    onExit: (code) => {
      if (!stopping) {
        logger.error({ code }, 'the gateway exited unexpectedly; stopping the stack');
        void stopAll(1);
      }
    },
  });
  services.push(gateway);

  const metadata: StackMetadata = {
    scheduler_grpc_uri: String(scheduler.ready.grpc_uri),
    ca_crt_path: String(scheduler.ready.ca_crt_path),
    nobody_crt_path: String(scheduler.ready.nobody_crt_path),
    nobody_key_path: String(scheduler.ready.nobody_key_path),
    cert_path: path.join(dataDir, 'certs'),
    ...(bitcoind && { bitcoind_rpc_uri: bitcoind.rpcUri }),
  };
  const files = await writeStackMetadata(dataDir, metadata);
  process.stdout.write(
    [
      '',
      'Greenhouse is running.',
      `  scheduler   ${metadata.scheduler_grpc_uri}`,
      `  gateway     ${String(gateway.ready.grpc_uri)}`,
      `  bitcoind    ${describeBitcoind()}`,
      `  CA          ${metadata.ca_crt_path}`,
      `  metadata    ${files.metadataPath}`,
      `  env         ${files.envPath}   (source it: set -a; . ${files.envPath}; set +a)`,
      'Press Ctrl-C to stop; the data stays in ' + dataDir,
      '',
    ].join('\n') + '\n',
  );
} catch (error) {
  logger.error({ err: error }, 'the stack could not start');
  await stopAll(1);
}

/**
 * Decides where the nodes' bitcoind is and returns the gateway's options for it: a running one the
 * user named (flags or GREENHOUSE_BITCOIND_*), else a regtest bitcoind this stack starts (BITCOIND or
 * PATH), else none (the gateway then refuses node starts, saying what to install).
 */
async function bitcoindForNodes(): Promise<string[]> {
  const cli = options.bitcoinCli ? ['--bitcoin-cli', options.bitcoinCli] : [];
  if (options.bitcoindHost !== undefined || options.bitcoindPort !== undefined) {
    return [
      ...(options.bitcoindHost !== undefined ? ['--bitcoind-host', options.bitcoindHost] : []),
      ...(options.bitcoindPort !== undefined ? ['--bitcoind-port', String(options.bitcoindPort)] : []),
      ...(options.bitcoindUser !== undefined ? ['--bitcoind-user', options.bitcoindUser] : []),
      // GREENHOUSE_BITCOIND_PASSWORD, when that is how it was given, reaches the gateway in its environment.
      ...(options.bitcoindPasswordFile !== undefined ? ['--bitcoind-password-file', path.resolve(options.bitcoindPasswordFile)] : []),
      ...cli,
    ];
  }
  const binary = locateBitcoind();
  if (!binary) {
    logger.warn('no bitcoind: nodes cannot start until there is one. Install bitcoind or set BITCOIND to it (pnpm start then runs a regtest one), or give --bitcoind-host/--bitcoind-port of a running one');
    return ['--no-bitcoind'];
  }
  const bitcoinCli = options.bitcoinCli ?? locateBitcoinCli(binary);
  if (!bitcoinCli) logger.warn({ bitcoind: binary }, 'no bitcoin-cli next to bitcoind or on PATH: lightningd needs it to reach bitcoind; set --bitcoin-cli');
  bitcoind = await startRegtestBitcoind({ bitcoind: binary, dataDir: path.join(dataDir, 'bitcoind'), logger });
  void bitcoind.exited.then((code) => {
    if (!stopping) {
      logger.error({ code }, 'bitcoind exited unexpectedly; stopping the stack');
      void stopAll(1);
    }
  });
  logger.info({ rpc: bitcoind.displayUri, datadir: bitcoind.dataDir }, 'bitcoind ready');
  return [
    '--bitcoind-host', bitcoind.host,
    '--bitcoind-port', String(bitcoind.port),
    '--bitcoind-user', bitcoind.user,
    '--bitcoind-password-file', bitcoind.passwordFile,
    ...(bitcoinCli ? ['--bitcoin-cli', bitcoinCli] : []),
  ];
}

function describeBitcoind(): string {
  if (bitcoind) return `${bitcoind.displayUri}   (regtest, data in ${bitcoind.dataDir}; credentials in metadata.json)`;
  if (options.bitcoindHost !== undefined || options.bitcoindPort !== undefined) return `${options.bitcoindHost ?? '127.0.0.1'}:${options.bitcoindPort ?? 18443}   (yours)`;
  return 'none: nodes cannot start (install bitcoind or set BITCOIND, then restart)';
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('must be a port number 0-65535');
  return port;
}

function fromEnv<T>(name: string, parse: (value: string) => T): T | undefined {
  const value = process.env[name];
  if (value === undefined || value === '') return undefined;
  try {
    return parse(value);
  } catch (error) {
    process.stderr.write(`greenhouse-stack: ${name}=${value}: ${(error as Error).message}\n`);
    process.exit(2);
  }
}
