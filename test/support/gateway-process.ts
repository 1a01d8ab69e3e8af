// The node gateway as a real process (`greenhouse-gateway run`), with the lightningd test double by
// default, and a generic cln.Node client for calling it with a device certificate.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Client, credentials, makeGenericClientConstructor, Metadata, type CallOptions, type ServiceDefinition, type ServiceError } from '@grpc/grpc-js';
import { loadProtos } from '@greenhouse/common';
import { LIGHTNINGD_DOUBLE_PATH } from './lightningd-double/control.ts';
import { deviceSigning } from './device-signing.ts';

const GATEWAY_MAIN = fileURLToPath(new URL('../../services/node-gateway/src/main.ts', import.meta.url));

export interface GatewayProcess {
  child: ChildProcess;
  grpcUri: string;
  /** Every line it printed (JSON log lines). */
  lines: string[];
  /** SIGTERM, then waits for its exit code. */
  stop(): Promise<number | null>;
}

export function startGatewayProcess(
  dir: string,
  schedulerUri: string,
  env: NodeJS.ProcessEnv = { ...process.env, LIGHTNINGD: LIGHTNINGD_DOUBLE_PATH },
  extraArgs: string[] = [],
): Promise<GatewayProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', GATEWAY_MAIN, 'run', '--dir', dir, '--scheduler', schedulerUri, '--developer', ...extraArgs], {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...env, GREENHOUSE_EXIT_WITH_PARENT: '1' },
  });
  const lines: string[] = [];
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    return exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('gateway not ready in time')), 60_000);
    child.once('exit', (code) => reject(new Error(`gateway exited with ${code}: ${lines.join('\n')}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      lines.push(line);
      try {
        const entry = JSON.parse(line) as { msg?: string; grpc_uri?: string };
        if (entry.msg === 'gateway ready') {
          clearTimeout(timer);
          resolve({ child, grpcUri: entry.grpc_uri!, lines, stop });
        }
      } catch {
        // not a log line
      }
    });
  });
}

type NodeCall = (
  request: object,
  metadata: Metadata,
  options: CallOptions,
  callback: (error: ServiceError | null, response: Record<string, unknown>) => void,
) => void;

export type NodeClient = Client & Record<string, NodeCall>;

/**
 * A generic client of `service` with the device's certificate; with `rune`, every call is signed
 * and carries it (the gateway refuses calls without), as Greenlight clients and @greenhouse/client do.
 */
export function serviceClient(service: 'cln.Node' | 'greenlight.Node', uri: string, caPem: string, device: { certPem: string; keyPem: string }, rune?: string): NodeClient {
  const definition = loadProtos().definition[service] as unknown as ServiceDefinition;
  const Constructor = makeGenericClientConstructor(definition, service);
  return new Constructor(uri.replace(/^https:\/\//, ''), credentials.createSsl(Buffer.from(caPem), Buffer.from(device.keyPem), Buffer.from(device.certPem)), {
    ...(rune && { interceptors: [deviceSigning(device.keyPem, rune)] }),
  }) as never;
}

/** A cln.Node client (see serviceClient). */
export function nodeClient(uri: string, caPem: string, device: { certPem: string; keyPem: string }, rune?: string): NodeClient {
  return serviceClient('cln.Node', uri, caPem, device, rune);
}

export function unaryCall(client: NodeClient, method: string, request: object, metadata = new Metadata(), options: CallOptions = {}): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) =>
    client[method]!.call(client, request, metadata, options, (error, response) => (error ? reject(error) : resolve(response))),
  );
}

/** cln.Node has a Close RPC, which shadows the client's own close(). */
export function closeNodeClient(client: NodeClient): void {
  Client.prototype.close.call(client);
}
