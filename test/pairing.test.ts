// Pairing end to end over real sockets and mTLS: a scheduler, a node's real Signer run loop
// attached to it, the node's trusted device, and new devices asking to join with the NOBODY
// identity. Every outcome with the status code each side hears.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { X509Certificate } from 'node:crypto';
import { Metadata, status, type ServiceError } from '@grpc/grpc-js';
import { decodeCredsBlob, grpcPackages, pairingRestrictions } from '@greenhouse/common';
import { approvalRequest, createDeviceKey, type Credentials, type PendingPairing, type SchedulerClient } from '@greenhouse/client';
import { Rune, verifyGreenlightRune } from '@greenhouse/common/runes';
import type { PairingClient } from '@greenhouse/common/generated/scheduler/Pairing.ts';
import { unaryCall } from '@greenhouse/client';
import { SchedulerFixture } from '../services/scheduler/test/support/scheduler-fixture.ts';
import { clientFor, eventually, trustedNode, type TrustedNode } from './support/pairing-parties.ts';

const SHOP_RESTRICTIONS = 'method^list|method^get|method=createinvoice';

function statusError(code: status, details?: RegExp) {
  return expect.objectContaining({ code, ...(details && { details: expect.stringMatching(details) }) });
}

/** What a call settles with, without an unhandled rejection while the test does other things. */
function settled<T>(promise: Promise<T>): Promise<{ value?: T; error?: ServiceError }> {
  return promise.then(
    (value) => ({ value }),
    (error: ServiceError) => ({ error }),
  );
}

describe('pairing a device without the seed', () => {
  let scheduler: SchedulerFixture;
  let node: TrustedNode;
  let other: TrustedNode;
  let nobody: SchedulerClient;
  let trusted: SchedulerClient;

  beforeAll(async () => {
    scheduler = await SchedulerFixture.start({ pairingTimeoutMs: 60_000 });
    node = await trustedNode(scheduler, 7);
    other = await trustedNode(scheduler, 8);
    await node.startSigner();
    await eventually(() => scheduler.logLines.some((l) => l.includes('signer attached for pairing approvals') && l.includes(node.signer.nodeId.toString('hex'))));
    nobody = await scheduler.nobodyClient();
    trusted = clientFor(scheduler.scheduler.grpcUri, node.creds);
  });
  afterAll(async () => {
    trusted?.close();
    await node?.stopSigner();
    await scheduler?.stop();
  });

  async function ask(name: string, restrictions = SHOP_RESTRICTIONS): Promise<PendingPairing & { outcome: Promise<{ value?: unknown; error?: ServiceError }> }> {
    const pending = await nobody.requestPairing({ name, description: `${name} at the front desk`, restrictions });
    return { ...pending, outcome: settled(pending.result) };
  }

  it('approved: the new device gets its certificate under the node, its own key, and a rune limited as asked', async () => {
    const pending = await ask('Shop terminal');
    expect(pending.qrText).toBe(`gl-pairing:${pending.deviceId}`);

    const data = await trusted.getPairingData(pending.deviceId);
    expect(data).toMatchObject({
      device_id: pending.deviceId,
      device_name: 'Shop terminal',
      description: 'Shop terminal at the front desk',
      restrictions: pairingRestrictions(pending.deviceId, SHOP_RESTRICTIONS),
    });
    await trusted.approvePairing(data, node.creds);

    const paired = await pending.result;
    const nodeHex = node.signer.nodeId.toString('hex');
    expect(paired.nodeId.toString('hex')).toBe(nodeHex);
    expect(paired.response.device_id).toBe(pending.deviceId);
    expect(paired.response.device_key).toBe('');
    const chain = paired.response.device_cert.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)!;
    expect(chain.length).toBeGreaterThanOrEqual(3);
    expect(new X509Certificate(chain[0]!).subject).toContain(`CN=/users/${nodeHex}/Shop terminal`);
    expect(new X509Certificate(chain[1]!).subject).toContain(`CN=GL /users/${nodeHex}`);

    // The rune: minted by the node's signer, bound to the new key, limited to what was asked.
    const rune = Rune.fromBase64(paired.response.rune);
    expect(rune.restrictionsText).toBe(`=0-gl0&pubkey=${pending.deviceId}&${SHOP_RESTRICTIONS}`);
    const master = node.signer.runeMaster;
    expect(verifyGreenlightRune(master, rune, { method: 'ListFunds', pubkey: pending.deviceId }).ok).toBe(true);
    expect(verifyGreenlightRune(master, rune, { method: 'CreateInvoice', pubkey: pending.deviceId }).ok).toBe(true);
    for (const method of ['Pay', 'Withdraw', 'Close', 'ApprovePairing']) {
      expect(verifyGreenlightRune(master, rune, { method, pubkey: pending.deviceId }).ok).toBe(false);
    }
    expect(verifyGreenlightRune(master, rune, { method: 'ListFunds', pubkey: node.creds.nodeId().toString('hex') }).ok).toBe(false);

    // creds (research §2.6) from the scheduler, and the SDK's own with the device key in it.
    const blob = decodeCredsBlob(paired.response.creds);
    expect(blob).toEqual({ certPem: paired.response.device_cert, keyPem: '', caPem: await scheduler.caPem(), rune: paired.response.rune });
    expect(paired.credentials.keyPem).toMatch(/BEGIN PRIVATE KEY/);
    expect(paired.credentials.rune).toBe(paired.response.rune);

    // The registry has the device with its rune, and the session is gone.
    const devices = await scheduler.scheduler.registry.listDevices(node.signer.nodeId);
    expect(devices.map((d) => [d.deviceName, d.origin])).toEqual([
      ['default', 'register'],
      ['Shop terminal', 'pairing'],
    ]);
    expect(devices[0]!.runeRestrictions).toBe(Rune.fromBase64(node.creds.rune).restrictionsText);
    expect(devices[1]).toMatchObject({ rune: paired.response.rune, runeRestrictions: rune.restrictionsText, publicKey: Buffer.from(pending.deviceId, 'hex') });
    expect(await scheduler.scheduler.registry.getPairingSession(pending.deviceId)).toBeUndefined();

    // The new device is a device of the node now: the scheduler takes its certificate.
    const shop = clientFor(scheduler.scheduler.grpcUri, paired.credentials);
    expect(await shop.listInviteCodes()).toEqual({ invite_code_list: [] });

    // A second device asks; the shop terminal's rune does not allow approving: its signer refuses,
    // and both the approver and the waiting device hear why, at once.
    const laptop = await ask('Auditor laptop', 'method^list');
    const seen = await shop.getPairingData(laptop.deviceId);
    await expect(shop.approvePairing(seen, paired.credentials)).rejects.toEqual(statusError(status.PERMISSION_DENIED, /rune does not allow approving pairings/));
    expect((await laptop.outcome).error).toEqual(
      statusError(status.PERMISSION_DENIED, /signer of node .* refused the approval by device "Shop terminal": the approving device's rune does not allow approving pairings/),
    );
    // The signer reported it as other refusals are.
    await eventually(() => scheduler.logLines.some((l) => l.includes('signer rejected a request') && l.includes('pairing approval for device')));
    shop.close();

    // Runes are credentials: neither the scheduler nor the signer logs one.
    for (const log of [scheduler.logLines.join('\n'), node.signerLog.join('\n')]) {
      for (const secret of [paired.response.rune, node.creds.rune]) expect(log).not.toContain(secret.slice(0, 40));
    }
  });

  it('refused by the signer: restrictions without pubkey=, and an approval older than its freshness window', async () => {
    const unbound = await ask('Till 1');
    const data = await trusted.getPairingData(unbound.deviceId);
    // A trusted device that signs restrictions which would not bind the rune to the new key.
    await expect(trusted.approvePairing({ ...data, restrictions: 'method^list' }, node.creds)).rejects.toEqual(statusError(status.PERMISSION_DENIED));
    expect((await unbound.outcome).error).toEqual(statusError(status.PERMISSION_DENIED, /must contain "pubkey=04[0-9a-f]{128}" exactly once/));

    const stale = await ask('Till 2');
    const staleData = await trusted.getPairingData(stale.deviceId);
    const tenMinutesAgo = Date.now() - 10 * 60 * 1000;
    await expect(rawApprove(node.creds, approvalRequest(staleData, node.creds, tenMinutesAgo))).rejects.toEqual(statusError(status.PERMISSION_DENIED));
    expect((await stale.outcome).error).toEqual(statusError(status.PERMISSION_DENIED, /more than 300 s from this signer's clock/));
  });

  it('checks the approval before forwarding it: a bad signature is UNAUTHENTICATED, another key PERMISSION_DENIED, and the session keeps waiting', async () => {
    const pending = await ask('Kiosk');
    const data = await trusted.getPairingData(pending.deviceId);
    const approval = approvalRequest(data, node.creds);
    const badSig = Buffer.from(approval.sig);
    badSig[10]! ^= 1;
    await expect(rawApprove(node.creds, { ...approval, sig: badSig })).rejects.toEqual(statusError(status.UNAUTHENTICATED, /sig does not verify/));
    await expect(rawApprove(node.creds, { ...approval, pubkey: Buffer.from(pending.deviceId, 'hex') })).rejects.toEqual(
      statusError(status.PERMISSION_DENIED, /pubkey must be the public key of the device certificate/),
    );
    await expect(rawApprove(node.creds, { ...approval, device_name: 'Other name' })).rejects.toEqual(statusError(status.INVALID_ARGUMENT, /not the name the new device asked for/));
    expect((await scheduler.scheduler.registry.getPairingSession(pending.deviceId))?.state).toBe('waiting');
    // Then a good one goes through.
    await trusted.approvePairing(data, node.creds);
    expect((await pending.outcome).value).toBeDefined();
  });

  it('denied explicitly by a trusted device: PERMISSION_DENIED with the reason, at once', async () => {
    const pending = await ask('Unknown phone');
    await trusted.denyPairing(pending.deviceId, 'I do not know this phone');
    expect((await pending.outcome).error).toEqual(statusError(status.PERMISSION_DENIED, /device "default" of node [0-9a-f]{66} denied the pairing: I do not know this phone/));
    await eventually(async () => (await scheduler.scheduler.registry.getPairingSession(pending.deviceId)) === undefined);
    // Nothing left to deny.
    await expect(trusted.denyPairing(pending.deviceId)).rejects.toEqual(statusError(status.NOT_FOUND));
  });

  it('a session belongs to one node: a device of another node finds nothing once the node has it', async () => {
    const pending = await ask('Front desk');
    await trusted.getPairingData(pending.deviceId);
    const stranger = clientFor(scheduler.scheduler.grpcUri, other.creds);
    await expect(stranger.getPairingData(pending.deviceId, 0)).rejects.toEqual(statusError(status.NOT_FOUND, /no pairing of device/));
    await expect(stranger.approvePairing(await trusted.getPairingData(pending.deviceId), other.creds)).rejects.toEqual(statusError(status.NOT_FOUND));
    await expect(stranger.denyPairing(pending.deviceId, 'mine now')).rejects.toEqual(statusError(status.NOT_FOUND));
    // NOBODY may not look or approve at all.
    await expect(nobody.getPairingData(pending.deviceId, 0)).rejects.toEqual(statusError(status.PERMISSION_DENIED, /needs a device certificate/));
    stranger.close();
    pending.cancel();
    expect((await pending.outcome).error).toEqual(statusError(status.CANCELLED));
  });

  it('the new device cancels: the session is gone', async () => {
    const pending = await ask('Impatient tablet');
    await eventually(async () => (await scheduler.scheduler.registry.getPairingSession(pending.deviceId)) !== undefined);
    pending.cancel();
    expect((await pending.outcome).error).toEqual(statusError(status.CANCELLED));
    await eventually(async () => (await scheduler.scheduler.registry.getPairingSession(pending.deviceId)) === undefined, 5_000, 'the session row to go');
    await expect(trusted.getPairingData(pending.deviceId, 0)).rejects.toEqual(statusError(status.NOT_FOUND));
  });

  it('refuses a malformed PairDevice: a CSR for another key, restrictions not bound to the key, a second session for one device', async () => {
    const key = await createDeviceKey('/users/3030/Probe');
    const otherKey = await createDeviceKey('/users/3030/Probe');
    const deviceId = key.publicKey.toString('hex');
    const pair = (request: object) => nobody.pairDevice(request, { timeoutMs: 5_000, signal: new AbortController().signal });
    const base = { device_id: deviceId, csr: Buffer.from(key.csrPem), device_name: 'Probe', description: '', restrictions: `pubkey=${deviceId}` };
    await expect(pair({ ...base, csr: Buffer.from(otherKey.csrPem) })).rejects.toEqual(statusError(status.INVALID_ARGUMENT, /public key is not the key device_id names/));
    await expect(pair({ ...base, restrictions: 'method^list' })).rejects.toEqual(statusError(status.INVALID_ARGUMENT, /must contain "pubkey=/));
    await expect(pair({ ...base, restrictions: `pubkey=${deviceId}|method^list` })).rejects.toEqual(statusError(status.INVALID_ARGUMENT, /exactly once, as a restriction of its own/));
    await expect(pair({ ...base, device_name: 'Another' })).rejects.toEqual(statusError(status.INVALID_ARGUMENT, /csr CN must be/));
    await expect(pair({ ...base, device_id: 'abc' })).rejects.toEqual(statusError(status.INVALID_ARGUMENT, /device_id/));
    const abort = new AbortController();
    const first = settled(nobody.pairDevice(base, { timeoutMs: 10_000, signal: abort.signal }));
    await eventually(async () => (await scheduler.scheduler.registry.getPairingSession(deviceId)) !== undefined);
    await expect(pair(base)).rejects.toEqual(statusError(status.ALREADY_EXISTS, /already waiting/));
    abort.abort();
    expect((await first).error).toEqual(statusError(status.CANCELLED));
  });

  describe('with a short session lifetime and no signer attached', () => {
    let short: SchedulerFixture;
    let lonely: TrustedNode;
    let lonelyClient: SchedulerClient;
    beforeAll(async () => {
      short = await SchedulerFixture.start({ pairingTimeoutMs: 1_500 });
      lonely = await trustedNode(short, 9);
      lonelyClient = clientFor(short.scheduler.grpcUri, lonely.creds);
    });
    afterAll(async () => {
      lonelyClient?.close();
      await short?.stop();
    });

    it('no signer attached: the approver hears UNAVAILABLE and why; the session expires with DEADLINE_EXCEEDED', async () => {
      const pending = await (await short.nobodyClient()).requestPairing({ name: 'Late phone' });
      const outcome = settled(pending.result);
      const data = await lonelyClient.getPairingData(pending.deviceId);
      await expect(lonelyClient.approvePairing(data, lonely.creds)).rejects.toEqual(
        statusError(status.UNAVAILABLE, /no signer of node [0-9a-f]{66} is attached to the scheduler/),
      );
      expect((await short.scheduler.registry.getPairingSession(pending.deviceId))?.state).toBe('waiting');
      expect((await outcome).error).toEqual(statusError(status.DEADLINE_EXCEEDED, /no trusted device approved the pairing within 2 s/));
      expect(await short.scheduler.registry.getPairingSession(pending.deviceId)).toBeUndefined();
    });
  });

  /** ApprovePairing with exactly the fields given (the SDK would sign them right). */
  async function rawApprove(creds: Credentials, request: object): Promise<unknown> {
    const { scheduler: packages } = grpcPackages();
    const { mtlsCredentials, grpcTarget } = await import('@greenhouse/client');
    const client = new packages.Pairing(grpcTarget(scheduler.scheduler.grpcUri), mtlsCredentials(creds), {}) as unknown as PairingClient;
    try {
      return await unaryCall(client, client.ApprovePairing, request, new Metadata(), 15_000);
    } finally {
      client.close();
    }
  }
});
