import { describe, expect, it } from 'vitest';
import { decodeHsmd, encodeHsmd, HSM_PERM_ECDH } from '@greenhouse/common/hsmd';
import { HsmSecret } from '../src/crypto/index.ts';
import { Signer, type SignerRejection } from '../src/signer.ts';
import { TestDevice } from './support/signed-calls.ts';
import { unsignedInvoice } from './support/invoices.ts';
import type { HsmRequest__Output } from '@greenhouse/common/generated/greenlight/HsmRequest.ts';

const secret = HsmSecret.fromBytes(new Uint8Array(32).fill(3));
const invoice = encodeHsmd({ kind: 'hsmd_sign_invoice', ...unsignedInvoice({ hrp: 'lnbcrt10u', description: 'tea' }) });

function request(raw: Uint8Array, extra: Partial<HsmRequest__Output> = {}): HsmRequest__Output {
  return { request_id: 1001, context: null, raw: Buffer.from(raw), signer_state: [], requests: [], ...extra };
}

describe('Signer', () => {
  it('refuses an unjustified invoice with an error reply naming the reason, and reports it', () => {
    const rejections: SignerRejection[] = [];
    const signer = new Signer({ secret, network: 'regtest' });
    signer.onRejection((r) => rejections.push(r));
    const response = signer.process(request(invoice));
    expect(response).toMatchObject({ request_id: 1001, raw: Buffer.alloc(0), error: expect.stringMatching(/no authorised Invoice/) });
    expect(rejections).toEqual([expect.objectContaining({ refused: true, reason: response.error })]);
  });

  it('signs it when a device asked, and mentions refused calls when none justified it', () => {
    const signer = new Signer({ secret, network: 'regtest' });
    const device = new TestDevice();
    const asked = device.call('/cln.Node/Invoice', { description: 'tea', label: 't', amount_msat: { amount: { msat: 1_000_000 } } }, device.rune(signer.runeMaster));
    expect(decodeHsmd(signer.process(request(invoice, { requests: [asked] })).raw as Buffer).kind).toBe('hsmd_sign_invoice_reply');
    const stale = device.call('/cln.Node/Invoice', { description: 'tea', label: 't', amount_msat: { amount: { msat: 1_000_000 } } }, device.rune(signer.runeMaster), BigInt(Date.now() - 3_600_000));
    expect(signer.process(request(invoice, { requests: [stale] })).error).toMatch(/refused calls: \/cln.Node\/Invoice: the call was signed 3600 s ago/);
  });

  it('in permissive mode signs unjustified requests but still reports them', () => {
    const rejections: SignerRejection[] = [];
    const signer = new Signer({ secret, network: 'regtest', permissive: true });
    signer.onRejection((r) => rejections.push(r));
    expect(signer.process(request(invoice)).error).toBe('');
    expect(rejections).toEqual([expect.objectContaining({ refused: false })]);
  });

  it("applies a client connection's permissions from the request context", () => {
    const signer = new Signer({ secret, network: 'regtest' });
    const context = { node_id: signer.nodeId, dbid: '0', capabilities: String(HSM_PERM_ECDH) };
    expect(signer.process(request(invoice, { context })).error).toMatch(/needs permission MASTER/);
  });
});

describe('Signer and node-relayed signer_state', () => {
  const derive = encodeHsmd({ kind: 'hsmd_derive_secret', info: Buffer.from('commando') });
  const entry = { version: '0', key: 'peers/02aa', value: Buffer.from('{"addr":"127.0.0.1:9735"}'), signature: Buffer.alloc(0) };

  it('merges relayed state and returns it signed with the reply', () => {
    const signer = new Signer({ secret, network: 'regtest' });
    const response = signer.process(request(derive, { signer_state: [entry] }));
    expect(response.error).toBe('');
    expect(response.signer_state).toEqual([expect.objectContaining({ key: 'peers/02aa', signature: expect.any(Buffer) })]);
    expect((response.signer_state![0]!.signature as Buffer).length).toBe(64);
  });

  it('refuses a request whose relayed state carries a bad signature', () => {
    const signer = new Signer({ secret, network: 'regtest' });
    const response = signer.process(request(derive, { signer_state: [{ ...entry, signature: Buffer.alloc(64, 1) }] }));
    expect(response).toMatchObject({ raw: Buffer.alloc(0), error: expect.stringContaining('peers/02aa') });
  });
});
