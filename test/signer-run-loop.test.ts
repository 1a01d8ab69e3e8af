import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Writable } from 'node:stream';
import path from 'node:path';
import { createLogger } from '@greenhouse/common';
import { Credentials } from '@greenhouse/client';
import { createGreenlightRune } from '@greenhouse/common/runes';
import { decodeHsmd, encodeHsmd } from '@greenhouse/common/hsmd';
import { HsmSecret, Signer, SIGNER_VERSION } from '@greenhouse/signer';
import { runSigner } from '../services/signer/src/run-loop.ts';
import { SchedulerFixture } from '../services/scheduler/test/support/scheduler-fixture.ts';
import { TestNodeDouble } from './support/test-node-double.ts';
import { unsignedInvoice } from '../services/signer/test/support/invoices.ts';
import { registerSigner } from './support/register-signer.ts';

describe('greenhouse signer run: the signer link', () => {
  let scheduler: SchedulerFixture;
  let node: TestNodeDouble;
  let signer: Signer;
  let creds: Credentials;
  const logLines: string[] = [];

  beforeAll(async () => {
    scheduler = await SchedulerFixture.start();
    node = await TestNodeDouble.start(path.join(scheduler.dataDir, 'certs'));
    signer = new Signer({ secret: HsmSecret.fromBytes(new Uint8Array(32).fill(5)), network: 'regtest' });
    const device = await registerSigner(scheduler, signer);
    creds = new Credentials(device.certPem, device.keyPem, await scheduler.caPem(), createGreenlightRune(signer.runeMaster, [['pubkey=00']]));
  });
  afterAll(async () => {
    node.stop();
    await scheduler.stop();
  });

  it('registers its version, attaches to the node, answers requests in order, reports refusals, and re-attaches', async () => {
    const abort = new AbortController();
    const logger = createLogger({ name: 'signer', destination: new Writable({ write: (chunk, _e, done) => (logLines.push(String(chunk)), done()) }) });
    const running = runSigner({ signer, creds, schedulerUri: scheduler.scheduler.grpcUri, logger, signal: abort.signal, locateNode: async () => node.uri });

    await node.waitFor(() => node.attachedSigners === 1);
    expect((await scheduler.scheduler.registry.getNode(signer.nodeId))?.signerVersion).toBe(SIGNER_VERSION);

    node.push({ request_id: 1000, raw: encodeHsmd({ kind: 'hsmd_derive_secret', info: Buffer.from('scb secret') }) });
    node.push({ request_id: 1001, raw: encodeHsmd({ kind: 'hsmd_sign_invoice', ...unsignedInvoice({ hrp: 'lnbcrt1u', description: 'x' }) }) });
    await node.waitFor(() => node.responses.length === 2);
    expect(node.responses.map((r) => r.request_id)).toEqual([1000, 1001]);
    expect(decodeHsmd(node.responses[0]!.raw).kind).toBe('hsmd_derive_secret_reply');
    expect(node.responses[1]).toMatchObject({ raw: Buffer.alloc(0), error: expect.stringMatching(/no authorised Invoice/) });
    await node.waitFor(() => scheduler.logLines.some((line) => line.includes('signer rejected a request')));

    // The node goes away and comes back: the signer attaches again by itself.
    node.endStreams();
    await node.waitFor(() => node.attachedSigners === 1);
    node.push({ request_id: 1002, raw: encodeHsmd({ kind: 'hsmd_derive_secret', info: Buffer.from('commando') }) });
    await node.waitFor(() => node.responses.length === 3);

    abort.abort();
    await running;
  });

  it('keeps retrying while no gateway can run the node, until stopped', async () => {
    const abort = new AbortController();
    const lines: string[] = [];
    const logger = createLogger({ name: 'signer', destination: new Writable({ write: (chunk, _e, done) => (lines.push(String(chunk)), done()) }) });
    const running = runSigner({ signer, creds, schedulerUri: scheduler.scheduler.grpcUri, logger, signal: abort.signal });
    await node.waitFor(() => lines.some((line) => line.includes('no node gateway connected')));
    abort.abort();
    await running;
  });
});
