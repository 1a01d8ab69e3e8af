import { describe, expect, it } from 'vitest';
import { status } from '@grpc/grpc-js';
import { identityFromCommonName, identityFromPeerCertificate, requireDeviceOf, parseNodeId } from '../src/identity.ts';
import type { PeerCertificate } from 'node:tls';

const NODE_A = '02' + 'aa'.repeat(32);
const NODE_B = '03' + 'bb'.repeat(32);

function peer(subjectCn: string, issuerCn: string): PeerCertificate {
  return { subject: { CN: subjectCn }, issuer: { CN: issuerCn } } as unknown as PeerCertificate;
}

describe('caller identity from certificates', () => {
  it('reads devices, NOBODY and services as Greenlight does', () => {
    expect(identityFromCommonName(`/users/${NODE_A}/default`)).toEqual({
      kind: 'device',
      nodeId: Buffer.from(NODE_A, 'hex'),
      device: 'default',
    });
    expect(identityFromCommonName('GL /users/nobody')).toEqual({ kind: 'nobody' });
    expect(identityFromCommonName('GL /services/scheduler')).toEqual({ kind: 'service', service: 'scheduler' });
    expect(identityFromCommonName('/users/zz/default')).toBeUndefined();
    expect(identityFromCommonName(`/users/${NODE_A}`)).toBeUndefined();
  });

  it("refuses a device certificate not issued by its node's CA", () => {
    expect(() => identityFromPeerCertificate(peer(`/users/${NODE_A}/default`, `GL /users/${NODE_B}`))).toThrow(
      /not issued by that node's CA/,
    );
    expect(identityFromPeerCertificate(peer(`/users/${NODE_A}/phone`, `GL /users/${NODE_A}`))).toMatchObject({ kind: 'device' });
  });

  it('needs a certificate at all', () => {
    expect(() => identityFromPeerCertificate(undefined)).toThrow(expect.objectContaining({ code: status.UNAUTHENTICATED }));
  });

  it('keeps a device to its own node', () => {
    const identity = identityFromCommonName(`/users/${NODE_A}/default`)!;
    expect(requireDeviceOf(identity, Buffer.from(NODE_A, 'hex'))).toEqual(Buffer.from(NODE_A, 'hex'));
    expect(() => requireDeviceOf(identity, Buffer.from(NODE_B, 'hex'))).toThrow(
      expect.objectContaining({ code: status.PERMISSION_DENIED, message: expect.stringContaining('cannot act on node') }),
    );
    expect(() => requireDeviceOf({ kind: 'nobody' })).toThrow(expect.objectContaining({ code: status.PERMISSION_DENIED }));
  });

  it('accepts only 33-byte compressed node ids', () => {
    expect(() => parseNodeId(Buffer.alloc(32))).toThrow(/33-byte/);
    expect(() => parseNodeId(Buffer.alloc(33, 4))).toThrow(/02 or 03/);
    expect(parseNodeId(Buffer.from(NODE_A, 'hex')).length).toBe(33);
  });
});
