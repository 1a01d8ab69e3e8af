// The bare grpc-js pattern under the signer link (anchors.md §3 (c)): the server pushes a message on
// an open server stream, the client answers with a unary call, the server resolves the push. mTLS
// with the same certificates as the gateway; no protobuf (buffers pass through), no logic.
import { Server, ServerCredentials, type sendUnaryData, type ServerUnaryCall, type ServerWritableStream, type ServiceDefinition } from '@grpc/grpc-js';

const PAYLOAD_BYTES = 100;
const passthrough = (buffer: Buffer) => buffer;

const definition: ServiceDefinition = {
  Stream: {
    path: '/bench.Link/Stream',
    requestStream: false,
    responseStream: true,
    requestSerialize: passthrough,
    requestDeserialize: passthrough,
    responseSerialize: passthrough,
    responseDeserialize: passthrough,
  },
  Reply: {
    path: '/bench.Link/Reply',
    requestStream: false,
    responseStream: false,
    requestSerialize: passthrough,
    requestDeserialize: passthrough,
    responseSerialize: passthrough,
    responseDeserialize: passthrough,
  },
};

export class BareLink {
  private stream: ServerWritableStream<Buffer, Buffer> | undefined;
  private readonly waiting = new Map<number, () => void>();
  private nextId = 1;

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(tls: { caPem: string; certPem: string; keyPem: string }): Promise<BareLink> {
    const server = new Server();
    let link: BareLink | undefined;
    server.addService(definition, {
      Stream: (call: ServerWritableStream<Buffer, Buffer>) => {
        link!.stream = call;
      },
      Reply: (call: ServerUnaryCall<Buffer, Buffer>, callback: sendUnaryData<Buffer>) => {
        const id = call.request.readUInt32BE(0);
        link!.waiting.get(id)?.();
        link!.waiting.delete(id);
        callback(null, Buffer.alloc(0));
      },
    });
    const credentials = ServerCredentials.createSsl(Buffer.from(tls.caPem), [{ cert_chain: Buffer.from(tls.certPem), private_key: Buffer.from(tls.keyPem) }], true);
    const port = await new Promise<number>((resolve, reject) => server.bindAsync('127.0.0.1:0', credentials, (e, p) => (e ? reject(e) : resolve(p))));
    link = new BareLink(server, port);
    return link;
  }

  get attached(): boolean {
    return this.stream !== undefined;
  }

  /** One push → reply round trip. */
  push(): Promise<void> {
    const id = this.nextId++;
    const message = Buffer.alloc(PAYLOAD_BYTES, 0x5a);
    message.writeUInt32BE(id, 0);
    return new Promise((resolve) => {
      this.waiting.set(id, resolve);
      this.stream!.write(message);
    });
  }

  stop(): void {
    this.stream?.end();
    this.server.forceShutdown();
  }
}
