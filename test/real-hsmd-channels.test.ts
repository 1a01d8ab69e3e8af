// Our signer against CLN's own lightning_hsmd for a channel's whole life (open, payments, closes,
// sweeps, wallet spends), byte for byte: the same requests on the same connections (master, or a
// subdaemon's client made by hsmd_client_hsmfd) must get the same replies.
// Runs when LIGHTNINGD (or lightningd on PATH) is a real CLN v26.06 build; skips with one line otherwise.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeHsmdAs } from '@greenhouse/common/hsmd';
import { HsmSecret } from '@greenhouse/signer';
import { HsmdRequestHandler, type HsmdClientContext } from '../services/signer/src/hsmd/request-handler.ts';
import { channelLifeRequests, DBID, PEER_ID, SUBDAEMON_PERMISSIONS, type Connection } from '../services/signer/test/support/channel-requests.ts';
import { clnSubdaemon, lightningdPath, skipReason } from './support/real-binaries.ts';
import { REGTEST_INIT } from './support/hsmd-requests.ts';
import { StockHsmd } from './support/stock-hsmd.ts';

const lightningd = lightningdPath();
const hsmdBinary = lightningd && clnSubdaemon(lightningd, 'lightning_hsmd');
const skip = skipReason('the real-hsmd channel comparison', hsmdBinary ? [] : ['lightningd']);

describe.skipIf(skip)("a channel's hsmd requests: our replies = CLN lightning_hsmd's", () => {
  const plain = new Uint8Array(32).fill(0x42);
  const mnemonic = HsmSecret.fromMnemonic('abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about');
  const cases: [string, Uint8Array, HsmSecret][] = [
    ['32-byte plain secret', plain, HsmSecret.fromBytes(plain)],
    ['BIP39 mnemonic secret', mnemonic.toFile(), mnemonic],
  ];
  for (const [name, secretFile, secret] of cases) {
    describe(name, () => {
      let dir: string;
      let stock: StockHsmd;
      let ours: HsmdRequestHandler;
      const contextOf = (on: Connection): HsmdClientContext | undefined =>
        on === 'master' ? undefined : { peerId: PEER_ID, dbid: DBID, permissions: BigInt(SUBDAEMON_PERMISSIONS[on]) };

      beforeAll(async () => {
        dir = await mkdtemp(path.join(tmpdir(), 'greenhouse-hsmd-channels-'));
        await writeFile(path.join(dir, 'hsm_secret'), secretFile, { mode: 0o600 });
        stock = await StockHsmd.start(hsmdBinary!, dir);
        ours = new HsmdRequestHandler(secret, 'regtest');
        // The init replies differ on purpose (the capabilities we advertise); the node ids must not.
        const stockInit = decodeHsmdAs('hsmd_init_reply_v4', stock.master.request(REGTEST_INIT));
        expect(Buffer.from(decodeHsmdAs('hsmd_init_reply_v4', ours.handle(REGTEST_INIT, undefined)!).node_id)).toEqual(Buffer.from(stockInit.node_id));
      });
      afterAll(async () => {
        stock?.stop();
        await rm(dir, { recursive: true, force: true });
      });

      it('answers every request of the channel exactly as stock hsmd does', () => {
        const steps = channelLifeRequests(secret);
        expect(steps.length).toBeGreaterThan(35);
        for (const step of steps) {
          const context = contextOf(step.on);
          let theirs: Buffer;
          try {
            theirs = context ? stock.requestAs(step.on, context, step.request) : stock.master.request(step.request);
          } catch (error) {
            throw new Error(`stock hsmd failed on ${step.name}: ${(error as Error).message}\n${stock.statusText().slice(-2000)}`);
          }
          const mine = Buffer.from(ours.handle(step.request, context, () => undefined)!);
          expect(mine.toString('hex'), `${step.name} on ${step.on}`).toBe(theirs.toString('hex'));
          if (process.env.GREENHOUSE_SHOW_REPLIES) console.log(step.name, step.on, theirs.length, theirs.subarray(0, 24).toString('hex'));
        }
      });
    });
  }
});
