// Our signer against CLN's own lightning_hsmd for the same secret, byte for byte.
// Runs when LIGHTNINGD (or lightningd on PATH) is a real CLN v26.06 build; skips with one line otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Socket } from 'node:net';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { decodeHsmdAs, encodeHsmd, frame, HsmdFrameReader } from '@greenhouse/common/hsmd';
import { HsmSecret } from '@greenhouse/signer';
import { HsmdRequestHandler } from '../services/signer/src/hsmd/request-handler.ts';
import { clnSubdaemon, lightningdPath, skipReason } from './support/real-binaries.ts';
import { unsignedInvoice } from '../services/signer/test/support/invoices.ts';
import { REGTEST_INIT } from './support/hsmd-requests.ts';

const lightningd = lightningdPath();
const hsmdBinary = lightningd && clnSubdaemon(lightningd, 'lightning_hsmd');
const skip = skipReason('the real-hsmd comparison', hsmdBinary ? [] : ['lightningd']);


/** A stock lightning_hsmd process on fd 3, like lightningd runs it. */
class StockHsmd {
  private readonly reader = new HsmdFrameReader();
  private readonly replies: Uint8Array[] = [];
  private waiting?: () => void;

  private constructor(
    private readonly child: ChildProcess,
    private readonly socket: Socket,
  ) {
    socket.on('data', (chunk: Buffer) => {
      this.replies.push(...this.reader.push(chunk));
      this.waiting?.();
    });
  }

  static async start(binary: string, dir: string): Promise<StockHsmd> {
    // fd 0 is hsmd's status channel to lightningd and fd 3 its request socket; Node makes both socketpairs.
    const child = spawn(binary, [], { cwd: dir, stdio: ['pipe', 'inherit', 'inherit', 'pipe'] });
    child.stdin!.on('error', () => undefined);
    (child.stdio[0] as Socket).on('data', () => undefined); // status messages: not needed here
    return new StockHsmd(child, child.stdio[3] as Socket);
  }

  async request(body: Uint8Array): Promise<Buffer> {
    this.socket.write(frame(body));
    while (this.replies.length === 0) await new Promise<void>((resolve) => (this.waiting = resolve));
    return Buffer.from(this.replies.shift()!);
  }

  stop(): void {
    this.child.kill();
  }
}

describe.skipIf(skip)('our hsmd answers = CLN lightning_hsmd answers, for the same secret', () => {
  for (const [name, secretFile, secret] of secrets()) {
    describe(name, () => {
      let dir: string;
      let stock: StockHsmd;
      let ours: HsmdRequestHandler;
      const both = async (body: Uint8Array) => [await stock.request(body), Buffer.from(ours.handle(body, undefined, () => undefined)!)] as const;

      beforeAll(async () => {
        dir = await mkdtemp(path.join(tmpdir(), 'greenhouse-hsmd-'));
        await writeFile(path.join(dir, 'hsm_secret'), secretFile, { mode: 0o600 });
        stock = await StockHsmd.start(hsmdBinary!, dir);
        ours = new HsmdRequestHandler(secret, 'regtest');
      });
      afterAll(async () => {
        stock.stop();
        await rm(dir, { recursive: true, force: true });
      });

      it('hsmd_init: node id, wallet base xpub, BOLT12 key, secret type and BIP86 base', async () => {
        const [theirs, mine] = (await both(REGTEST_INIT)).map((reply) => decodeHsmdAs('hsmd_init_reply_v4', reply));
        expect(Buffer.from(mine!.node_id).toString('hex')).toBe(Buffer.from(theirs!.node_id).toString('hex'));
        expect(Buffer.from(mine!.bip32)).toEqual(Buffer.from(theirs!.bip32));
        expect(Buffer.from(mine!.bolt12)).toEqual(Buffer.from(theirs!.bolt12));
        expect(mine!.hsm_version).toBe(theirs!.hsm_version);
        expect(mine!.tlvs).toEqual(theirs!.tlvs);
        expect(theirs!.hsm_capabilities).toEqual(expect.arrayContaining(mine!.hsm_capabilities.filter((c) => c !== 34)));
      });

      it('derive_secret, ecdh, sign_invoice, sign_message and sign_node_announcement, byte for byte', async () => {
        const requests = [
          ...['bolt12-invoice-base', 'scb secret', 'commando', 'node-alias-base', 'offer-blinded-path'].map((info) =>
            encodeHsmd({ kind: 'hsmd_derive_secret', info: Buffer.from(info) }),
          ),
          ...[1n, 2n, 12345n].map((k) => encodeHsmd({ kind: 'hsmd_ecdh_req', point: secp256k1.Point.BASE.multiply(k).toBytes(true) })),
          encodeHsmd({ kind: 'hsmd_sign_invoice', ...unsignedInvoice({ hrp: 'lnbcrt10u', description: 'coffee' }) }),
          encodeHsmd({ kind: 'hsmd_sign_invoice', ...unsignedInvoice({ hrp: 'lnbcrt', description: 'any amount' }) }),
          encodeHsmd({ kind: 'hsmd_sign_message', msg: Buffer.from('hello from greenhouse') }),
          encodeHsmd({ kind: 'hsmd_node_announcement_sig_req', announcement: nodeAnnouncement(ours.nodeId) }),
        ];
        for (const request of requests) {
          const [theirs, mine] = await both(request);
          expect(mine.toString('hex'), `reply to type ${request[0]! * 256 + request[1]!}`).toBe(theirs.toString('hex'));
        }
      });
    });
  }
});

function secrets(): [string, Uint8Array, HsmSecret][] {
  const plain = new Uint8Array(32).fill(0x42);
  const mnemonic = HsmSecret.fromMnemonic('abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about');
  return [
    ['32-byte plain secret', plain, HsmSecret.fromBytes(plain)],
    ['BIP39 mnemonic secret', mnemonic.toFile(), mnemonic],
  ];
}

/** A node_announcement (type 257) with a placeholder signature, as lightningd sends it. */
function nodeAnnouncement(nodeId: Uint8Array): Buffer {
  const features = Buffer.from([0x00, 0x00]);
  const timestamp = Buffer.from([0x60, 0x00, 0x00, 0x00]);
  const rgb = Buffer.from([0x11, 0x22, 0x33]);
  const alias = Buffer.alloc(32);
  alias.write('greenhouse');
  const addresses = Buffer.from([0x00, 0x00]);
  return Buffer.concat([Buffer.from([0x01, 0x01]), Buffer.alloc(64), features, timestamp, nodeId, rgb, alias, addresses]);
}
