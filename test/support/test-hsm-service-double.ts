// A stand-in for the node gateway's internal greenlight.Hsm service (unix socket, no TLS), answering
// with the real Signer, so the hsmd proxy can be tested without the gateway. It records what it was
// asked (request id, message type, context) and lets a test hold or replace answers.
import { Server, ServerCredentials, status, type ServerUnaryCall, type sendUnaryData } from '@grpc/grpc-js';
import { grpcPackages } from '@greenhouse/common';
import { peekType } from '@greenhouse/common/hsmd';
import type { HsmRequest__Output } from '@greenhouse/common/generated/greenlight/HsmRequest.ts';
import type { HsmResponse } from '@greenhouse/common/generated/greenlight/HsmResponse.ts';
import { HsmSecret, Signer } from '@greenhouse/signer';

/** The signer behind the double: regtest, permissive (signs even what no client call asked for). */
export function permissiveSigner(secret: Uint8Array): Signer {
  return new Signer({ secret: HsmSecret.fromBytes(secret), network: 'regtest', permissive: true });
}

export interface RecordedHsmRequest {
  requestId: number;
  type: number;
  /** Null for lightningd's own connection. */
  context: { nodeId: string; dbid: bigint; capabilities: bigint } | null;
}

/** A gRPC status to fail the call with, instead of an HsmResponse. */
export interface CallFailure {
  code: status;
  details: string;
}

/** Decides one answer; `signerAnswer` is what the signer says. A test may delay, replace or fail it. */
export type HsmAnswerHook = (request: HsmRequest__Output, signerAnswer: () => HsmResponse) => Promise<HsmResponse | CallFailure>;

export class TestHsmServiceDouble {
  readonly requests: RecordedHsmRequest[] = [];
  pings = 0;
  hook: HsmAnswerHook | undefined;

  private constructor(
    private readonly server: Server,
    readonly socketPath: string,
  ) {}

  static async start(socketPath: string, signer: Signer): Promise<TestHsmServiceDouble> {
    const server = new Server();
    const double: TestHsmServiceDouble = new TestHsmServiceDouble(server, socketPath);
    server.addService(grpcPackages().greenlight.Hsm.service, {
      Ping: (_call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<object>) => {
        double.pings += 1;
        callback(null, {});
      },
      Request: (call: ServerUnaryCall<HsmRequest__Output, HsmResponse>, callback: sendUnaryData<HsmResponse>) => {
        const request = call.request;
        double.record(request);
        const signerAnswer = () => signer.process(request);
        const answer = double.hook ? double.hook(request, signerAnswer) : Promise.resolve(signerAnswer());
        answer.then(
          (result) => ('code' in result ? callback({ code: result.code, details: result.details }) : callback(null, result)),
          (error: Error) => callback({ code: status.INTERNAL, details: error.message }),
        );
      },
    });
    await new Promise<void>((resolve, reject) =>
      server.bindAsync(`unix:${socketPath}`, ServerCredentials.createInsecure(), (error) => (error ? reject(error) : resolve())),
    );
    return double;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.server.tryShutdown(() => resolve());
      setTimeout(() => {
        this.server.forceShutdown();
        resolve();
      }, 1000).unref();
    });
  }

  private record(request: HsmRequest__Output): void {
    const context = request.context;
    this.requests.push({
      requestId: request.request_id,
      type: peekType(request.raw),
      context: context && {
        nodeId: context.node_id.toString('hex'),
        dbid: BigInt(context.dbid),
        capabilities: BigInt(context.capabilities),
      },
    });
  }
}
