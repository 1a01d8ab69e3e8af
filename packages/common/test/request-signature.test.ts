import { describe, expect, it } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { Metadata } from '@grpc/grpc-js';
import { authMetadata, grpcFrame, readAuthMetadata, signRequest, verifyRequestSignature } from '../src/request-signature.ts';

describe('per-call device signatures', () => {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const frame = grpcFrame(Buffer.from('0a0568656c6c6f', 'hex'));

  it('verifies what the device signed, over the frame and the timestamp', () => {
    const timestampMs = 1_700_000_000_123n;
    const { pubkey, signature } = signRequest(privateKey, frame, timestampMs);
    expect(pubkey).toHaveLength(65);
    expect(signature).toHaveLength(64);
    expect(verifyRequestSignature({ pubkey, signature, timestampMs }, frame)).toBe(true);
    expect(verifyRequestSignature({ pubkey, signature, timestampMs: timestampMs + 1n }, frame)).toBe(false);
    expect(verifyRequestSignature({ pubkey, signature, timestampMs }, grpcFrame(Buffer.from('0a0568656c6c6e', 'hex')))).toBe(false);
    expect(verifyRequestSignature({ pubkey: Buffer.alloc(65, 4), signature, timestampMs }, frame)).toBe(false);
  });

  it('round-trips the headers with unpadded base64 and refuses padded values', () => {
    const auth = { ...signRequest(privateKey, frame, 42n), timestampMs: 42n, rune: 'abc=' };
    const metadata = authMetadata(auth);
    expect(metadata.get('glauthpubkey')[0]).toHaveLength(87);
    expect(metadata.get('glauthsig')[0]).toHaveLength(86);
    expect(metadata.get('glts')[0]).toHaveLength(11);
    expect(readAuthMetadata(metadata)).toEqual(auth);
    const padded = new Metadata();
    padded.set('glauthpubkey', `${metadata.get('glauthpubkey')[0]}=`);
    padded.set('glauthsig', metadata.get('glauthsig')[0]!);
    padded.set('glrune', 'abc=');
    expect(readAuthMetadata(padded)).toBeUndefined();
  });
});
