// bench/signer payment replay: a channel's payment traffic through the real Signer.process, with the
// signer_state relayed the way the gateway relays it (its real HsmStage: a diff of what the signer
// lacks with every request, the answer's state merged and written to the state file before the next
// request), without lightningd. Cheap and repeatable, for profiling the signer's per-request cost
// (`--profile`: `node --cpu-prof` around it, see bench/README).
//
//   pnpm bench:signer-replay [--rounds=N] [--warmup=N] [--state-dir=DIR]
//
// A permissive signer opens the channel (the first six requests of the channel's life, the setup
// needs a FundChannel call otherwise) and detaches; a real, non-permissive Signer with the same seed
// attaches and gets the state relayed, as after a signer restart, then answers N payment rounds:
// sign_remote_commitment_tx, sign_remote_htlc_tx, validate_commitment_tx, revoke_commitment_tx,
// validate_revocation, sign_penalty_to_us (six requests, one commitment update each way; a one-hop
// payment makes about two such rounds on each side). The HTLC is one the peer offered (we are paid),
// so the signer's payment rule needs no device-signed call. The state file lives in DIR (default: a
// directory under /dev/shm when there is one, so the figures are the CPU, not the disk).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createLogger } from '@greenhouse/common';
import { describeHsmdType, peekType } from '@greenhouse/common/hsmd';
import type { HsmRequest } from '@greenhouse/common/generated/greenlight/HsmRequest.ts';
import type { HsmRequest__Output } from '@greenhouse/common/generated/greenlight/HsmRequest.ts';
import { HsmStage, type IncomingHsmResponse, type SignerAttachment } from '../../services/node-gateway/src/staging/hsm-stage.ts';
import { Signer } from '../../services/signer/src/index.ts';
import {
  channelLifeRequests,
  DBID,
  paymentRoundRequests,
  PEER_ID,
  SUBDAEMON_PERMISSIONS,
  VECTOR_SECRETS,
  type ChannelStep,
} from '../../services/signer/test/support/channel-requests.ts';

const numberArg = (name: string, fallback: number) => {
  const value = process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  return value === undefined ? fallback : Number(value);
};
const ROUNDS = numberArg('rounds', 200);
const WARMUP = numberArg('warmup', 30);
const STATE_DIR = process.argv.find((a) => a.startsWith('--state-dir='))?.slice('--state-dir='.length);

const secret = VECTOR_SECRETS[0]!.secret;
const quiet = createLogger({ name: 'bench-replay', level: 'warn', destination: new Writable({ write: (_c, _e, done) => done() }) });
const base = STATE_DIR ?? (existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir());
const dir = await mkdtemp(path.join(base, 'gh-replay-'));

const opener = new Signer({ secret, network: 'regtest', permissive: true });
const signer = new Signer({ secret, network: 'regtest' });
signer.onRejection((rejection) => {
  if (rejection.refused) console.error(`signer refused ${describeHsmdType(peekType(rejection.request.raw))}: ${rejection.reason}`);
});
const { initMsg, startupMessages } = signer.startupMessages();
const stage = new HsmStage({ nodeId: signer.nodeId, initMsg, startupMessages, stateFile: path.join(dir, 'signer-state.json'), logger: quiet });

interface Tally {
  count: number;
  processMs: number;
  respondMs: number;
  stateBytes: number;
}
const tallies = new Map<string, Tally>();
let nextId = 1000;

async function send(step: ChannelStep, via: Signer, attachment: SignerAttachment, record: boolean): Promise<void> {
  const context = step.on === 'master' ? undefined : { node_id: Buffer.from(PEER_ID), dbid: DBID, capabilities: BigInt(SUBDAEMON_PERMISSIONS[step.on]) };
  const answered = stage.handle({ request_id: nextId++, raw: step.request, ...(context && { context }) });
  const request = (await attachment.next()) as HsmRequest;
  const t0 = performance.now();
  const response = via.process(request as unknown as HsmRequest__Output);
  const t1 = performance.now();
  // What gRPC would carry: the signer's HsmResponse as the stage reads it.
  await stage.respond(response as IncomingHsmResponse);
  const t2 = performance.now();
  const reply = await answered;
  if (reply.error) throw new Error(`${step.name}: ${reply.error}`);
  if (!record) return;
  const type = describeHsmdType(peekType(step.request));
  const tally = tallies.get(type) ?? { count: 0, processMs: 0, respondMs: 0, stateBytes: 0 };
  tally.count++;
  tally.processMs += t1 - t0;
  tally.respondMs += t2 - t1;
  tally.stateBytes += (request.signer_state ?? []).reduce((sum, e) => sum + e.key!.length + (e.value as Buffer).length + (e.signature as Buffer).length, 0);
  tallies.set(type, tally);
}

try {
  const opening = stage.attach();
  for (const step of channelLifeRequests(secret).slice(0, 6)) await send(step, opener, opening, false);
  opening.detach();

  // Every request made up front, so that none of the test peer's own crypto lands in the figures.
  const rounds = Array.from({ length: WARMUP + ROUNDS }, (_, i) => paymentRoundRequests(secret, i + 1, 'received'));
  const attachment = stage.attach();
  for (const round of rounds.slice(0, WARMUP)) for (const step of round) await send(step, signer, attachment, true);
  tallies.clear();
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (const round of rounds.slice(WARMUP)) for (const step of round) await send(step, signer, attachment, true);
  const wall = performance.now() - started;
  const cpu = process.cpuUsage(cpuStarted);

  const all = [...tallies.values()].reduce((a, t) => ({ count: a.count + t.count, processMs: a.processMs + t.processMs, respondMs: a.respondMs + t.respondMs, stateBytes: a.stateBytes + t.stateBytes }), {
    count: 0,
    processMs: 0,
    respondMs: 0,
    stateBytes: 0,
  });
  console.log(`bench/signer payment replay — ${ROUNDS} payment rounds (${WARMUP} warm-up), ${all.count} hsmd requests, state file in ${base}`);
  console.log(`machine: ${os.cpus().length} cores, node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log('');
  console.log(`${'request'.padEnd(36)} ${'n'.padStart(5)}  Signer.process   stage.respond   relayed state`);
  for (const [type, t] of [...tallies.entries()].sort((a, b) => b[1].processMs / b[1].count - a[1].processMs / a[1].count)) {
    console.log(
      `${type.padEnd(36)} ${String(t.count).padStart(5)}  ${(t.processMs / t.count).toFixed(3).padStart(9)} ms   ${(t.respondMs / t.count).toFixed(3).padStart(9)} ms   ${(t.stateBytes / t.count / 1024).toFixed(2).padStart(6)} KiB`,
    );
  }
  console.log(
    `${'all'.padEnd(36)} ${String(all.count).padStart(5)}  ${(all.processMs / all.count).toFixed(3).padStart(9)} ms   ${(all.respondMs / all.count).toFixed(3).padStart(9)} ms   ${(all.stateBytes / all.count / 1024).toFixed(2).padStart(6)} KiB`,
  );
  console.log('');
  console.log(
    `per request, whole loop (stage and signer, this process): ${(wall / all.count).toFixed(3)} ms wall, ${((cpu.user + cpu.system) / 1000 / all.count).toFixed(3)} ms CPU`,
  );
} finally {
  await stage.close();
  await rm(dir, { recursive: true, force: true });
}
