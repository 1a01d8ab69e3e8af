// Test double of a node gateway's signer link: serves greenlight.Node StreamHsmRequests and
// RespondHsmRequest over real mTLS, hands out the requests a test queues, and records the replies.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Server, ServerCredentials, type ServerWritableStream, type sendUnaryData, type ServerUnaryCall } from '@grpc/grpc-js';
import { createChildIdentity, grpcPackages, identityFromPem, toPem } from '@greenhouse/common';
import type { HsmRequest } from '@greenhouse/common/generated/greenlight/HsmRequest.ts';
import type { HsmResponse__Output } from '@greenhouse/common/generated/greenlight/HsmResponse.ts';

export class TestNodeDouble {
  readonly responses: HsmResponse__Output[] = [];
  private readonly streams = new Set<ServerWritableStream<unknown, HsmRequest>>();
  private readonly waiters: (() => void)[] = [];

  private constructor(
    private readonly server: Server,
    readonly uri: string,
  ) {}

  /** Starts on 127.0.0.1 with a server certificate from the stack's CA in `certsDir`. */
  static async start(certsDir: string): Promise<TestNodeDouble> {
    const root = identityFromPem(await readFile(path.join(certsDir, 'ca.crt'), 'utf8'), await readFile(path.join(certsDir, 'ca-key.pem'), 'utf8'));
    const identity = toPem(createChildIdentity(root, 'GL /services/test-node', { isCa: false, altNames: ['localhost'] }));
    const server = new Server();
    let double: TestNodeDouble | undefined;
    server.addService(grpcPackages().greenlight.Node.service, {
      StreamHsmRequests: (stream: ServerWritableStream<unknown, HsmRequest>) => double!.attach(stream),
      RespondHsmRequest: (call: ServerUnaryCall<HsmResponse__Output, object>, callback: sendUnaryData<object>) => {
        double!.responses.push(call.request);
        for (const wake of double!.waiters.splice(0)) wake();
        callback(null, {});
      },
    });
    const credentials = ServerCredentials.createSsl(Buffer.from(root.cert.toString('pem')), [{ cert_chain: Buffer.from(identity.chainPem), private_key: Buffer.from(identity.keyPem) }], true);
    const port = await new Promise<number>((resolve, reject) => server.bindAsync('127.0.0.1:0', credentials, (e, p) => (e ? reject(e) : resolve(p))));
    double = new TestNodeDouble(server, `https://localhost:${port}`);
    return double;
  }

  get attachedSigners(): number {
    return this.streams.size;
  }

  /** Sends a request to every attached signer. */
  push(request: HsmRequest): void {
    for (const stream of this.streams) stream.write(request);
  }

  async waitFor(predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error('timed out waiting on the node double');
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  /** Ends every signer stream, as a node going away does. */
  endStreams(): void {
    for (const stream of this.streams) stream.end();
    this.streams.clear();
  }

  stop(): void {
    this.server.forceShutdown();
  }

  private attach(stream: ServerWritableStream<unknown, HsmRequest>): void {
    this.streams.add(stream);
    stream.on('cancelled', () => this.streams.delete(stream));
    for (const wake of this.waiters.splice(0)) wake();
  }
}
