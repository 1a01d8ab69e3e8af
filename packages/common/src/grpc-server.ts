import { Server, ServerCredentials, type ServiceDefinition, type UntypedServiceImplementation } from '@grpc/grpc-js';
import { HealthImplementation } from 'grpc-health-check';
import { ReflectionService } from '@grpc/reflection';
import type { Logger } from './logging.ts';
import { createRequire } from 'node:module';
import { loadSync, type PackageDefinition } from '@grpc/proto-loader';
import { loadProtos } from './proto/index.ts';
import { tolerateMalformedRequests } from './malformed-request.ts';

export interface ServerTls {
  /** Root CA clients must chain to. */
  rootCaPem: string;
  /** The server's certificate chain and key. */
  certChainPem: string;
  keyPem: string;
}

export interface ServiceRegistration {
  /** Fully qualified name, e.g. `scheduler.Scheduler`. */
  name: string;
  definition: ServiceDefinition;
  implementation: UntypedServiceImplementation;
}

export interface StartedServer {
  server: Server;
  port: number;
  host: string;
  health: HealthImplementation;
  /** Stops accepting calls, lets running ones finish for up to `graceMs`, then cuts them. */
  shutdown(graceMs?: number): Promise<void>;
}

/**
 * A gRPC server over mutual TLS that requires and verifies client certificates, with the standard
 * health service and server reflection so `grpcurl` works against it.
 */
export async function startGrpcServer(options: {
  host: string;
  port: number;
  tls: ServerTls;
  services: ServiceRegistration[];
  logger: Logger;
}): Promise<StartedServer> {
  const server = new Server({
    'grpc.max_receive_message_length': 4 * 1024 * 1024,
    // Greenlight clients ping every second, also with no call open; grpc-js servers never refuse
    // pings, and these say so for any peer that reads them.
    'grpc.keepalive_permit_without_calls': 1,
    'grpc.http2.min_ping_interval_without_data_ms': 1000,
    // Our own pings find peers that vanished without a FIN (a phone that lost its network), so the
    // streams they held (a signer link) end within 40 s instead of at the next TCP timeout.
    'grpc.keepalive_time_ms': 30_000,
    'grpc.keepalive_timeout_ms': 10_000,
  });
  const statusMap = Object.fromEntries([['', 'SERVING'], ...options.services.map((s) => [s.name, 'SERVING'])]);
  const health = new HealthImplementation(statusMap as Record<string, 'SERVING'>);
  health.addToServer(server);
  new ReflectionService(reflectionDefinition(), {
    services: [...options.services.map((s) => s.name), 'grpc.health.v1.Health'],
  }).addToServer(server);
  for (const service of options.services) {
    server.addService(tolerateMalformedRequests(service.definition), service.implementation);
  }

  const credentials = ServerCredentials.createSsl(
    Buffer.from(options.tls.rootCaPem),
    [{ cert_chain: Buffer.from(options.tls.certChainPem), private_key: Buffer.from(options.tls.keyPem) }],
    true,
  );
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`${options.host}:${options.port}`, credentials, (error, boundPort) =>
      error ? reject(error) : resolve(boundPort),
    ),
  );
  options.logger.info({ host: options.host, port, services: options.services.map((s) => s.name) }, 'gRPC server listening');

  return {
    server,
    port,
    host: options.host,
    health,
    shutdown: (graceMs = 2000) =>
      new Promise<void>((resolve) => {
        for (const name of Object.keys(statusMap)) health.setStatus(name, 'NOT_SERVING');
        const timer = setTimeout(() => {
          server.forceShutdown();
          resolve();
        }, graceMs);
        server.tryShutdown(() => {
          clearTimeout(timer);
          resolve();
        });
      }),
  };
}

/**
 * Every type in a proto-loader definition carries the descriptors of all files loaded with it, and
 * ReflectionService decodes them once per type — seconds for cln.Node's hundreds of messages.
 * One type per loaded set already describes every file, so reflection gets just that: ours, and
 * the health service's so `grpcurl list` shows it too.
 */
function reflectionDefinition(): PackageDefinition {
  const healthProto = createRequire(import.meta.url).resolve('grpc-health-check/proto/health/v1/health.proto');
  return { ...oneCarrier(loadProtos().definition), ...oneCarrier(loadSync(healthProto)) };
}

function oneCarrier(definition: PackageDefinition): PackageDefinition {
  const carrier = Object.entries(definition).find(([, type]) => 'fileDescriptorProtos' in type);
  if (!carrier) throw new Error('no proto descriptors loaded');
  return { [carrier[0]]: carrier[1] };
}
