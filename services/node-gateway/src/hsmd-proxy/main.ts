// Entry point of the hsmd proxy (run through bin/hsmd-proxy.mjs). lightningd starts it twice: once as
// `PATH --version` to check versions, then as its hsmd with fd 3 as the request socket; fd 0 is the
// status channel, which the proxy leaves open and silent (lightningd needs nothing on it).
import path from 'node:path';
import { reportError } from './report.ts';
import { versionOutput } from './version.ts';

async function main(argv: string[]): Promise<void> {
  // Only a lone --version asks for it; lightningd may add --developer, --log-io etc., which change nothing here.
  if (argv.length === 1 && argv[0] === '--version') {
    process.stdout.write(versionOutput());
    return;
  }
  // Loaded only now: `--version` runs for every lightningd start and should not wait for gRPC and protos.
  const { HsmService, HSM_SOCKET_ENV } = await import('./hsm-service.ts');
  const { HsmdProxy } = await import('./proxy.ts');
  const socketPath = process.env[HSM_SOCKET_ENV];
  if (!socketPath) throw new Error(`${HSM_SOCKET_ENV} is not set: it names the gateway's Hsm service socket`);
  // lightningd starts hsmd in <lightning-dir>/<network>: a relative path is taken from there.
  const service = new HsmService(path.resolve(socketPath));
  void service.ping();
  new HsmdProxy(service).serveMaster().then(
    () => process.exit(0), // lightningd closed our socket: it is stopping
    (error: unknown) => {
      reportError(`stopping, lightningd's own hsmd request failed: ${messageOf(error)}`);
      process.exit(1);
    },
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  reportError(messageOf(error));
  process.exit(1);
});
