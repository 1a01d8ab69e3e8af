// HsmStage's rules: canned answers, staging for signers (backlog, broadcast, first answer wins),
// repeats of a request id, node-relayed signer_state (merge, per-signer diffs, durable before the
// answer goes out), refusals, withdrawal when the caller leaves, and close.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { status } from '@grpc/grpc-js';
import { encodeHsmd, HSMD_TYPE } from '@greenhouse/common/hsmd';
import { fromWireEntries, TOMBSTONE_VERSION } from '@greenhouse/common/signer-state';
import type { HsmRequest } from '@greenhouse/common/generated/greenlight/HsmRequest.ts';
import { HsmStage, MEMLEAK_REPLY, StateFileError, type SignerRefusal } from '../src/staging/index.ts';
import {
  answer,
  captureLogger,
  deriveSecret,
  entry,
  INIT_MSG,
  newStage,
  PEER_ID,
  pendingCall,
  refusal,
  request,
  settled,
  STARTUP_REQUEST,
  STARTUP_RESPONSE,
  temporaryDirectory,
} from './support/staging-fixtures.ts';

const ECDH = Buffer.from(encodeHsmd({ kind: 'hsmd_ecdh_req', point: Buffer.from('0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798', 'hex') }));
const REPLY = (n: number) => Buffer.from([0x00, 0x64, n]);
const stateOf = (message: HsmRequest) => fromWireEntries(message.signer_state as never).map((e) => `${e.key}@${e.version}`);
/** A staged request the test does not await (close() fails it at the end). */
const quiet = (reply: Promise<unknown>) => void reply.catch(() => undefined);
const typeOf = (raw: unknown) => Buffer.from(raw as Buffer).readUInt16BE(0);

let dir: string;
let remove: () => Promise<void>;
let log: ReturnType<typeof captureLogger>;
let stage: HsmStage;

beforeEach(async () => {
  ({ dir, remove } = await temporaryDirectory('greenhouse-staging-'));
  log = captureLogger();
  stage = newStage(dir, { logger: log.logger });
});

afterEach(async () => {
  await stage.close();
  await remove();
});

describe('canned answers (no signer needed)', () => {
  it('replays a stored startup message byte for byte, and nothing else', async () => {
    expect(await stage.handle(request(1000, STARTUP_REQUEST))).toEqual({ request_id: 1000, raw: STARTUP_RESPONSE, signer_state: [], error: '' });
    // Same type, other bytes: staged for a signer.
    quiet(stage.handle(request(1001, deriveSecret('scb secreT'))));
    expect(stage.pendingCount).toBe(1);
  });

  it('answers hsmd_init with init_msg whatever the init request says', async () => {
    const init = encodeHsmd({
      kind: 'hsmd_init',
      bip32_key_version: { pubkey_version: 0x043587cf, privkey_version: 0x04358394 },
      chainparams: Buffer.alloc(32, 6),
      hsm_wire_min_version: 5,
      hsm_wire_max_version: 6,
    });
    expect(await stage.handle(request(1000, init))).toEqual({ request_id: 1000, raw: INIT_MSG, signer_state: [], error: '' });
  });

  it('answers hsmd_dev_memleak with "no leak" (type 133, false)', async () => {
    const reply = await stage.handle(request(1002, encodeHsmd({ kind: 'hsmd_dev_memleak' })));
    expect(reply.raw).toEqual(Buffer.from([0x00, 0x85, 0x00]));
    expect(MEMLEAK_REPLY.readUInt16BE(0)).toBe(HSMD_TYPE.hsmd_dev_memleak_reply);
    expect(stage.pendingCount).toBe(0);
  });

  it('refuses a message too short to have a type', async () => {
    expect((await stage.handle(request(1003, Buffer.from([0x00])))).error).toMatch(/without a message type/);
  });
});

describe('staging for signers', () => {
  it('gives a signer that attaches late the backlog, in order, then new requests', async () => {
    const first = stage.handle(request(1000, ECDH));
    const second = stage.handle(request(1001, deriveSecret('a'), { node_id: PEER_ID, dbid: 7n, capabilities: 3n }));
    expect(stage.pendingCount).toBe(2);
    expect(await settled(first)).toBe(false);

    const signer = stage.attach();
    const a = (await signer.next())!;
    const b = (await signer.next())!;
    expect([a.request_id, b.request_id]).toEqual([1000, 1001]);
    expect(a.context).toBeUndefined();
    expect(b.context).toEqual({ node_id: PEER_ID, dbid: '7', capabilities: '3' });
    expect(b.raw).toEqual(deriveSecret('a'));

    const third = stage.handle(request(1002, deriveSecret('b')));
    expect((await signer.next())!.request_id).toBe(1002);

    expect(await stage.respond(answer(1001, REPLY(2)))).toBe('answered');
    expect(await stage.respond(answer(1000, REPLY(1)))).toBe('answered');
    expect(await stage.respond(answer(1002, REPLY(3)))).toBe('answered');
    expect((await first).raw).toEqual(REPLY(1));
    expect((await second).raw).toEqual(REPLY(2));
    expect(await third).toEqual({ request_id: 1002, raw: REPLY(3), signer_state: [], error: '' });
    expect(stage.pendingCount).toBe(0);
  });

  it('broadcasts every request to every signer; the first answer wins and later ones are ignored (logged at debug)', async () => {
    const one = stage.attach();
    const two = stage.attach();
    expect(stage.attachedSigners).toBe(2);
    const reply = stage.handle(request(1000, ECDH));
    expect((await one.next())!.request_id).toBe(1000);
    expect((await two.next())!.request_id).toBe(1000);

    expect(await stage.respond(answer(1000, REPLY(2)))).toBe('answered');
    expect(await stage.respond(answer(1000, REPLY(1)))).toBe('duplicate');
    expect((await reply).raw).toEqual(REPLY(2));
    expect(log.lines).toContainEqual(expect.objectContaining({ level: 20, msg: 'duplicate answer ignored', request_id: 1000 }));
  });

  it('does not hand a signer a request that was answered while it sat in its queue', async () => {
    const slow = stage.attach();
    const fast = stage.attach();
    quiet(stage.handle(request(1000, ECDH)));
    quiet(stage.handle(request(1001, deriveSecret('x'))));
    expect((await fast.next())!.request_id).toBe(1000);
    await stage.respond(answer(1000, REPLY(0)));
    expect((await slow.next())!.request_id).toBe(1001);
  });

  it('ignores an answer to a request it does not know', async () => {
    expect(await stage.respond(answer(4242, REPLY(0)))).toBe('unknown');
    expect(log.lines).toContainEqual(expect.objectContaining({ level: 20, msg: 'answer to an unknown request ignored', request_id: 4242 }));
  });

  it('sends each request with the pending signed calls of the moment it goes out', async () => {
    let calls = [pendingCall('/cln.Node/Invoice')];
    stage = newStage(dir, { logger: log.logger, pendingCalls: () => calls });
    quiet(stage.handle(request(1000, ECDH)));
    calls = [...calls, pendingCall('/cln.Node/Pay')];
    const message = (await stage.attach().next())!;
    expect(message.requests!.map((r) => r.uri)).toEqual(['/cln.Node/Invoice', '/cln.Node/Pay']);
  });

  it('a detached signer gets nothing more; the request waits for the next one', async () => {
    const gone = stage.attach();
    const reply = stage.handle(request(1000, ECDH));
    gone.detach();
    expect(gone.endedBy).toBe('detached');
    expect(await gone.next()).toBeUndefined();
    expect(stage.attachedSigners).toBe(0);
    expect((await stage.attach().next())!.request_id).toBe(1000);
    await stage.respond(answer(1000, REPLY(9)));
    expect((await reply).raw).toEqual(REPLY(9));
  });
});

describe('repeats of a request id (the proxy retries after an outage)', () => {
  it('joins the existing wait instead of staging twice', async () => {
    const signer = stage.attach();
    const first = stage.handle(request(1000, ECDH));
    const retry = stage.handle(request(1000, ECDH));
    expect(stage.pendingCount).toBe(1);
    expect((await signer.next())!.request_id).toBe(1000);
    await stage.respond(answer(1000, REPLY(5)));
    expect((await first).raw).toEqual(REPLY(5));
    expect((await retry).raw).toEqual(REPLY(5));
    // Only one copy ever reached the signer.
    quiet(stage.handle(request(1001, deriveSecret('next'))));
    expect((await signer.next())!.request_id).toBe(1001);
  });

  it('gives a repeat of an answered request the same answer (the first reply was lost on the way)', async () => {
    const signer = stage.attach();
    const first = stage.handle(request(1000, ECDH));
    await signer.next();
    await stage.respond(answer(1000, REPLY(5)));
    await first;
    expect((await stage.handle(request(1000, ECDH))).raw).toEqual(REPLY(5));
    expect(stage.pendingCount).toBe(0);
  });

  it('withdraws a request whose caller left, and stages it again (for signers that have not had it) when asked again', async () => {
    const had = stage.attach();
    const caller = new AbortController();
    const first = stage.handle(request(1000, ECDH), caller.signal);
    expect((await had.next())!.request_id).toBe(1000);
    caller.abort(new Error('proxy went away'));
    await expect(first).rejects.toThrow('proxy went away');
    expect(stage.pendingCount).toBe(0);
    expect(stage.idle).toBe(false); // a signer is still attached
    const fresh = stage.attach();
    expect(await settled(fresh.next())).toBe(false); // nothing in its backlog

    const retry = stage.handle(request(1000, ECDH));
    expect(stage.pendingCount).toBe(1);
    const next = fresh.next();
    expect((await next)!.request_id).toBe(1000);
    expect(await settled(had.next())).toBe(false); // the first signer already had it
    await stage.respond(answer(1000, REPLY(6)));
    expect((await retry).raw).toEqual(REPLY(6));
  });

  it('records an answer that arrives after its caller left, for a repeat', async () => {
    const signer = stage.attach();
    const caller = new AbortController();
    const first = stage.handle(request(1000, ECDH), caller.signal);
    await signer.next();
    caller.abort(new Error('gone'));
    await expect(first).rejects.toThrow('gone');
    expect(await stage.respond(answer(1000, REPLY(7)))).toBe('answered');
    expect((await stage.handle(request(1000, ECDH))).raw).toEqual(REPLY(7));
  });

  it('forgets earlier answers when lightningd starts again (hsmd_init): ids start over with a new proxy', async () => {
    const signer = stage.attach();
    const first = stage.handle(request(1000, ECDH));
    await signer.next();
    await stage.respond(answer(1000, REPLY(5)));
    await first;
    await stage.handle(request(1000, encodeHsmd({ kind: 'hsmd_init', bip32_key_version: { pubkey_version: 0, privkey_version: 0 }, chainparams: Buffer.alloc(32), hsm_wire_min_version: 4, hsm_wire_max_version: 6 })));
    const again = stage.handle(request(1000, ECDH));
    expect(stage.pendingCount).toBe(1);
    expect((await signer.next())!.request_id).toBe(1000);
    await stage.respond(answer(1000, REPLY(6)));
    expect((await again).raw).toEqual(REPLY(6));
  });

  it('treats the same id with a different message as a new request (a restarted proxy counts from 1000 again)', async () => {
    const old = stage.handle(request(1000, ECDH));
    const fresh = stage.handle(request(1000, deriveSecret('new')));
    await expect(old).rejects.toMatchObject({ code: status.FAILED_PRECONDITION });
    const message = (await stage.attach().next())!;
    expect(message.raw).toEqual(deriveSecret('new'));
    await stage.respond(answer(1000, REPLY(8)));
    expect((await fresh).raw).toEqual(REPLY(8));
    expect(stage.pendingCount).toBe(0);
  });
});

describe('signer_state', () => {
  it('merges every answer’s state, stores it, and reloads it', async () => {
    const signer = stage.attach();
    const reply = stage.handle(request(1000, ECDH));
    await signer.next();
    await stage.respond(answer(1000, REPLY(1), [entry('peers/a', 0n, '{"addr":"x"}', Buffer.alloc(64, 1)), entry('nodes/n', 3n, '{"b":1,"a":[1]}')]));
    await reply;
    // Duplicates and unknown ids carry state too (G11: state from every answer is merged).
    await stage.respond(answer(1000, REPLY(1), [entry('peers/a', 1n, '{"addr":"y"}')]));
    await stage.respond(answer(9, REPLY(1), [entry('channels/c', TOMBSTONE_VERSION, 'null', Buffer.alloc(64, 2))]));

    const expected = [
      entry('channels/c', TOMBSTONE_VERSION, 'null', Buffer.alloc(64, 2)),
      entry('nodes/n', 3n, '{"a":[1],"b":1}'),
      entry('peers/a', 1n, '{"addr":"y"}'),
    ];
    expect(stage.stateEntries()).toEqual(expected);
    // While the stage runs, the writes after its first are journal lines; a new stage reads both.
    const reloaded = newStage(dir, { logger: log.logger });
    expect(reloaded.stateEntries()).toEqual(expected);
    await reloaded.close();
    // Closing folds the journal into the snapshot.
    await stage.close();
    const file = JSON.parse(await readFile(path.join(dir, 'signer_state.json'), 'utf8'));
    expect(file.format).toBe('greenhouse/signer-state/v1');
    expect(file.entries[0]).toEqual({ key: 'channels/c', version: '18446744073709551615', value: 'null', signature: '02'.repeat(64) });
    expect(file.entries).toHaveLength(3);
    expect(await readFile(path.join(dir, 'signer_state.json.journal'), 'utf8')).toBe('');
  });

  it('keeps the newer entry: an older version from a signer does not overwrite', async () => {
    await stage.respond(answer(1, REPLY(0), [entry('k', 5n, '5')]));
    await stage.respond(answer(2, REPLY(0), [entry('k', 4n, '4')]));
    expect(stage.stateEntries()).toEqual([entry('k', 5n, '5')]);
  });

  it('sends each signer only what it has not been sent yet', async () => {
    await stage.respond(answer(1, REPLY(0), [entry('a', 0n, '1'), entry('b', 0n, '1')]));
    const one = stage.attach();
    quiet(stage.handle(request(1000, deriveSecret('1'))));
    expect(stateOf((await one.next())!)).toEqual(['a@0', 'b@0']); // a new signer: everything

    await stage.respond(answer(1000, REPLY(0), [entry('b', 1n, '2'), entry('c', 0n, '3')]));
    const two = stage.attach();
    quiet(stage.handle(request(1001, deriveSecret('2'))));
    expect(stateOf((await one.next())!)).toEqual(['b@1', 'c@0']); // only what changed since
    expect(stateOf((await two.next())!)).toEqual(['a@0', 'b@1', 'c@0']);

    // A new signature on the same version counts as new.
    await stage.respond(answer(1001, REPLY(0), [entry('c', 0n, '3', Buffer.alloc(64, 9))]));
    quiet(stage.handle(request(1002, deriveSecret('3'))));
    expect(stateOf((await one.next())!)).toEqual(['c@0']);
    expect(stateOf((await two.next())!)).toEqual(['c@0']);
    quiet(stage.handle(request(1003, deriveSecret('4'))));
    expect((await one.next())!.signer_state).toEqual([]);
  });

  it('does not forward an answer whose state could not be stored; the request stays staged until stored', async () => {
    const stateFile = path.join(dir, 'signer_state.json');
    // A non-empty directory where the file should be: the final rename fails.
    await mkdir(path.join(stateFile, 'blocker'), { recursive: true });
    const signer = stage.attach();
    const reply = stage.handle(request(1000, ECDH));
    await signer.next();

    await expect(stage.respond(answer(1000, REPLY(1), [entry('k', 0n, '1')]))).rejects.toMatchObject({
      code: status.UNAVAILABLE,
      message: expect.stringMatching(/could not store its signer state .*the answer to request 1000 was not forwarded/),
    });
    expect(await settled(reply)).toBe(false);
    expect(stage.pendingCount).toBe(1);
    // An answer that brings nothing new still waits for the earlier state to be stored.
    await expect(stage.respond(answer(1000, REPLY(1)))).rejects.toMatchObject({ code: status.UNAVAILABLE });
    expect(await settled(reply)).toBe(false);

    await rm(stateFile, { recursive: true });
    const again = stage.attach(); // the signer re-attaches after its RespondHsmRequest failed
    expect((await again.next())!.request_id).toBe(1000);
    expect(await stage.respond(answer(1000, REPLY(1)))).toBe('answered');
    expect((await reply).raw).toEqual(REPLY(1));
    expect(JSON.parse(await readFile(stateFile, 'utf8')).entries).toEqual([{ key: 'k', version: '0', value: '1', signature: '' }]);
  });

  it('refuses state that does not decode, merging none of it', async () => {
    const bad = { request_id: 1, raw: REPLY(0), error: '', signer_state: [{ key: 'k', version: '1', value: Buffer.from('{oops'), signature: Buffer.alloc(0) }] };
    await expect(stage.respond(bad)).rejects.toMatchObject({ code: status.INVALID_ARGUMENT, message: expect.stringMatching(/key k/) });
    expect(stage.stateEntries()).toEqual([]);
  });

  it('refuses to start from a state file it cannot read', async () => {
    await writeFile(path.join(dir, 'signer_state.json'), '{"format":"something else"}');
    expect(() => newStage(dir, { logger: log.logger })).toThrow(StateFileError);
  });
});

describe('refusals', () => {
  it('resolves the waiter with the signer’s error and tells onSignerRefusal which calls were pending', async () => {
    const calls = [pendingCall('/cln.Node/SignMessage')];
    stage = newStage(dir, { logger: log.logger, pendingCalls: () => calls });
    const refusals: SignerRefusal[] = [];
    stage.onSignerRefusal((r) => refusals.push(r));
    const signer = stage.attach();
    const context = { node_id: PEER_ID, dbid: 2n, capabilities: 1n };
    const reply = stage.handle(request(1000, encodeHsmd({ kind: 'hsmd_sign_message', msg: Buffer.from('hi') }), context));
    await signer.next();
    expect(await stage.respond(refusal(1000, 'Cannot process sign-message requests from node.'))).toBe('answered');
    expect(await reply).toEqual({ request_id: 1000, raw: Buffer.alloc(0), signer_state: [], error: 'Cannot process sign-message requests from node.' });
    expect(refusals).toEqual([
      {
        requestId: 1000,
        reason: 'Cannot process sign-message requests from node.',
        type: HSMD_TYPE.hsmd_sign_message,
        context: { node_id: PEER_ID, dbid: '2', capabilities: '1' },
        pendingCalls: calls,
      },
    ]);
    // First answer wins here too: a later success does not change it.
    expect(await stage.respond(answer(1000, REPLY(1)))).toBe('duplicate');
  });
});

describe('idle, close', () => {
  it('is idle only with no signer attached and nothing pending, and says when that changes', async () => {
    const changes: boolean[] = [];
    stage.onIdleChange((idle) => changes.push(idle));
    expect(stage.idle).toBe(true);
    const reply = stage.handle(request(1000, ECDH));
    const signer = stage.attach();
    await signer.next();
    await stage.respond(answer(1000, REPLY(0)));
    await reply;
    signer.detach();
    expect(changes).toEqual([false, true]);
  });

  it('fails every waiter with UNAVAILABLE "node stopped", ends every signer, and refuses what comes later', async () => {
    const signer = stage.attach();
    const waiting = [stage.handle(request(1000, ECDH)), stage.handle(request(1001, deriveSecret('z')))];
    await stage.close();
    for (const reply of waiting) await expect(reply).rejects.toMatchObject({ code: status.UNAVAILABLE, message: 'node stopped' });
    expect(await signer.next()).toBeUndefined();
    expect(signer.endedBy).toBe('stage-closed');
    await expect(signer.ended).resolves.toBe('stage-closed');
    expect(stage.pendingCount).toBe(0);
    expect(stage.attachedSigners).toBe(0);
    await expect(stage.handle(request(1002, ECDH))).rejects.toMatchObject({ code: status.UNAVAILABLE });
    await expect(stage.respond(answer(1000, REPLY(0)))).rejects.toMatchObject({ code: status.UNAVAILABLE });
    expect(() => stage.attach()).toThrow('node stopped');
  });

  it('lets a signer consume requests as an async iterable that ends when the stage closes', async () => {
    const signer = stage.attach();
    quiet(stage.handle(request(1000, ECDH)));
    const seen: number[] = [];
    for await (const message of signer) {
      seen.push(message.request_id!);
      expect(typeOf(message.raw)).toBe(HSMD_TYPE.hsmd_ecdh_req);
      void stage.close();
    }
    expect(seen).toEqual([1000]);
  });
});
