// The Greenhouse node's signer for bench/payments, as its own process (a signer runs on the user's
// machine, never inside the gateway): the real signer loop (`runSigner`, what `greenhouse signer run`
// runs) with a real, non-permissive Signer, finding its node through the scheduler (GetNodeInfo).
//
// It also counts, for the bench, what it is asked: the bench names the phase (a bench task) over the
// IPC channel before each block of payments, and every hsmd request is tallied under that phase — by
// message type, with the time Signer.process took, the relayed signer_state's size and the pending
// calls it carried. `{ kind: 'phase', phase }` is acknowledged once set; `{ kind: 'report' }` is
// answered with every phase's tally. stdin is the lifeline: when it ends, so does this process.
import { Writable } from 'node:stream';
import { createLogger } from '@greenhouse/common';
import { describeHsmdType, peekType } from '@greenhouse/common/hsmd';
import { Credentials } from '@greenhouse/client';
import { HsmSecret, runSigner, Signer } from '../../services/signer/src/index.ts';

export interface PaymentsSignerConfig {
  caPem: string;
  certPem: string;
  keyPem: string;
  schedulerUri: string;
  /** The hsm_secret, hex. */
  seedHex: string;
  rune: string;
}

export interface PhaseTally {
  /** Requests by hsmd message type (`hsmd_sign_remote_commitment_tx (19)`…). */
  types: Record<string, number>;
  /** Milliseconds inside Signer.process by message type, summed. */
  typeMs: Record<string, number>;
  /**
   * Requests by the connection they came on: `lightningd` (its own hsmd connection, which it reads
   * synchronously: its main loop waits for each answer), `channel` (a channel daemon's), `node` (a
   * node-level daemon's such as connectd: dbid 0).
   */
  connections: Record<string, number>;
  requests: number;
  /** Milliseconds inside Signer.process, summed. */
  processMs: number;
  /** Bytes of signer_state the node relayed with the requests (keys and values), summed. */
  stateBytes: number;
  /** Pending device-signed calls the requests carried, summed. */
  pendingCalls: number;
  refused: number;
}

export type SignerMessage = { kind: 'phase'; phase: string } | { kind: 'report' };
export type SignerReply = { kind: 'phase-set'; phase: string } | { kind: 'report'; tallies: Record<string, PhaseTally> };

const config = JSON.parse(process.argv[2]!) as PaymentsSignerConfig;
const signer = new Signer({ secret: HsmSecret.fromBytes(Buffer.from(config.seedHex, 'hex')), network: 'regtest' });
const tallies: Record<string, PhaseTally> = {};
let phase = 'setup';
const tally = () => (tallies[phase] ??= { types: {}, typeMs: {}, connections: {}, requests: 0, processMs: 0, stateBytes: 0, pendingCalls: 0, refused: 0 });

const answer = signer.process.bind(signer);
signer.process = (request, now) => {
  const t = performance.now();
  const response = answer(request, now);
  const elapsed = performance.now() - t;
  const entry = tally();
  const type = request.raw.length >= 2 ? describeHsmdType(peekType(request.raw)) : 'empty request';
  entry.types[type] = (entry.types[type] ?? 0) + 1;
  entry.typeMs[type] = (entry.typeMs[type] ?? 0) + elapsed;
  const context = request.context;
  const connection = !context || BigInt(context.capabilities) === 0n ? 'lightningd' : BigInt(context.dbid) === 0n ? 'node' : 'channel';
  entry.connections[connection] = (entry.connections[connection] ?? 0) + 1;
  entry.requests++;
  entry.processMs += elapsed;
  entry.stateBytes += request.signer_state.reduce((sum, e) => sum + e.key.length + e.value.length + e.signature.length, 0);
  entry.pendingCalls += request.requests.length;
  if (response.error) entry.refused++;
  return response;
};
signer.onRejection((rejection) => {
  if (rejection.refused) process.stderr.write(`signer refused a request: ${rejection.reason}\n`);
});

process.on('message', (message: SignerMessage) => {
  if (message.kind === 'phase') {
    phase = message.phase;
    process.send!({ kind: 'phase-set', phase } satisfies SignerReply);
  } else process.send!({ kind: 'report', tallies } satisfies SignerReply);
});
process.stdin.on('end', () => process.exit(0)).resume();

const abort = new AbortController();
process.once('SIGTERM', () => abort.abort());
const quiet = createLogger({ name: 'bench-signer', level: 'warn', destination: new Writable({ write: (_c, _e, done) => done() }) });
await runSigner({
  signer,
  creds: new Credentials(config.certPem, config.keyPem, config.caPem, config.rune),
  schedulerUri: config.schedulerUri,
  logger: quiet,
  signal: abort.signal,
});
