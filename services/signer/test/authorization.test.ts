import { describe, expect, it } from 'vitest';
import { greenlightMasterRune } from '@greenhouse/common/runes';
import { authorizePendingRequests } from '../src/authorization/pending-requests.ts';
import { TestDevice } from './support/signed-calls.ts';

const master = greenlightMasterRune(Buffer.alloc(32, 7));
const options = () => ({ master, now: Date.now(), maxAgeMs: 5 * 60_000, maxSkewMs: 60_000 });
const INVOICE = { description: 'coffee', label: 'c1', amount_msat: { amount: { msat: 1000 } } };

describe('authorizing the client calls attached to an hsmd request', () => {
  it('accepts a fresh call signed by the device its rune names, and decodes it', () => {
    const device = new TestDevice();
    const { authorized, refused } = authorizePendingRequests([device.call('/cln.Node/Invoice', INVOICE, device.rune(master))], options());
    expect(refused).toEqual([]);
    expect(authorized).toEqual([
      expect.objectContaining({ service: 'cln.Node', method: 'Invoice', request: expect.objectContaining({ description: 'coffee', label: 'c1' }) }),
    ]);
  });

  it('refuses a bad signature, a rune for another key, a stale call, a forbidden method, and garbage', () => {
    const device = new TestDevice();
    const other = new TestDevice();
    const tampered = device.call('/cln.Node/Invoice', INVOICE, device.rune(master));
    tampered.request[tampered.request.length - 1]! ^= 1;
    const calls = [
      tampered,
      device.call('/cln.Node/Invoice', INVOICE, other.rune(master)),
      device.call('/cln.Node/Invoice', INVOICE, device.rune(master), BigInt(Date.now() - 10 * 60_000)),
      device.call('/cln.Node/Invoice', INVOICE, device.rune(master, [['method^list']])),
      device.call('/cln.Node/Invoice', INVOICE, device.rune(greenlightMasterRune(Buffer.alloc(32, 8)))),
      { ...device.call('/cln.Node/Invoice', INVOICE, device.rune(master)), uri: '/scheduler.Scheduler/Register' },
    ];
    const { authorized, refused } = authorizePendingRequests(calls, options());
    expect(authorized).toEqual([]);
    expect(refused.map((r) => r.reason)).toEqual([
      'the device signature does not verify over the request',
      expect.stringMatching(/^the rune does not allow it: pubkey=/),
      expect.stringMatching(/signed 600 s ago, outside the 300 s window/),
      expect.stringMatching(/^the rune does not allow it: method\^list: method is "invoice"/),
      expect.stringMatching(/^the rune does not allow it/),
      expect.stringMatching(/is not a cln.Node or greenlight.Node method/),
    ]);
  });

  it('a call it authorized before is checked again for everything that can change: its bytes, its age, its rune', () => {
    const device = new TestDevice();
    const call = device.call('/cln.Node/Invoice', INVOICE, device.rune(master));
    expect(authorizePendingRequests([call], options()).refused).toEqual([]);
    expect(authorizePendingRequests([call], options()).authorized).toHaveLength(1);
    const flipped = (bytes: Buffer) => {
      const copy = Buffer.from(bytes);
      copy[copy.length - 1]! ^= 1;
      return copy;
    };
    const variants = [
      { ...call, request: flipped(call.request) },
      { ...call, signature: flipped(call.signature) },
      { ...call, timestamp: String(BigInt(call.timestamp) + 1n) },
      { ...call, pubkey: new TestDevice().pubkey },
    ];
    for (const variant of variants) {
      expect(authorizePendingRequests([variant], options()).refused.map((r) => r.reason)).toEqual(['the device signature does not verify over the request']);
    }
    const later = { ...options(), now: Date.now() + 10 * 60_000 };
    expect(authorizePendingRequests([call], later).refused.map((r) => r.reason)).toEqual([expect.stringMatching(/outside the 300 s window/)]);
    const otherRune = { ...call, rune: device.call('/cln.Node/Invoice', INVOICE, device.rune(master, [['method^list']])).rune };
    // The rune is not part of what is remembered: the same signed call with another rune is checked anew.
    expect(authorizePendingRequests([otherRune], options()).refused.map((r) => r.reason)).toEqual([expect.stringMatching(/^the rune does not allow it: method\^list/)]);
  });
});

