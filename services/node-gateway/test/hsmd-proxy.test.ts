// The hsmd proxy as a real process: fd 3 is a socket this test holds like lightningd does, and the
// gateway's Hsm service is a double answering with the real Signer.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { status } from '@grpc/grpc-js';
import {
  decodeHsmdAs,
  encodeHsmd,
  HSM_PERM_COMMITMENT_POINT,
  HSM_PERM_ECDH,
  HSM_PERM_SIGN_REMOTE_TX,
  HSMD_TYPE,
  peekType,
} from '@greenhouse/common/hsmd';
import { HSMD_PROXY_PATH, LIGHTNINGD_VERSION_ENV } from '../src/hsmd-proxy/index.ts';
import { permissiveSigner, TestHsmServiceDouble } from '../../../test/support/test-hsm-service-double.ts';
import { isBlocking, LightningdSide } from './support/lightningd-side.ts';
import { ProxyProcess, TEST_LIGHTNINGD_VERSION } from './support/proxy-process.ts';
import { REGTEST_INIT, deriveSecretRequest } from '../../../test/support/hsmd-requests.ts';

const SECRET = Buffer.alloc(32, 0x2a);
const PEER_ID = Buffer.from('02' + '11'.repeat(32), 'hex');
const POINT = Buffer.from('0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798', 'hex'); // secp256k1 G

const deriveSecret = deriveSecretRequest;
const ecdh = encodeHsmd({ kind: 'hsmd_ecdh_req', point: POINT });
const CHANNEL_PERMISSIONS = BigInt(HSM_PERM_COMMITMENT_POINT | HSM_PERM_SIGN_REMOTE_TX | HSM_PERM_ECDH);

/** What the signer itself answers, asked directly. */
function signerReply(raw: Uint8Array, context: { node_id: Buffer; dbid: bigint; capabilities: bigint } | null = null): Buffer {
  const ctx = context && { node_id: context.node_id, dbid: context.dbid.toString(), capabilities: context.capabilities.toString() };
  return Buffer.from(permissiveSigner(SECRET).process({ request_id: 0, context: ctx, raw: Buffer.from(raw), signer_state: [], requests: [] }).raw!);
}

/** A gate a test opens when it wants a held answer to go out. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('hsmd proxy --version', () => {
  it('prints lightningd’s version from the environment and a newline, nothing else', async () => {
    const { stdout, stderr } = await promisify(execFile)(HSMD_PROXY_PATH, ['--version'], {
      env: { ...process.env, [LIGHTNINGD_VERSION_ENV]: TEST_LIGHTNINGD_VERSION },
    });
    expect(stdout).toBe(`${TEST_LIGHTNINGD_VERSION}\n`);
    expect(stderr).toBe('');
  });

  it('fails with one line when the gateway did not say the version', async () => {
    const env = { ...process.env };
    delete env[LIGHTNINGD_VERSION_ENV];
    const run = promisify(execFile)(HSMD_PROXY_PATH, ['--version'], { env });
    await expect(run).rejects.toMatchObject({ code: 1, stdout: '', stderr: expect.stringMatching(/^hsmd-proxy: GREENHOUSE_LIGHTNINGD_VERSION is not set[^\n]*\n$/) });
  });
});

describe('hsmd proxy on fd 3', () => {
  let dir: string;
  let socketPath: string;
  let service: TestHsmServiceDouble;
  let proxy: ProxyProcess;
  let lightningd: LightningdSide;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'greenhouse-hsmd-proxy-'));
    socketPath = path.join(dir, 'hsm.sock');
    service = await TestHsmServiceDouble.start(socketPath, permissiveSigner(SECRET));
    const { ours, proxyFd } = LightningdSide.pair();
    lightningd = ours;
    proxy = ProxyProcess.start({ proxyFd, hsmSocketPath: socketPath, cwd: dir });
  });

  afterEach(async () => {
    await proxy.stop();
    lightningd.close();
    await service.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers hsmd_init with the signer’s init reply, forwarded without context from request id 1000', async () => {
    const reply = await lightningd.request(REGTEST_INIT);
    const init = decodeHsmdAs('hsmd_init_reply_v4', reply);
    expect(Buffer.from(init.node_id)).toEqual(permissiveSigner(SECRET).nodeId);
    expect(init.hsm_version).toBe(6);
    expect(service.requests).toEqual([{ requestId: 1000, type: HSMD_TYPE.hsmd_init, context: null }]);
    expect(service.pings).toBe(1);
    expect(proxy.stderr).toBe('');
  });

  it('forwards derive_secret and returns the signer’s reply byte for byte', async () => {
    await lightningd.request(REGTEST_INIT);
    const request = deriveSecret('bolt12-invoice-base');
    expect(await lightningd.request(request)).toEqual(signerReply(request));
  });

  it('sends no reply to hsmd_dev_preinit and does not forward it', async () => {
    lightningd.send(encodeHsmd({ kind: 'hsmd_dev_preinit', tlvs: {} }));
    const reply = await lightningd.request(REGTEST_INIT); // the next frame to arrive is init's
    expect(peekType(reply)).toBe(HSMD_TYPE.hsmd_init_reply_v4);
    expect(service.requests.map((r) => r.type)).toEqual([HSMD_TYPE.hsmd_init]);
  });

  it('hsmd_client_hsmfd: replies 109, passes a blocking socket, and stamps its requests with the client’s context', async () => {
    await lightningd.request(REGTEST_INIT);
    const context = { node_id: PEER_ID, dbid: 7n, capabilities: CHANNEL_PERMISSIONS };
    const reply = await lightningd.request(encodeHsmd({ kind: 'hsmd_client_hsmfd', id: PEER_ID, dbid: 7n, permissions: CHANNEL_PERMISSIONS }));
    expect(reply).toEqual(Buffer.from([0x00, 0x6d]));
    const client = new LightningdSide(lightningd.receiveFd());
    try {
      expect(isBlocking(client.fd)).toBe(true);
      expect(await client.request(ecdh)).toEqual(signerReply(ecdh, context));
      expect(service.requests.at(-1)).toEqual({
        requestId: 1001,
        type: HSMD_TYPE.hsmd_ecdh_req,
        context: { nodeId: PEER_ID.toString('hex'), dbid: 7n, capabilities: CHANNEL_PERMISSIONS },
      });
      // The 109 itself was answered by the proxy, never forwarded.
      expect(service.requests.map((r) => r.type)).not.toContain(HSMD_TYPE.hsmd_client_hsmfd);
    } finally {
      client.close();
    }
  });

  it('answers one connection strictly in order while other connections go on independently', async () => {
    await lightningd.request(REGTEST_INIT);
    await lightningd.request(encodeHsmd({ kind: 'hsmd_client_hsmfd', id: PEER_ID, dbid: 3n, permissions: CHANNEL_PERMISSIONS }));
    const client = new LightningdSide(lightningd.receiveFd());
    const held = gate();
    service.hook = async (request, signerAnswer) => {
      if (!request.context && request.raw.includes(Buffer.from('first'))) await held.opened;
      return signerAnswer();
    };
    try {
      // Two requests on the master back to back; the first is held by the service.
      const first = deriveSecret('first');
      const second = deriveSecret('second');
      lightningd.send(first);
      lightningd.send(second);
      const masterReplies = (async () => [await lightningd.receive(), await lightningd.receive()])();
      await until(() => service.requests.length === 2);
      // Meanwhile the client connection is answered.
      expect(await client.request(ecdh)).toEqual(signerReply(ecdh, { node_id: PEER_ID, dbid: 3n, capabilities: CHANNEL_PERMISSIONS }));
      held.open();
      expect(await masterReplies).toEqual([signerReply(first), signerReply(second)]);
      // The second master request was only sent once the first had its answer.
      const ids = service.requests.map((r) => [r.requestId, r.type, r.context ? 'client' : 'master']);
      expect(ids).toEqual([
        [1000, HSMD_TYPE.hsmd_init, 'master'],
        [1001, HSMD_TYPE.hsmd_derive_secret, 'master'],
        [1002, HSMD_TYPE.hsmd_ecdh_req, 'client'],
        [1003, HSMD_TYPE.hsmd_derive_secret, 'master'],
      ]);
    } finally {
      client.close();
    }
  });

  it('closes a client whose request the signer refuses, and keeps serving lightningd', async () => {
    await lightningd.request(REGTEST_INIT);
    await lightningd.request(encodeHsmd({ kind: 'hsmd_client_hsmfd', id: PEER_ID, dbid: 5n, permissions: CHANNEL_PERMISSIONS }));
    const client = new LightningdSide(lightningd.receiveFd());
    service.hook = async (request, signerAnswer) =>
      request.context ? { request_id: request.request_id, raw: Buffer.alloc(0), signer_state: [], error: 'not today' } : signerAnswer();
    try {
      client.send(ecdh);
      expect(await client.closedByPeer()).toBe(true);
      const request = deriveSecret('still here');
      expect(await lightningd.request(request)).toEqual(signerReply(request));
      expect(proxy.stderr).toMatch(/^hsmd-proxy: closed the hsmd client of peer 02(11){32} dbid 5: hsmd_ecdh_req \(1\), request 1001: refused by the signer: not today\n$/);
    } finally {
      client.close();
    }
  });

  it('exits when the signer refuses a request of lightningd’s own, as stock hsmd aborts', async () => {
    await lightningd.request(REGTEST_INIT);
    service.hook = async (request) => ({ code: status.PERMISSION_DENIED, details: `no ${request.request_id}` });
    lightningd.send(deriveSecret('refused'));
    expect(await proxy.exited).toBe(1);
    expect(proxy.stderr).toBe(
      'hsmd-proxy: stopping, lightningd\'s own hsmd request failed: hsmd_derive_secret (27), request 1001: hsm service error PERMISSION_DENIED: no 1001\n',
    );
  });

  it('refuses a reply of the wrong type rather than hand it to lightningd', async () => {
    await lightningd.request(REGTEST_INIT);
    service.hook = async (request) => ({ request_id: request.request_id, raw: Buffer.from([0x00, 0x64]), signer_state: [], error: '' });
    lightningd.send(deriveSecret('mismatch'));
    expect(await proxy.exited).toBe(1);
    expect(proxy.stderr).toContain('the reply is hsmd_ecdh_resp (100), not hsmd_derive_secret_reply (127)');
  });

  it('retries the same request while the service is unavailable, and exits quietly when lightningd closes fd 3', async () => {
    let failures = 0;
    service.hook = async (request, signerAnswer) =>
      ++failures <= 2 ? { code: status.UNAVAILABLE, details: 'gateway restarting' } : signerAnswer();
    const reply = await lightningd.request(REGTEST_INIT);
    expect(peekType(reply)).toBe(HSMD_TYPE.hsmd_init_reply_v4);
    expect(service.requests.map((r) => r.requestId)).toEqual([1000, 1000, 1000]);
    // One line for the outage, not one per retry.
    expect(proxy.stderr.split('\n').filter(Boolean)).toEqual([
      `hsmd-proxy: hsm service at ${socketPath} did not answer (UNAVAILABLE: gateway restarting); waiting for it`,
    ]);
    lightningd.close();
    expect(await proxy.exited).toBe(0);
  });
});

describe('hsmd proxy before the gateway is up', () => {
  it('waits for the Hsm service and then answers', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'greenhouse-hsmd-proxy-'));
    const socketPath = path.join(dir, 'hsm.sock');
    const { ours: lightningd, proxyFd } = LightningdSide.pair();
    const proxy = ProxyProcess.start({ proxyFd, hsmSocketPath: 'hsm.sock', cwd: dir }); // relative: from the proxy's cwd
    let service: TestHsmServiceDouble | undefined;
    try {
      const reply = lightningd.request(REGTEST_INIT);
      await until(() => proxy.stderr.includes('did not answer (UNAVAILABLE'));
      service = await TestHsmServiceDouble.start(socketPath, permissiveSigner(SECRET));
      expect(peekType(await reply)).toBe(HSMD_TYPE.hsmd_init_reply_v4);
      expect(service.requests).toEqual([{ requestId: 1000, type: HSMD_TYPE.hsmd_init, context: null }]);
    } finally {
      await proxy.stop();
      lightningd.close();
      await service?.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
