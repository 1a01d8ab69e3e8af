import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { SHA256_IV } from '@noble/hashes/_md.js';
import { absorbWithEndMarker, Sha256Midstate, sha256EndMarker } from '../src/runes/sha256-midstate.ts';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

describe('SHA-256 midstate', () => {
  it('starts from the standard initial value', () => {
    const initial = Sha256Midstate.initial().toBytes();
    const words = Array.from({ length: 8 }, (_, i) => Buffer.from(initial).readUInt32BE(4 * i));
    expect(words).toEqual(Array.from(SHA256_IV));
  });

  it('gives the ordinary SHA-256 digest once the end marker is absorbed, for every length around block edges', () => {
    for (let length = 0; length <= 200; length++) {
      const message = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff);
      expect(hex(absorbWithEndMarker(Sha256Midstate.initial(), message).toBytes()), `length ${length}`).toBe(hex(sha256(message)));
    }
    const long = new Uint8Array(100_003).fill(0x61);
    expect(hex(absorbWithEndMarker(Sha256Midstate.initial(), long).toBytes())).toBe(hex(sha256(long)));
  });

  it('resumes from a printed state as if it had never stopped', () => {
    const blocks = Uint8Array.from({ length: 192 }, (_, i) => i);
    const tail = new TextEncoder().encode('and the rest');
    const straight = absorbWithEndMarker(Sha256Midstate.initial().absorbBlocks(blocks), tail);
    const midway = Sha256Midstate.initial().absorbBlocks(blocks.subarray(0, 128));
    const resumed = Sha256Midstate.fromBytes(midway.toBytes(), 128).absorbBlocks(blocks.subarray(128));
    expect(hex(absorbWithEndMarker(resumed, tail).toBytes())).toBe(hex(straight.toBytes()));
    expect(hex(straight.toBytes())).toBe(hex(sha256(new Uint8Array([...blocks, ...tail]))));
  });

  it('pads to the next block boundary leaving room for the 8-byte length', () => {
    expect(sha256EndMarker(55)).toHaveLength(9);
    expect(sha256EndMarker(56)).toHaveLength(72);
    expect(sha256EndMarker(64)).toHaveLength(64);
    expect(hex(sha256EndMarker(3))).toBe('80' + '00'.repeat(52) + '0000000000000018');
  });

  it('refuses partial blocks and malformed states', () => {
    expect(() => Sha256Midstate.initial().absorbBlocks(new Uint8Array(63))).toThrow(/whole 64-byte blocks/);
    expect(() => Sha256Midstate.fromBytes(new Uint8Array(31), 64)).toThrow(/32 bytes/);
    expect(() => Sha256Midstate.fromBytes(new Uint8Array(32), 65)).toThrow(/whole number of 64-byte blocks/);
  });
});
