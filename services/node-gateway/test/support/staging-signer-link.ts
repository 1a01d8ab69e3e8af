// The signer side of StreamHsmRequests / RespondHsmRequest for tests: a small grpc-js server with
// signerLinkHandlers mounted (insecure; the real gateway mounts them on its mTLS server and routes by
// the caller's certificate, here by an `x-test-node-id` header), and a signer client that answers each
// streamed request with the real Signer's `process()`, as `greenhouse signer run` does.
import {
  credentials,
  Metadata,
  Server,
  ServerCredentials,
  type ClientReadableStream,
  type ServiceError,
} from '@grpc/grpc-js';
import { grpcPackages } from '@greenhouse/common';
import type { HsmRequest__Output } from '@greenhouse/common/generated/greenlight/HsmRequest.ts';
import type { HsmResponse } from '@greenhouse/common/generated/greenlight/HsmResponse.ts';
import type { NodeClient } from '@greenhouse/common/generated/greenlight/Node.ts';
import { signerLinkHandlers, type HsmStage } from '../../src/staging/index.ts';

export const NODE_HEADER = 'x-test-node-id';

export class SignerLinkServer {
  private constructor(
    private readonly server: Server,
    readonly address: string,
  ) {}

  /** Serves the two handlers for the stages given (by node id hex). */
  static async start(stages: Map<string, HsmStage>): Promise<SignerLinkServer> {
    const server = new Server();
    const handlers = signerLinkHandlers((call) => {
      const nodeId = call.metadata.get(NODE_HEADER)[0];
      return typeof nodeId === 'string' ? stages.get(nodeId) : undefined;
    });
    server.addService(grpcPackages().greenlight.Node.service, handlers);
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
    );
    return new SignerLinkServer(server, `127.0.0.1:${port}`);
  }

  client(): NodeClient {
    return new (grpcPackages().greenlight.Node)(this.address, credentials.createInsecure()) as unknown as NodeClient;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.server.forceShutdown();
        resolve();
      }, 1000);
      this.server.tryShutdown(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

export function nodeMetadata(nodeId: Buffer | string): Metadata {
  const metadata = new Metadata();
  metadata.set(NODE_HEADER, typeof nodeId === 'string' ? nodeId : nodeId.toString('hex'));
  return metadata;
}

/** What answers: the real Signer (`@greenhouse/signer`) in these tests. */
export interface AnsweringSigner {
  process(request: HsmRequest__Output): HsmResponse;
}

/** Decides one answer; `signerAnswer` is what the signer says. A test may delay or replace it. */
export type AnswerHook = (request: HsmRequest__Output, signerAnswer: () => HsmResponse) => Promise<HsmResponse>;

/** One attached signer: streams requests, answers each in order through RespondHsmRequest. */
export class TestSignerClient {
  readonly received: HsmRequest__Output[] = [];
  readonly outcomes: Array<{ requestId: number; error?: string }> = [];
  hook: AnswerHook | undefined;
  /** The stream's final status (undefined while it runs). */
  ended: Promise<ServiceError | 'end'>;
  private readonly stream: ClientReadableStream<HsmRequest__Output>;
  private queue = Promise.resolve();

  constructor(
    private readonly node: NodeClient,
    private readonly signer: AnsweringSigner,
    nodeId: Buffer | string,
  ) {
    this.stream = node.StreamHsmRequests({}, nodeMetadata(nodeId));
    const metadata = nodeMetadata(nodeId);
    this.stream.on('data', (request: HsmRequest__Output) => {
      this.received.push(request);
      this.queue = this.queue.then(async () => {
        const signerAnswer = () => this.signer.process(request);
        const response = this.hook ? await this.hook(request, signerAnswer) : signerAnswer();
        const error = await new Promise<ServiceError | null>((resolve) => node.RespondHsmRequest(response, metadata, (e) => resolve(e)));
        this.outcomes.push({ requestId: request.request_id, ...(error && { error: `${error.code}: ${error.details}` }) });
      });
    });
    this.ended = new Promise((resolve) => {
      this.stream.on('error', (error: ServiceError) => resolve(error));
      this.stream.on('end', () => resolve('end'));
    });
  }

  /** Hangs up (as a signer that stops does) and waits for its last answer to go out. */
  async stop(): Promise<void> {
    this.stream.cancel();
    await this.ended;
    await this.queue;
  }
}
