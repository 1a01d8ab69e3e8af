// Two signers of one node (same seed), with the signer_state relayed the way the gateway relays it:
// through its real HsmStage (each request carries the entries that signer lacks, every answer's
// state is merged by Greenlight's rules and written to the node's state file before the answer goes
// to lightningd). Requests interleave between the two, and the channel record is written by both
// from different bases: the versions are joined, so neither signer forgets a revocation or a
// secret, and neither signs a commitment the other revoked.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createLogger } from '@greenhouse/common';
import type { HsmRequest__Output } from '@greenhouse/common/generated/greenlight/HsmRequest.ts';
import { HsmStage, type IncomingHsmResponse, type SignerAttachment } from '../../node-gateway/src/staging/hsm-stage.ts';
import { Signer } from '../src/signer.ts';
import { ShachainReceiver } from '../src/crypto/shachain.ts';
import { ChannelStore, type ChannelRecordJson } from '../src/channels/channel-state.ts';
import {
  channelLifeRequests,
  DBID,
  ownCommitmentRequest,
  paymentRoundRequests,
  PEER_ID,
  SUBDAEMON_PERMISSIONS,
  VECTOR_SECRETS,
  type ChannelStep,
} from './support/channel-requests.ts';

const secret = VECTOR_SECRETS[0]!.secret;
const quiet = createLogger({ name: 'two-signers', level: 'warn', destination: new Writable({ write: (_c, _e, done) => done() }) });
const KEY = ChannelStore.keyOf(PEER_ID, DBID);

/** A signer of the node as its run loop is: attached to the stage, answering what it is handed. */
class AttachedSigner {
  readonly signer = new Signer({ secret, network: 'regtest', permissive: true });
  private attachment: SignerAttachment | undefined;

  constructor(readonly name: string) {}

  attachTo(stage: HsmStage): this {
    this.attachment = stage.attach();
    return this;
  }

  /** Takes its next request from the stage (skipping what others answered), answers it, hands the answer in. */
  async answerNext(stage: HsmStage): Promise<void> {
    const request = (await this.attachment!.next()) as unknown as HsmRequest__Output;
    const response = this.signer.process(request);
    await stage.respond(response as IncomingHsmResponse);
  }

  /** This signer's own memory of the channel (what it checks requests against). */
  get record(): ChannelRecordJson {
    return JSON.parse(this.signer.channelStore.state.get(KEY)!.value) as ChannelRecordJson;
  }
}

let nextId = 1000;
/** lightningd sends `step`; `by` answers it. Resolves with the reply lightningd gets. */
async function send(stage: HsmStage, step: ChannelStep, by: AttachedSigner) {
  const context = step.on === 'master' ? undefined : { node_id: Buffer.from(PEER_ID), dbid: DBID, capabilities: BigInt(SUBDAEMON_PERMISSIONS[step.on]) };
  const answered = stage.handle({ request_id: nextId++, raw: step.request, ...(context && { context }) });
  await by.answerNext(stage);
  return answered;
}

async function sendAll(stage: HsmStage, steps: ChannelStep[], by: AttachedSigner | ((i: number) => AttachedSigner)) {
  for (const [i, step] of steps.entries()) {
    const reply = await send(stage, step, typeof by === 'function' ? by(i) : by);
    expect(reply.error, `${step.name}`).toBe('');
  }
}

const nodeRecord = (stage: HsmStage): ChannelRecordJson =>
  JSON.parse(stage.stateEntries().find((e) => e.key === KEY)!.value) as ChannelRecordJson;
const nodeVersion = (stage: HsmStage): bigint => stage.stateEntries().find((e) => e.key === KEY)!.version;
const secretsKnownBelow = (record: ChannelRecordJson): number => {
  const known = [];
  for (const [position, index, secret] of record.remote_secrets) known[position] = { index: Number(index), secret: Buffer.from(secret, 'hex') };
  return new ShachainReceiver(known).nextCommitment;
};
const open = channelLifeRequests(secret).slice(0, 6);
const round = (n: number) => paymentRoundRequests(secret, n);

describe('two signers of one node, state relayed through the gateway stage', () => {
  let dir: string;
  let stateFile: string;
  const stages: HsmStage[] = [];
  const newStage = () => {
    const stage = new HsmStage({ nodeId: new AttachedSigner('-').signer.nodeId, initMsg: Buffer.from('0072', 'hex'), startupMessages: [], stateFile, logger: quiet });
    stages.push(stage);
    return stage;
  };

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'gh-two-signers-'));
    stateFile = path.join(dir, 'node', 'signer-state.json');
  });
  afterEach(async () => {
    for (const stage of stages.splice(0)) await stage.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('answer requests in turn: each continues from what the other wrote', async () => {
    const stage = newStage();
    const a = new AttachedSigner('A').attachTo(stage);
    const b = new AttachedSigner('B').attachTo(stage);
    let turn = 0;
    const alternate = () => (turn++ % 2 === 0 ? a : b);
    await sendAll(stage, open, alternate);
    for (let n = 1; n <= 6; n++) await sendAll(stage, round(n), alternate);
    const record = nodeRecord(stage);
    expect(record).toMatchObject({ revoked_local: 5, validated_local: 6 });
    expect(secretsKnownBelow(record)).toBe(6);
    expect(Object.keys(record.remote_points)).toEqual(['6']);
    // A revoked commitment is refused whoever is asked.
    for (const signer of [a, b]) expect((await send(stage, ownCommitmentRequest(secret, 5), signer)).error).toMatch(/revoked through 5/);
    expect((await send(stage, ownCommitmentRequest(secret, 6), a)).error).toBe('');
  });

  it("join concurrent versions of the channel record: the node's copy went back, one signer wrote on from it while the other remembered more", async () => {
    const first = newStage();
    const a = new AttachedSigner('A').attachTo(first);
    await sendAll(first, open, a);
    await sendAll(first, [...round(1), ...round(2)], a);
    // A backup of the node's directory (the state file and its journal).
    const backup = path.join(dir, 'backup');
    await cp(path.join(dir, 'node'), backup, { recursive: true });
    const base = nodeVersion(first);
    // Round 3 through A: A revokes our commitment 2 and learns their secret 2.
    await sendAll(first, round(3), a);
    expect(a.record).toMatchObject({ revoked_local: 2, validated_local: 3 });
    expect(a.signer.channelStore.state.get(KEY)!.version).toBe(base + 4n);

    // The node's copy loses round 3 (restored from a backup, say); B is a fresh signer process.
    await first.close();
    await rm(path.join(dir, 'node'), { recursive: true });
    await cp(backup, path.join(dir, 'node'), { recursive: true });
    const second = newStage();
    const b = new AttachedSigner('B').attachTo(second);
    const [signRemote4, , validate4, revoke3] = round(4);
    const [signRemote5] = round(5);
    await sendAll(second, [signRemote4!, validate4!, revoke3!, signRemote5!], b);
    // B wrote the same version A holds, with other facts: Greenlight's rule alone would keep either one.
    expect(nodeVersion(second)).toBe(base + 4n);
    expect(b.record).toMatchObject({ revoked_local: 3, validated_local: 4 });
    expect(secretsKnownBelow(b.record)).toBe(2);

    // A comes back. Its memory says revoked through 2; B revoked 3. A joins before it answers.
    a.attachTo(second);
    expect((await send(second, ownCommitmentRequest(secret, 3), a)).error).toMatch(/revoked through 3/);
    expect(a.record).toMatchObject({ revoked_local: 3, validated_local: 4 });
    expect(secretsKnownBelow(a.record)).toBe(3); // its own secret 2 kept
    expect(Object.keys(a.record.remote_points).sort()).toEqual(['3', '4', '5']);

    // Their revocation of 3 needs secret 2, which only A had learnt: A accepts it, and its answer
    // carries the joined record to the node.
    const [, , , , validateRevocation3] = round(4);
    expect((await send(second, validateRevocation3!, a)).error).toBe('');
    expect(nodeRecord(second)).toMatchObject({ revoked_local: 3, validated_local: 4 });
    expect(secretsKnownBelow(nodeRecord(second))).toBe(4);
    expect(nodeVersion(second)).toBe(base + 6n);

    // B gets the joined record with its next request: it refuses what A revoked and accepts what
    // needs A's secrets.
    const [, , , , validateRevocation4] = round(5);
    expect((await send(second, ownCommitmentRequest(secret, 2), b)).error).toMatch(/revoked through 3/);
    expect((await send(second, validateRevocation4!, b)).error).toBe('');
    expect(b.record).toEqual(nodeRecord(second));
    expect(secretsKnownBelow(b.record)).toBe(5);
    expect(Object.keys(b.record.remote_points)).toEqual(['5']);
  });
});
