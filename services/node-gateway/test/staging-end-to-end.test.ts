// The whole hsmd path on one host: the real hsmd proxy process (fd 3 held by this test like lightningd)
// → the node's Hsm service on a unix socket → its HsmStage → real Signers attached through the
// signer-link handlers on a small gRPC server, answering with Signer.process().
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { status } from '@grpc/grpc-js';
import { decodeHsmdAs, encodeHsmd, HSM_PERM_COMMITMENT_POINT, HSM_PERM_ECDH, HSM_PERM_SIGN_REMOTE_TX, HSMD_TYPE } from '@greenhouse/common/hsmd';
import type { NodeClient } from '@greenhouse/common/generated/greenlight/Node.ts';
import { HsmStage, startHsmService, type RunningHsmService, type SignerRefusal } from '../src/staging/index.ts';
import { permissiveSigner } from '../../../test/support/test-hsm-service-double.ts';
import { LightningdSide } from './support/lightningd-side.ts';
import { ProxyProcess } from './support/proxy-process.ts';
import { captureLogger, temporaryDirectory, until } from './support/staging-fixtures.ts';
import { SignerLinkServer, TestSignerClient } from './support/staging-signer-link.ts';
import { REGTEST_INIT, deriveSecretRequest } from '../../../test/support/hsmd-requests.ts';

const SECRET = Buffer.alloc(32, 0x2a);
type Signer = ReturnType<typeof permissiveSigner>;
const PEER_ID = Buffer.from('02' + '11'.repeat(32), 'hex');
const POINT = Buffer.from('0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798', 'hex');
const CHANNEL_PERMISSIONS = BigInt(HSM_PERM_COMMITMENT_POINT | HSM_PERM_SIGN_REMOTE_TX | HSM_PERM_ECDH);

const deriveSecret = deriveSecretRequest;
const ecdh = encodeHsmd({ kind: 'hsmd_ecdh_req', point: POINT });

/** What the signer answers when asked directly, for comparison. */
function signerReply(raw: Uint8Array, context: { node_id: Buffer; dbid: bigint; capabilities: bigint } | null = null): Buffer {
  const ctx = context && { node_id: context.node_id, dbid: context.dbid.toString(), capabilities: context.capabilities.toString() };
  return Buffer.from(permissiveSigner(SECRET).process({ request_id: 0, context: ctx, raw: Buffer.from(raw), signer_state: [], requests: [] }).raw!);
}

describe('proxy → Hsm service → stage → signers', () => {
  let dir: string;
  let remove: () => Promise<void>;
  let socketPath: string;
  let stateFile: string;
  let stage: HsmStage;
  let hsm: RunningHsmService;
  let link: SignerLinkServer;
  let node: NodeClient;
  let proxy: ProxyProcess;
  let lightningd: LightningdSide;
  let signers: TestSignerClient[];
  let nodeSigner: Signer;
  const log = captureLogger();

  async function startStage(): Promise<void> {
    const { initMsg, startupMessages } = nodeSigner.startupMessages();
    stage = new HsmStage({ nodeId: nodeSigner.nodeId, initMsg, startupMessages, stateFile, logger: log.logger });
    hsm = await startHsmService({ socketPath, stage, logger: log.logger });
    link = await SignerLinkServer.start(new Map([[nodeSigner.nodeId.toString('hex'), stage]]));
    node = link.client();
  }

  function attachSigner(signer: Signer = permissiveSigner(SECRET)): TestSignerClient {
    const client = new TestSignerClient(node, signer, nodeSigner.nodeId);
    signers.push(client);
    return client;
  }

  beforeEach(async () => {
    ({ dir, remove } = await temporaryDirectory('greenhouse-staging-e2e-'));
    socketPath = path.join(dir, 'hsm.sock');
    stateFile = path.join(dir, 'signer_state.json');
    signers = [];
    nodeSigner = permissiveSigner(SECRET);
    await startStage();
    const { ours, proxyFd } = LightningdSide.pair();
    lightningd = ours;
    proxy = ProxyProcess.start({ proxyFd, hsmSocketPath: socketPath, cwd: dir });
  });

  afterEach(async () => {
    await proxy.stop();
    lightningd.close();
    for (const signer of signers) await signer.stop();
    await stage.close();
    await hsm.close();
    node.close();
    await link.stop();
    await remove();
  });

  it('boots without a signer: hsmd_init from init_msg, startup secrets replayed, dev_memleak answered', async () => {
    const init = decodeHsmdAs('hsmd_init_reply_v4', await lightningd.request(REGTEST_INIT));
    expect(Buffer.from(init.node_id)).toEqual(nodeSigner.nodeId);
    for (const info of ['bolt12-invoice-base', 'scb secret', 'commando', 'node-alias-base', 'offer-blinded-path']) {
      expect(await lightningd.request(deriveSecret(info))).toEqual(signerReply(deriveSecret(info)));
    }
    expect(await lightningd.request(encodeHsmd({ kind: 'hsmd_dev_memleak' }))).toEqual(Buffer.from([0x00, 0x85, 0x00]));
    expect(stage.pendingCount).toBe(0);
    expect(stage.attachedSigners).toBe(0);
    expect(proxy.stderr).toBe('');
  });

  it('a request staged before any signer is answered by a signer that attaches later', async () => {
    await lightningd.request(REGTEST_INIT);
    const reply = lightningd.request(deriveSecret('needs a signer'));
    await until(() => stage.pendingCount === 1, 'the request to be staged');
    expect(stage.idle).toBe(false);

    const late = attachSigner();
    expect(await reply).toEqual(signerReply(deriveSecret('needs a signer')));
    expect(late.received.map((r) => r.request_id)).toEqual([1001]);
    await until(() => late.outcomes.length === 1);
    expect(late.outcomes).toEqual([{ requestId: 1001 }]);
    expect(stage.pendingCount).toBe(0);
    expect(stage.attachedSigners).toBe(1);
    expect(proxy.stderr).toBe('');
  });

  it('every attached signer gets every request with its context; the first answer goes to lightningd, the other is a duplicate', async () => {
    const one = attachSigner();
    const two = attachSigner();
    await until(() => stage.attachedSigners === 2, 'both signers to attach');
    await lightningd.request(REGTEST_INIT);
    await lightningd.request(encodeHsmd({ kind: 'hsmd_client_hsmfd', id: PEER_ID, dbid: 7n, permissions: CHANNEL_PERMISSIONS }));
    const client = new LightningdSide(lightningd.receiveFd());
    try {
      const context = { node_id: PEER_ID, dbid: 7n, capabilities: CHANNEL_PERMISSIONS };
      expect(await client.request(ecdh)).toEqual(signerReply(ecdh, context));
    } finally {
      client.close();
    }
    await until(() => one.outcomes.length === 1 && two.outcomes.length === 1, 'both answers');
    for (const signer of [one, two]) {
      expect(signer.received.map((r) => [r.request_id, r.context && r.context.node_id.toString('hex'), r.context?.dbid])).toEqual([
        [1001, PEER_ID.toString('hex'), '7'],
      ]);
    }
    // Both RespondHsmRequest calls succeed; the stage took the first and logged the other.
    expect([...one.outcomes, ...two.outcomes]).toEqual([{ requestId: 1001 }, { requestId: 1001 }]);
    expect(log.lines).toContainEqual(expect.objectContaining({ msg: 'duplicate answer ignored', request_id: 1001 }));
  });

  it('relays signer_state: the stored state goes to the signer, which signs it; the signed entries are stored before the reply', async () => {
    await writeFile(
      stateFile,
      JSON.stringify({
        format: 'greenhouse/signer-state/v1',
        entries: [{ key: 'peers/' + PEER_ID.toString('hex'), version: '0', value: '{"addr":"127.0.0.1:9735","direction":"out"}', signature: '' }],
      }),
    );
    await stage.close();
    await hsm.close();
    await link.stop();
    await startStage(); // reads the file

    const signer = attachSigner();
    await lightningd.request(REGTEST_INIT);
    expect(await lightningd.request(deriveSecret('state'))).toEqual(signerReply(deriveSecret('state')));
    expect(signer.received[0]!.signer_state.map((e) => [e.key, e.version])).toEqual([['peers/' + PEER_ID.toString('hex'), '0']]);
    const stored = JSON.parse(await readFile(stateFile, 'utf8')) as { entries: Array<{ key: string; signature: string }> };
    expect(stored.entries).toHaveLength(1);
    expect(stored.entries[0]!.signature).toMatch(/^[0-9a-f]{128}$/); // signed by the signer (soft mode signs unsigned entries)

    // The stage does not know which signer answered, so the re-signed entry goes back once to every
    // signer, its author included (as in Greenlight); after that there is nothing new to send.
    await lightningd.request(deriveSecret('state 2'));
    expect(signer.received[1]!.signer_state.map((e) => e.signature.toString('hex'))).toEqual([stored.entries[0]!.signature]);
    await lightningd.request(deriveSecret('state 3'));
    expect(signer.received[2]!.signer_state).toEqual([]);
  });

  it('a signer refusal closes the subdaemon’s connection, lightningd carries on, and the gateway hears of it', async () => {
    const refusals: SignerRefusal[] = [];
    stage.onSignerRefusal((refusal) => refusals.push(refusal));
    attachSigner();
    await lightningd.request(REGTEST_INIT);
    await lightningd.request(encodeHsmd({ kind: 'hsmd_client_hsmfd', id: PEER_ID, dbid: 5n, permissions: CHANNEL_PERMISSIONS }));
    const client = new LightningdSide(lightningd.receiveFd());
    try {
      client.send(encodeHsmd({ kind: 'hsmd_sign_message', msg: Buffer.from('hello') }));
      expect(await client.closedByPeer()).toBe(true);
    } finally {
      client.close();
    }
    expect(refusals).toHaveLength(1);
    expect(refusals[0]).toMatchObject({ requestId: 1001, type: HSMD_TYPE.hsmd_sign_message, reason: expect.any(String) });
    await until(() => proxy.stderr.includes('refused by the signer'), 'the proxy to report the refusal');
    expect(await lightningd.request(deriveSecret('still here'))).toEqual(signerReply(deriveSecret('still here')));
  });

  it('survives an Hsm service restart: the proxy retries the same request id and a signer attaching afterwards answers it', async () => {
    await lightningd.request(REGTEST_INIT);
    const reply = lightningd.request(deriveSecret('across a restart'));
    await until(() => stage.pendingCount === 1, 'the request to be staged');
    await hsm.close(); // the proxy's call fails, the stage withdraws the request
    await until(() => proxy.stderr.includes('did not answer'), 'the proxy to notice');
    expect(stage.pendingCount).toBe(0);
    hsm = await startHsmService({ socketPath, stage, logger: log.logger });
    await until(() => stage.pendingCount === 1, 'the retry to be staged again');

    const signer = attachSigner();
    expect(await reply).toEqual(signerReply(deriveSecret('across a restart')));
    expect(signer.received.map((r) => r.request_id)).toEqual([1001]);
  });

  it('a signer stream ends with UNAVAILABLE "node stopped" when the stage closes', async () => {
    const signer = attachSigner();
    await until(() => stage.attachedSigners === 1, 'the signer to attach');
    await stage.close();
    expect(await signer.ended).toMatchObject({ code: status.UNAVAILABLE, details: 'node stopped' });
  });
});
