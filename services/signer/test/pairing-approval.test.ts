// The signer's side of pairing: an approval relayed by the scheduler is checked as Greenlight's
// signer checks it (signature over the bytes rebuilt with this node's id, the approver's rune for
// `approvepairing`), plus a freshness window and restrictions that bind the new rune to the new
// device's key; only then is a rune minted, with exactly the requested restrictions.
import { describe, expect, it } from 'vitest';
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { pairingRestrictions, signPairingApproval, uncompressedPublicKey } from '@greenhouse/common';
import { createGreenlightRune, Rune, verifyGreenlightRune } from '@greenhouse/common/runes';
import type { ApprovePairingRequest__Output } from '@greenhouse/common/generated/scheduler/ApprovePairingRequest.ts';
import { HsmSecret, Signer } from '../src/index.ts';

const signer = new Signer({ secret: HsmSecret.fromBytes(new Uint8Array(32).fill(3)), network: 'regtest' });
const otherNode = new Signer({ secret: HsmSecret.fromBytes(new Uint8Array(32).fill(4)), network: 'regtest' });
const NOW = Date.UTC(2026, 5, 1, 12, 0, 0);

function p256(): { key: KeyObject; hex: string } {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { key: privateKey, hex: uncompressedPublicKey(privateKey).toString('hex') };
}

const approver = p256();
const newDevice = p256();
const approverRune = createGreenlightRune(signer.runeMaster, [[`pubkey=${approver.hex}`]]);

function approval(overrides: Partial<{ restrictions: string; rune: string; nodeId: Buffer; at: number; key: KeyObject }> = {}): ApprovePairingRequest__Output {
  const restrictions = overrides.restrictions ?? pairingRestrictions(newDevice.hex, 'method^list|method=createinvoice');
  const timestamp = BigInt(Math.floor((overrides.at ?? NOW) / 1000));
  const { sig, pubkey } = signPairingApproval(overrides.key ?? approver.key, {
    deviceId: newDevice.hex,
    timestamp,
    nodeId: overrides.nodeId ?? signer.nodeId,
    deviceName: 'Shop terminal',
    restrictions,
  });
  return { device_id: newDevice.hex, timestamp: timestamp.toString(), device_name: 'Shop terminal', restrictions, sig, pubkey, rune: overrides.rune ?? approverRune };
}

describe('Signer.approvePairing', () => {
  it('mints a rune with the requested restrictions, bound to the new device, for this node', () => {
    const decision = signer.approvePairing(approval(), NOW);
    if (!decision.approved) throw new Error(decision.reason);
    expect(decision.response.device_id).toBe(newDevice.hex);
    expect(decision.response.node_id).toEqual(signer.nodeId);
    const rune = Rune.fromBase64(decision.response.rune!);
    expect(rune.restrictionsText).toBe(`=0-gl0&pubkey=${newDevice.hex}&method^list|method=createinvoice`);
    expect(verifyGreenlightRune(signer.runeMaster, rune, { method: 'CreateInvoice', pubkey: newDevice.hex }).ok).toBe(true);
    expect(verifyGreenlightRune(signer.runeMaster, rune, { method: 'Pay', pubkey: newDevice.hex }).ok).toBe(false);
  });

  it('refuses a signature that does not verify, or was made for another node', () => {
    const tampered = approval();
    tampered.sig = Buffer.from(tampered.sig);
    tampered.sig[5]! ^= 0x40;
    expect(signer.approvePairing(tampered, NOW)).toEqual({ approved: false, reason: expect.stringMatching(/signature does not verify/) });
    expect(signer.approvePairing(approval({ nodeId: otherNode.nodeId }), NOW)).toMatchObject({ approved: false, reason: expect.stringMatching(/signature/) });
    // Signed by a key other than the one the approval names.
    const wrongKey = approval({ key: p256().key });
    wrongKey.pubkey = uncompressedPublicKey(approver.key);
    expect(signer.approvePairing(wrongKey, NOW)).toMatchObject({ approved: false, reason: expect.stringMatching(/signature/) });
  });

  it('refuses an approval outside the freshness window, either way, and takes one inside it', () => {
    const window = 5 * 60 * 1000;
    expect(signer.approvePairing(approval({ at: NOW - window - 2000 }), NOW)).toMatchObject({ approved: false, reason: expect.stringMatching(/more than 300 s from this signer's clock/) });
    expect(signer.approvePairing(approval({ at: NOW + window + 2000 }), NOW)).toMatchObject({ approved: false });
    expect(signer.approvePairing(approval({ at: NOW - window + 2000 }), NOW)).toMatchObject({ approved: true });
    const strict = new Signer({ secret: HsmSecret.fromBytes(new Uint8Array(32).fill(3)), network: 'regtest', pairingApprovalWindowMs: 10_000 });
    expect(strict.approvePairing(approval({ at: NOW - 20_000 }), NOW)).toMatchObject({ approved: false, reason: expect.stringMatching(/more than 10 s/) });
  });

  it('refuses an approver whose rune does not allow approvepairing, is another key\'s, or another signer\'s', () => {
    const readOnly = createGreenlightRune(signer.runeMaster, [[`pubkey=${approver.hex}`], ['method^list']]);
    expect(signer.approvePairing(approval({ rune: readOnly }), NOW)).toMatchObject({ approved: false, reason: expect.stringMatching(/rune does not allow approving pairings.*method/) });
    const othersKey = createGreenlightRune(signer.runeMaster, [[`pubkey=${newDevice.hex}`]]);
    expect(signer.approvePairing(approval({ rune: othersKey }), NOW)).toMatchObject({ approved: false, reason: expect.stringMatching(/rune does not allow approving pairings/) });
    const foreign = createGreenlightRune(otherNode.runeMaster, [[`pubkey=${approver.hex}`]]);
    expect(signer.approvePairing(approval({ rune: foreign }), NOW)).toMatchObject({ approved: false });
    expect(signer.approvePairing(approval({ rune: 'not a rune' }), NOW)).toMatchObject({ approved: false });
    const allowed = createGreenlightRune(signer.runeMaster, [[`pubkey=${approver.hex}`], ['method=approvepairing']]);
    expect(signer.approvePairing(approval({ rune: allowed }), NOW)).toMatchObject({ approved: true });
  });

  it('refuses restrictions that do not bind the rune to the new device\'s key', () => {
    for (const restrictions of ['method^list', `pubkey=${approver.hex}&method^list`, `pubkey=${newDevice.hex}|method^list`, `=0-gl0&pubkey=${newDevice.hex}`, 'method^list&&']) {
      expect(signer.approvePairing(approval({ restrictions }), NOW)).toMatchObject({ approved: false });
    }
    expect(signer.approvePairing(approval({ restrictions: `pubkey=${newDevice.hex}` }), NOW)).toMatchObject({ approved: true });
  });
});
