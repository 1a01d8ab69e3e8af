// The SDK's NodeClient against a real scheduler and the real gateway PROCESS (running the
// lightningd TEST DOUBLE), with a real Signer run loop in strict mode: typed calls carry request
// signatures the gateway verifies and the signer relies on; StreamLog is an async iterable; when
// the node's gateway goes away and comes back elsewhere, the client asks Schedule and carries on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrivateKey } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import { GreenhouseError, uncompressedPublicKey } from '@greenhouse/common';
import { createGreenlightRune } from '@greenhouse/common/runes';
import { Credentials, NodeClient } from '@greenhouse/client';
import { HsmSecret, Signer, startSigner, type RunningSigner } from '@greenhouse/signer';
import { SchedulerFixture } from '../services/scheduler/test/support/scheduler-fixture.ts';
import { registerSigner } from './support/register-signer.ts';
import { startGatewayProcess, type GatewayProcess } from './support/gateway-process.ts';
import { decodeInvoice } from './support/lightningd-double/bolt11.ts';

describe('NodeClient (gateway process with the lightningd test double)', () => {
  let scheduler: SchedulerFixture;
  let gateway: GatewayProcess;
  let signer: Signer;
  let creds: Credentials;
  let node: NodeClient;
  let signing: RunningSigner | undefined;
  const scheduled: string[] = [];

  beforeAll(async () => {
    scheduler = await SchedulerFixture.start();
    gateway = await startGatewayProcess(scheduler.dataDir, scheduler.scheduler.grpcUri);
    signer = new Signer({ secret: HsmSecret.fromBytes(new Uint8Array(32).fill(21)), network: 'regtest' });
    const device = await registerSigner(scheduler, signer);
    const rune = createGreenlightRune(signer.runeMaster, [[`pubkey=${uncompressedPublicKey(createPrivateKey(device.keyPem)).toString('hex')}`]]);
    creds = new Credentials(device.certPem, device.keyPem, await scheduler.caPem(), rune);
    node = NodeClient.forScheduler(creds, scheduler.scheduler.grpcUri, {
      timeoutMs: 20_000,
      onSchedule: ({ phase, grpcUri }) => phase === 'scheduled' && scheduled.push(grpcUri!),
    });
  }, 90_000);

  afterAll(async () => {
    node?.close();
    await signing?.stop();
    await gateway?.stop();
    await scheduler?.stop();
  }, 60_000);

  it('Getinfo needs no signer; the node is placed through Schedule', async () => {
    const info = await node.getinfo();
    expect(info.id.toString('hex')).toBe(signer.nodeId.toString('hex'));
    expect(info.network).toBe('regtest');
    expect(scheduled).toEqual([gateway.grpcUri]);
    expect(node.grpcUri).toBe(gateway.grpcUri);
  });

  it('an Invoice waits for the signer and says so in time; with the strict signer attached it is signed', async () => {
    const waiting = await node.invoice({ amountMsat: 5000n, label: 'sdk-early', description: 'before the signer' }, { timeoutMs: 3000 }).catch((error: unknown) => error);
    expect(waiting).toBeInstanceOf(GreenhouseError);
    expect(waiting).toMatchObject({ code: status.DEADLINE_EXCEEDED, message: expect.stringMatching(/no signer is attached.*start the signer/) });

    // The embedding API, strict by default: what `greenhouse signer run` runs.
    signing = startSigner({ secret: HsmSecret.fromBytes(new Uint8Array(32).fill(21)), creds, schedulerUri: scheduler.scheduler.grpcUri });
    expect(signing.nodeId.equals(signer.nodeId)).toBe(true);
    // The strict signer signs only because this call carried the device's valid request signature.
    const invoice = await node.invoice({ amountMsat: 21_000n, label: 'sdk-1', description: 'typed and signed' });
    const decoded = decodeInvoice(invoice.bolt11);
    expect(decoded).toMatchObject({ amountMsat: 21_000n, description: 'typed and signed', payee: signer.nodeId.toString('hex') });
    expect(invoice.payment_hash.toString('hex')).toBe(decoded.paymentHash);

    const paid = await node.pay(invoice.bolt11);
    expect(paid).toMatchObject({ status: 'COMPLETE', amount_msat: { msat: '21000' } });
    const listed = await node.call('ListInvoices', { label: 'sdk-1' });
    expect(listed.invoices[0]).toMatchObject({ status: 'PAID' });
  });

  it('lightningd errors come back as GreenhouseErrors with its message', async () => {
    await expect(node.invoice({ amountMsat: 1n, label: 'sdk-1', description: 'again' })).rejects.toMatchObject({
      code: status.UNKNOWN,
      message: expect.stringMatching(/Duplicate label/),
    });
    await expect(node.connectPeer(`02${'11'.repeat(32)}@127.0.0.1:1`)).rejects.toMatchObject({ message: expect.stringMatching(/Connection refused/) });
  });

  it('StreamLog is an async iterable: ready once subscribed, cancelled by leaving the loop', async () => {
    const stream = node.streamLog();
    await stream.ready;
    const lines: string[] = [];
    for await (const entry of stream) {
      lines.push(entry.line);
      if (entry.line.includes('Server started with public key')) break;
    }
    expect(lines.some((line) => line.includes(signer.nodeId.toString('hex')))).toBe(true);
  });

  it('when the gateway goes away and the node comes back at another address, the next call asks Schedule and works', async () => {
    const before = gateway.grpcUri;
    expect(await gateway.stop()).toBe(0);
    gateway = await startGatewayProcess(scheduler.dataDir, scheduler.scheduler.grpcUri);
    expect(gateway.grpcUri).not.toBe(before);
    // The scheduler learns of the new gateway when it connects; until then Schedule has no place.
    const deadline = Date.now() + 30_000;
    let info;
    while (!info) {
      try {
        info = await node.getinfo({ timeoutMs: 10_000 });
      } catch (error) {
        if (Date.now() > deadline || (error as GreenhouseError).code !== status.UNAVAILABLE) throw error;
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    }
    expect(info.id.toString('hex')).toBe(signer.nodeId.toString('hex'));
    expect(node.grpcUri).toBe(gateway.grpcUri);
    expect(scheduled.at(-1)).toBe(gateway.grpcUri);
  }, 90_000);

  it('SchedulerClient: registerOrRecover recovers a registered node; webhooks say plainly they are not offered', async () => {
    const nobody = await scheduler.nobodyClient();
    const { initMsg, startupMessages } = signer.startupMessages();
    const again = await nobody.registerOrRecover({
      nodeId: signer.nodeId,
      signChallenge: (challenge) => signer.signChallenge(challenge),
      network: 'regtest',
      signerVersion: 'v26.06',
      initMsg,
      startupMessages,
    });
    expect(again.recovered).toBe(true);
    expect(again.certPem).toContain('BEGIN CERTIFICATE');
    const device = await scheduler.client({ certPem: creds.certPem, keyPem: creds.keyPem });
    await expect(device.addOutgoingWebhook(signer.nodeId, 'https://example.org/hook')).rejects.toMatchObject({
      code: status.UNIMPLEMENTED,
      message: expect.stringMatching(/^AddOutgoingWebhook: webhooks are not available on the scheduler at https:/),
    });
    expect((await device.listInviteCodes()).invite_code_list).toEqual([]);
  });

  it('a closed client refuses calls', async () => {
    const other = NodeClient.forScheduler(creds, scheduler.scheduler.grpcUri);
    other.close();
    await expect(other.getinfo()).rejects.toMatchObject({ code: status.CANCELLED });
  });
});
