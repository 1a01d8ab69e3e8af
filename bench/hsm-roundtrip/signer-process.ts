// The signer side of bench/hsm-roundtrip, as its own process (a signer runs on the user's machine,
// never inside the gateway). Two modes, configured by one JSON argument:
//   signer  the real signer loop (`runSigner`, what `greenhouse signer run` runs) with a real Signer
//           (not permissive); the node's location is `nodeUri` when given, else the scheduler's
//           GetNodeInfo(wait) as in production.
//   bare    the bare grpc-js pattern the signer link is built on: a server stream pushes a message,
//           a unary call sends it back. No protobuf, no logic; each push is answered at once.
import { Writable } from 'node:stream';
import { Client, Metadata, type ClientReadableStream } from '@grpc/grpc-js';
import { createLogger } from '@greenhouse/common';
import { Credentials, grpcTarget, mtlsCredentials } from '@greenhouse/client';
import { HsmSecret, runSigner, Signer } from '../../services/signer/src/index.ts';

export interface SignerProcessConfig {
  mode: 'signer' | 'bare';
  caPem: string;
  certPem: string;
  keyPem: string;
  /** signer: the scheduler, for MaybeUpgrade and (without nodeUri) GetNodeInfo. */
  schedulerUri?: string;
  /** signer: `https://localhost:PORT` of the node, skipping GetNodeInfo. bare: the bare server. */
  nodeUri?: string;
  /** signer: the hsm_secret, hex. */
  seedHex?: string;
  /** signer: the device's rune (part of its creds; the signer loop does not use it). */
  rune?: string;
}

const passthrough = (buffer: Buffer) => buffer;

function runBare(config: SignerProcessConfig): void {
  const tls = { caPem: config.caPem, certPem: config.certPem, keyPem: config.keyPem };
  // The same name check as the signer's node client (research/greenlight.md §2.5).
  const client = new Client(grpcTarget(config.nodeUri!), mtlsCredentials(tls), { 'grpc.ssl_target_name_override': 'localhost' });
  const stream: ClientReadableStream<Buffer> = client.makeServerStreamRequest('/bench.Link/Stream', passthrough, passthrough, Buffer.alloc(0), new Metadata(), {});
  stream.on('data', (message: Buffer) => {
    client.makeUnaryRequest('/bench.Link/Reply', passthrough, passthrough, message, new Metadata(), {}, (error) => {
      if (error) process.stderr.write(`bare reply failed: ${error.message}\n`);
    });
  });
  stream.on('error', () => process.exit(0)); // the bench is done
}

async function runRealSigner(config: SignerProcessConfig): Promise<void> {
  const signer = new Signer({ secret: HsmSecret.fromBytes(Buffer.from(config.seedHex!, 'hex')), network: 'regtest' });
  const creds = new Credentials(config.certPem, config.keyPem, config.caPem, config.rune ?? '');
  const quiet = createLogger({ name: 'bench-signer', level: 'warn', destination: new Writable({ write: (_c, _e, done) => done() }) });
  const abort = new AbortController();
  process.once('SIGTERM', () => abort.abort());
  await runSigner({
    signer,
    creds,
    schedulerUri: config.schedulerUri!,
    logger: quiet,
    signal: abort.signal,
    ...(config.nodeUri && { locateNode: async () => config.nodeUri }),
  });
}

const config = JSON.parse(process.argv[2]!) as SignerProcessConfig;
// The bench keeps stdin open as a lifeline: when it ends, so does this process.
process.stdin.on('end', () => process.exit(0)).resume();
if (config.mode === 'bare') runBare(config);
else await runRealSigner(config);
