import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { decodeHsmd, decodeHsmdAs, encodeHsmd, HSM_PERM_ECDH } from '@greenhouse/common/hsmd';
import { greenlightMasterRune } from '@greenhouse/common/runes';
import { HsmSecret, invoiceSigningHash, recoverPublicKey } from '../src/crypto/index.ts';
import { HsmdRefusal, HsmdRequestHandler } from '../src/hsmd/request-handler.ts';
import { startupMessages, STARTUP_SECRETS } from '../src/hsmd/startup-messages.ts';
import { authorizePendingRequests } from '../src/authorization/pending-requests.ts';
import { justifySignature } from '../src/authorization/signing-policy.ts';
import { TestDevice } from './support/signed-calls.ts';
import { unsignedInvoice } from './support/invoices.ts';
import { REGTEST_INIT } from '../../../test/support/hsmd-requests.ts';

// research/greenlight.md §12: seed 00×32.
const NODE_ID = '02058e8b6c2ad363ec59aa136429256d745164c2bdc87f98f0a68690ec2c5c9b0b';

function handler() {
  return new HsmdRequestHandler(HsmSecret.fromBytes(new Uint8Array(32)), 'regtest');
}

describe('hsmd request handler', () => {
  it('answers hsmd_init with node id, tpub wallet base, bolt12 key and the capabilities lightningd requires', () => {
    const reply = decodeHsmdAs('hsmd_init_reply_v4', handler().handle(REGTEST_INIT, undefined)!);
    expect(reply.hsm_version).toBe(6);
    expect(Buffer.from(reply.node_id).toString('hex')).toBe(NODE_ID);
    expect(Buffer.from(reply.bip32.subarray(0, 4)).toString('hex')).toBe('043587cf');
    expect(reply.bip32[4]).toBe(2); // m/0/0
    expect(reply.hsm_capabilities).toEqual(expect.arrayContaining([147, 29]));
    expect(reply.hsm_capabilities).not.toContain(56);
    expect(reply.tlvs?.hsm_secret_type).toBe(0);
  });

  it('refuses wire versions it cannot speak with an init failure', () => {
    const old = encodeHsmd({ ...decodeHsmdAs('hsmd_init', REGTEST_INIT), hsm_wire_min_version: 1, hsm_wire_max_version: 3 });
    expect(decodeHsmd(handler().handle(old, undefined)!).kind).toBe('hsmd_init_reply_failure');
  });

  it('derives secrets and ECDH, and keeps each client to its permissions', () => {
    const h = handler();
    const secret = decodeHsmdAs('hsmd_derive_secret_reply', h.handle(encodeHsmd({ kind: 'hsmd_derive_secret', info: Buffer.from('commando') }), undefined)!);
    expect(secret.secret).toHaveLength(32);
    const connectd = { peerId: Buffer.from(NODE_ID, 'hex'), dbid: 0n, permissions: BigInt(HSM_PERM_ECDH) };
    const point = secp256k1.getPublicKey(secp256k1.utils.randomSecretKey(), true);
    expect(decodeHsmd(h.handle(encodeHsmd({ kind: 'hsmd_ecdh_req', point }), connectd)!).kind).toBe('hsmd_ecdh_resp');
    const invoice = unsignedInvoice({ hrp: 'lnbcrt10u', description: 'coffee' });
    expect(() => h.handle(encodeHsmd({ kind: 'hsmd_sign_invoice', ...invoice }), connectd)).toThrow(HsmdRefusal);
    expect(() => h.handle(encodeHsmd({ kind: 'hsmd_sign_invoice', ...invoice }), connectd)).toThrow(/needs permission MASTER/);
  });

  it('refuses garbage and messages it does not implement, saying which', () => {
    expect(() => handler().handle(Buffer.from([0x00]), undefined)).toThrow(/malformed hsmd request/);
    expect(() => handler().handle(Buffer.from([0x12, 0x34]), undefined)).toThrow(/unknown hsmd message type 4660/);
    // The hsmd proxy answers hsmd_client_hsmfd itself (it makes the socket); it never reaches the signer.
    expect(() => handler().handle(encodeHsmd({ kind: 'hsmd_client_hsmfd', id: Buffer.from(NODE_ID, 'hex'), dbid: 1n, permissions: 24n }), undefined)).toThrow(
      /hsmd_client_hsmfd \(9\) is not supported by this signer yet/,
    );
    expect(() => handler().handle(encodeHsmd({ kind: 'hsmd_get_per_commitment_point', n: 1n }), undefined)).toThrow(/needs permission COMMITMENT_POINT/);
  });

  it('produces the init message and startup messages Register stores', () => {
    const { initMsg, startupMessages: messages } = startupMessages(handler());
    expect(Buffer.from(decodeHsmdAs('hsmd_init_reply_v4', initMsg).node_id).toString('hex')).toBe(NODE_ID);
    expect(messages).toHaveLength(1 + STARTUP_SECRETS.length);
    expect(messages[0]!.response).toEqual(initMsg);
    expect(messages.slice(1).map((m) => decodeHsmd(m.request))).toEqual(
      STARTUP_SECRETS.map((info) => expect.objectContaining({ kind: 'hsmd_derive_secret', info: Buffer.from(info) })),
    );
  });
});

describe('signing only what an authorised call asked for', () => {
  const master = greenlightMasterRune(new Uint8Array(32));
  const device = new TestDevice();
  const now = { master, now: Date.now(), maxAgeMs: 300_000, maxSkewMs: 60_000 };
  const signInvoice = (invoice: { hrp: Buffer; u5bytes: Buffer }, calls: ReturnType<TestDevice['call']>[]) => {
    const { authorized } = authorizePendingRequests(calls, now);
    return handler().handle(encodeHsmd({ kind: 'hsmd_sign_invoice', ...invoice }), undefined, (m) => justifySignature(m, authorized));
  };

  it('signs an invoice that matches a pending Invoice call (amount and description), recoverably by the node key', () => {
    const invoice = unsignedInvoice({ hrp: 'lnbcrt10u', description: 'coffee' });
    const call = device.call('/cln.Node/Invoice', { description: 'coffee', label: 'a', amount_msat: { amount: { msat: 1_000_000 } } }, device.rune(master));
    const reply = decodeHsmdAs('hsmd_sign_invoice_reply', signInvoice(invoice, [call])!);
    const hash = invoiceSigningHash(invoice.hrp, invoice.u5bytes);
    expect(Buffer.from(recoverPublicKey(Uint8Array.from([...reply.sig.signature, reply.sig.recid]), hash)).toString('hex')).toBe(NODE_ID);
  });

  it('accepts a description hash for deschashonly invoices and any-amount calls for amountless invoices', () => {
    const invoice = unsignedInvoice({ hrp: 'lnbcrt', descriptionHash: createHash('sha256').update('long text').digest() });
    const call = device.call('/cln.Node/Invoice', { description: 'long text', label: 'b', deschashonly: true, amount_msat: { any: true } }, device.rune(master));
    expect(signInvoice(invoice, [call])).toBeDefined();
  });

  it('refuses an invoice nobody asked for, or with other terms, naming what it saw', () => {
    const invoice = unsignedInvoice({ hrp: 'lnbcrt10u', description: 'coffee' });
    expect(() => signInvoice(invoice, [])).toThrow(/no authorised Invoice, CreateInvoice or LspInvoice call/);
    const other = device.call('/cln.Node/Invoice', { description: 'coffee', label: 'a', amount_msat: { amount: { msat: 5 } } }, device.rune(master));
    expect(() => signInvoice(invoice, [other])).toThrow(/invoice to sign \(1000000 msat, description "coffee"\) matches none of the 1/);
    const stranger = new TestDevice();
    const forged = stranger.call('/cln.Node/Invoice', { description: 'coffee', label: 'a', amount_msat: { amount: { msat: 1_000_000 } } }, device.rune(master));
    expect(() => signInvoice(invoice, [forged])).toThrow(/no authorised/);
  });

  it('signs a message only for a SignMessage call with the same text', () => {
    const { authorized } = authorizePendingRequests([device.call('/cln.Node/SignMessage', { message: 'hello' }, device.rune(master))], now);
    const sign = (text: string) =>
      handler().handle(encodeHsmd({ kind: 'hsmd_sign_message', msg: Buffer.from(text) }), undefined, (m) => justifySignature(m, authorized));
    expect(decodeHsmd(sign('hello')!).kind).toBe('hsmd_sign_message_reply');
    expect(() => sign('hello?')).toThrow(/no authorised SignMessage call/);
  });
});
