import { credentials, type Client, type ChannelOptions, type Metadata, type ServiceError, type CallOptions } from '@grpc/grpc-js';

export interface ClientTls {
  caPem: string | Buffer;
  certPem: string | Buffer;
  keyPem: string | Buffer;
}

/** grpc-js channel credentials for mutual TLS with a Greenhouse (or Greenlight) service. */
export function mtlsCredentials(tls: ClientTls) {
  return credentials.createSsl(Buffer.from(tls.caPem), Buffer.from(tls.keyPem), Buffer.from(tls.certPem));
}

/** `https://host:port` → `host:port`, the target grpc-js expects. */
export function grpcTarget(uri: string): string {
  const url = new URL(uri);
  if (url.protocol !== 'https:') throw new Error(`expected an https:// gRPC URI, got ${uri}`);
  return url.host;
}

export const CLIENT_CHANNEL_OPTIONS: ChannelOptions = {
  'grpc.keepalive_time_ms': 10_000,
  'grpc.keepalive_timeout_ms': 5_000,
  'grpc.max_receive_message_length': 32 * 1024 * 1024,
};

/** A unary method of a generated grpc-js client (its overloads are not inferable, so loosely typed). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type UnaryMethod = (...args: any[]) => unknown;

/** Calls a unary method of a generated grpc-js client as a promise, with a deadline. */
export function unaryCall<Req, Res>(
  client: Client,
  method: UnaryMethod,
  request: Req,
  metadata: Metadata,
  timeoutMs = 30_000,
): Promise<Res> {
  return new Promise((resolve, reject) => {
    const options: CallOptions = { deadline: Date.now() + timeoutMs };
    method.call(client, request, metadata, options, (error: ServiceError | null, response?: Res) =>
      error ? reject(error) : resolve(response as Res),
    );
  });
}
