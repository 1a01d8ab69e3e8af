// `pnpm start`: a local Greenhouse on 127.0.0.1. Each service runs as its own child process, as it
// would when deployed; this program starts them, writes <dir>/metadata.json and <dir>/.env for
// clients, and stops them cleanly on SIGINT/SIGTERM, keeping the data.
import { Command, InvalidArgumentError } from 'commander';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdir } from 'node:fs/promises';
import { createLogger } from '@greenhouse/common';
import { startService, type ServiceProcess } from './service-process.ts';
import { writeStackMetadata, type StackMetadata } from './metadata.ts';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const SCHEDULER_MAIN = path.join(REPO_ROOT, 'services/scheduler/src/main.ts');
const GATEWAY_MAIN = path.join(REPO_ROOT, 'services/node-gateway/src/main.ts');

const program = new Command('greenhouse-stack')
  .description('run a local Greenhouse stack (scheduler and node gateway) on 127.0.0.1')
  .option('--dir <dir>', 'data directory, kept across restarts', process.env.GREENHOUSE_DIR ?? '.greenhouse')
  .option('--scheduler-port <port>', 'scheduler port (default: any free port)', parsePort)
  .parse();

const options = program.opts<{ dir: string; schedulerPort?: number }>();
const dataDir = path.resolve(options.dir);
const logger = createLogger({ name: 'stack' });

await mkdir(dataDir, { recursive: true, mode: 0o700 });
const services: ServiceProcess[] = [];
let stopping = false;

async function stopAll(exitCode: number): Promise<never> {
  stopping = true;
  await Promise.all(services.map((service) => service.stop()));
  logger.info({ dir: dataDir }, 'stack stopped; data kept');
  process.exit(exitCode);
}

process.once('SIGINT', () => void stopAll(0));
process.once('SIGTERM', () => void stopAll(0));

try {
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
  // lightningd on this machine it still runs, and answers StartNode with FAILED_PRECONDITION.
  const gateway = await startService({
    name: 'gateway',
    main: GATEWAY_MAIN,
    args: ['run', '--dir', dataDir, '--host', '127.0.0.1', '--port', '0', '--scheduler', String(scheduler.ready.grpc_uri)],
    readyMessage: 'gateway ready',
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
  };
  const files = await writeStackMetadata(dataDir, metadata);
  process.stdout.write(
    [
      '',
      'Greenhouse is running.',
      `  scheduler   ${metadata.scheduler_grpc_uri}`,
      `  gateway     ${String(gateway.ready.grpc_uri)}`,
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

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('must be a port number 0-65535');
  return port;
}
