import { describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { SHA256_IV } from '@noble/hashes/_md.js';
import {
  Alternative,
  MasterRune,
  Restriction,
  Rune,
  RuneError,
  createGreenlightRune,
  greenlightFieldValues,
  greenlightMasterRune,
  greenlightMethodFromPath,
  greenlightRuneSecret,
  parseRestrictions,
  verifyGreenlightRune,
  whyAlternativeFails,
  type FieldValues,
  type Operator,
} from '../src/runes.ts';
import { absorbWithEndMarker, Sha256Midstate, sha256EndMarker } from '../src/runes/sha256-midstate.ts';

const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');
const fromHex = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'hex'));
const ZERO_SECRET_16 = new Uint8Array(16);

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

/**
 * ccan/ccan/rune/test/test_vectors.csv from Core Lightning (secret = 16 zero bytes), one line per
 * string, as the C test `run.c` reads it: VALID / DERIVE / MALFORMED / BAD DERIVATION rows, each
 * VALID or DERIVE rune followed by PASS / FAIL rows of `field=value` facts checked against it.
 */
// prettier-ignore
const CLN_TEST_VECTORS_CSV: readonly string[] = [
  "VALID,empty rune (secret = [0]*16),374708fff7719dd5979ec875d56cd2286f6d3cf7ec317a3b25632aab28ec37bb:,N0cI__dxndWXnsh11WzSKG9tPPfsMXo7JWMqqyjsN7s=",
  "PASS",
  "PASS,f1=1",
  "PASS,f1=var",
  "PASS,f1=\\|\\&\\\\",
  "VALID,unique id 1,6035731a2cbb022cbeb67645aa0f8a26653d8cc454e0e087d4d19d282b8da4bd:=1,YDVzGiy7Aiy-tnZFqg-KJmU9jMRU4OCH1NGdKCuNpL09MQ==,1",
  "VALID,unique id 2 version 1,4520773407c9658646326fdffe685ffbc3c8639a080dae4310b371830a205cf1:=2-1,RSB3NAfJZYZGMm_f_mhf-8PIY5oIDa5DELNxgwogXPE9Mi0x,2,1",
  "VALID,f1 is missing,64a926b7185d7cf98e10a07dfc4e83d2a826896ebdb112ac964566fa2d50b464:f1!,ZKkmtxhdfPmOEKB9_E6D0qgmiW69sRKslkVm-i1QtGRmMSE=",
  "PASS",
  "PASS,f2=f1",
  "FAIL,f1=1",
  "FAIL,f1=var",
  "VALID,f1 equals v1,745c6e39cd41ee9f8388af8ad882bae4ee4e8f6b373f7682cc64d8574551fa5f:f1=v1,dFxuOc1B7p-DiK-K2IK65O5Oj2s3P3aCzGTYV0VR-l9mMT12MQ==",
  "PASS,f1=v1",
  "FAIL,f1=v",
  "FAIL,f1=v1a",
  "FAIL",
  "FAIL,f2=f1",
  "VALID,f1 not equal v1,c9236a6532bfa8e24bec9a66e96af3fb355f817770e79c5a81f6dd0b5ed20e47:f1/v1,ySNqZTK_qOJL7Jpm6Wrz-zVfgXdw55xagfbdC17SDkdmMS92MQ==",
  "PASS,f1=v2",
  "PASS,f1=v",
  "PASS,f1=v1a",
  "FAIL",
  "FAIL,f2=v1",
  "VALID,f1 ends with v1,71f2a1ec9631efc75b01db15fe1f025327ab467f8a83e6bfa7506da222adc5a2:f1$v1,cfKh7JYx78dbAdsV_h8CUyerRn-Kg-a_p1BtoiKtxaJmMSR2MQ==",
  "PASS,f1=v1",
  "PASS,f1=2v1",
  "FAIL,f1=v1a",
  "FAIL",
  "VALID,f1 starts with v1,5b13dffbbd9f7b191b0557595d10b22c0acec0c567f8efeba1d7d047927d7bce:f1^v1,WxPf-72fexkbBVdZXRCyLArOwMVn-O_rodfQR5J9e85mMV52MQ==",
  "PASS,f1=v1",
  "PASS,f1=v1a",
  "FAIL,f1=2v1",
  "FAIL",
  "VALID,f1 contains v1,ccbe593b72e0ab29446e46796ccd0c775ecd7a327fcc9ddc00fd3910cdacca00:f1~v1,zL5ZO3LgqylEbkZ5bM0Md17NejJ_zJ3cAP05EM2sygBmMX52MQ==",
  "PASS,f1=v1",
  "PASS,f1=v1a",
  "PASS,f1=2v1",
  "PASS,f1=2v12",
  "FAIL,f1=1v2",
  "FAIL",
  "VALID,f1 less than v1,caff52cedb9241dc00aea7cefc2b89b0a7445b1a4e34c48a5a2b91d2fe76d31f:f1<v1,yv9SztuSQdwArqfO_CuJsKdEWxpONMSKWiuR0v520x9mMTx2MQ==",
  "FAIL,f1=1",
  "FAIL,f1=2",
  "FAIL,f1=v1",
  "FAIL",
  "VALID,f1 less than 1,f9776db54fb54c8dd6af20a65a0f210a752a0ee4d1b0a0e7fd9d7ef65af76f84:f1<1,-XdttU-1TI3WryCmWg8hCnUqDuTRsKDn_Z1-9lr3b4RmMTwx",
  "PASS,f1=0",
  "PASS,f1=-10000",
  "FAIL,f1=1",
  "FAIL,f1=10000",
  "FAIL,f1=v1",
  "FAIL",
  "VALID,f1 greater than v1,2135748f1956d9dfa3c5b09ab6af9d6bb06a41c5bcf93d3f8105cb278af5ac56:f1>v1,ITV0jxlW2d-jxbCatq-da7BqQcW8-T0_gQXLJ4r1rFZmMT52MQ==",
  "FAIL,f1=1",
  "FAIL,f1=2",
  "FAIL,f1=v1",
  "FAIL",
  "VALID,f1 greater than 1,84e9991dd941bac97cc681eefec5dd7ac3668a4490ca6b0f19f0e79d2bb9c746:f1>1,hOmZHdlBusl8xoHu_sXdesNmikSQymsPGfDnnSu5x0ZmMT4x",
  "PASS,f1=2",
  "PASS,f1=10000",
  "FAIL,f1=1",
  "FAIL,f1=-10000",
  "FAIL,f1=0",
  "FAIL,f1=v1",
  "FAIL",
  "VALID,f1 sorts before 11,b9653ad0dcad7e5ed183f98cdd7e616acd07a98cc66a107a67626290bf000236:f1{11,uWU60Nytfl7Rg_mM3X5has0HqYzGahB6Z2JikL8AAjZmMXsxMQ==",
  "PASS,f1=0",
  "PASS,f1=1",
  "PASS,f1=\t",
  "PASS,f1=/",
  "FAIL,f1=11",
  "FAIL,f1=111",
  "FAIL,f1=v1",
  "FAIL,f1=:",
  "FAIL",
  "VALID,f1 sorts after 11,8c1f6c7c39badc5dea850192a0a4c6e9dd96bf33d410adc5a08fc375b22a1a52:f1}11,jB9sfDm63F3qhQGSoKTG6d2WvzPUEK3FoI_DdbIqGlJmMX0xMQ==",
  "PASS,f1=111",
  "PASS,f1=v1",
  "PASS,f1=:",
  "FAIL,f1=0",
  "FAIL,f1=1",
  "FAIL,f1=\t",
  "FAIL,f1=/",
  "FAIL,f1=11",
  "FAIL",
  "VALID,f1 comment 11,76bdd625de0e12058956e6c8a07cac58d7dc2253609a6bfb959f87cc094f3f0f:f1#11,dr3WJd4OEgWJVubIoHysWNfcIlNgmmv7lZ-HzAlPPw9mMSMxMQ==",
  "PASS,f1=111",
  "PASS,f1=v1",
  "PASS,f1=:",
  "PASS,f1=0",
  "PASS,f1=1",
  "PASS,f1=\t",
  "PASS,f1=/",
  "PASS,f1=11",
  "PASS",
  "VALID,f_with_underscores equals v1,ee979e1f2c376d69923aab0e8e001111963af038bdce394ffd7ecdc9e7020a6e:f_with_underscores=v1,7peeHyw3bWmSOqsOjgAREZY68Di9zjlP_X7NyecCCm5mX3dpdGhfdW5kZXJzY29yZXM9djE=",
  "PASS,f_with_underscores=v1",
  "FAIL,f_with_underscores=v",
  "FAIL,f_with_underscores=v1a",
  "FAIL",
  "FAIL,f2=f_with_underscores",
  "VALID,f1=1 or f2=3,85c3643dc102f0a0d6f20eeb8c294092151688fae41ef7c8ec7272ab23918376:f1=1|f2=3,hcNkPcEC8KDW8g7rjClAkhUWiPrkHvfI7HJyqyORg3ZmMT0xfGYyPTM=",
  "PASS,f1=1",
  "PASS,f1=1,f2=2",
  "PASS,f2=3",
  "PASS,f1=var,f2=3",
  "PASS,f1=1,f2=3",
  "FAIL",
  "FAIL,f1=2",
  "FAIL,f1=f1",
  "FAIL,f2=1",
  "FAIL,f2=f1",
  "DERIVE,unique_id 1 derivation,N0cI__dxndWXnsh11WzSKG9tPPfsMXo7JWMqqyjsN7s=,YDVzGiy7Aiy-tnZFqg-KJmU9jMRU4OCH1NGdKCuNpL09MQ==,,=,1",
  "DERIVE,unique_id 2 version 1 derivation,N0cI__dxndWXnsh11WzSKG9tPPfsMXo7JWMqqyjsN7s=,RSB3NAfJZYZGMm_f_mhf-8PIY5oIDa5DELNxgwogXPE9Mi0x,,=,2-1",
  "DERIVE,f1=1 or f2=3,N0cI__dxndWXnsh11WzSKG9tPPfsMXo7JWMqqyjsN7s=,hcNkPcEC8KDW8g7rjClAkhUWiPrkHvfI7HJyqyORg3ZmMT0xfGYyPTM=,f1,=,1,f2,=,3",
  "DERIVE,AND f3 contains &|\\,hcNkPcEC8KDW8g7rjClAkhUWiPrkHvfI7HJyqyORg3ZmMT0xfGYyPTM=,S253BW1Lragb1CpCSLXYGt9AdrE4iFMlXmnO0alV5vlmMT0xfGYyPTMmZjN-XCZcfFxc,f3,~,&|\\",
  "PASS,f1=1,f3=&|\\",
  "PASS,f2=3,f3=&|\\x",
  "FAIL",
  "FAIL,f1=1",
  "FAIL,f2=3",
  "FAIL,f1=1,f2=3",
  "FAIL,f1=2,f3=&|\\",
  "FAIL,f2=2,f3=&|\\",
  "FAIL,f3=&|\\",
  "MALFORMED,unique id must use = not !,6035731a2cbb022cbeb67645aa0f8a26653d8cc454e0e087d4d19d282b8da4bd:!1,YDVzGiy7Aiy-tnZFqg-KJmU9jMRU4OCH1NGdKCuNpL0hMQ==",
  "MALFORMED,unique id must use = not /,6035731a2cbb022cbeb67645aa0f8a26653d8cc454e0e087d4d19d282b8da4bd:/1,YDVzGiy7Aiy-tnZFqg-KJmU9jMRU4OCH1NGdKCuNpL0vMQ==",
  "MALFORMED,unique id must use = not ^,6035731a2cbb022cbeb67645aa0f8a26653d8cc454e0e087d4d19d282b8da4bd:^1,YDVzGiy7Aiy-tnZFqg-KJmU9jMRU4OCH1NGdKCuNpL1eMQ==",
  "MALFORMED,unique id must use = not $,6035731a2cbb022cbeb67645aa0f8a26653d8cc454e0e087d4d19d282b8da4bd:$1,YDVzGiy7Aiy-tnZFqg-KJmU9jMRU4OCH1NGdKCuNpL0kMQ==",
  "MALFORMED,unique id must use = not ~,6035731a2cbb022cbeb67645aa0f8a26653d8cc454e0e087d4d19d282b8da4bd:~1,YDVzGiy7Aiy-tnZFqg-KJmU9jMRU4OCH1NGdKCuNpL1-MQ==",
  "MALFORMED,unique id must use = not <,6035731a2cbb022cbeb67645aa0f8a26653d8cc454e0e087d4d19d282b8da4bd:<1,YDVzGiy7Aiy-tnZFqg-KJmU9jMRU4OCH1NGdKCuNpL08MQ==",
  "MALFORMED,unique id must use = not >,6035731a2cbb022cbeb67645aa0f8a26653d8cc454e0e087d4d19d282b8da4bd:>1,YDVzGiy7Aiy-tnZFqg-KJmU9jMRU4OCH1NGdKCuNpL0-MQ==",
  "MALFORMED,unique id must use = not },6035731a2cbb022cbeb67645aa0f8a26653d8cc454e0e087d4d19d282b8da4bd:}1,YDVzGiy7Aiy-tnZFqg-KJmU9jMRU4OCH1NGdKCuNpL19MQ==",
  "MALFORMED,unique id must use = not {,6035731a2cbb022cbeb67645aa0f8a26653d8cc454e0e087d4d19d282b8da4bd:{1,YDVzGiy7Aiy-tnZFqg-KJmU9jMRU4OCH1NGdKCuNpL17MQ==",
  "MALFORMED,unique id cannot be overridden,7a63a2966d38e6fed89256d4a6e983a6813bf084d4fc6c20b9cdaef24b23fa7e:=1-2&=3,emOilm045v7YklbUpumDpoE78ITU_Gwguc2u8ksj-n49MS0yJj0z",
  "MALFORMED,version cannot be overridden,db823224f960976b3ee142ce8899fc7ea461b42617e7d16167b1886c5988c628:=1-2&=1-3,24IyJPlgl2s-4ULOiJn8fqRhtCYX59FhZ7GIbFmIxig9MS0yJj0xLTM=",
  "MALFORMED,Bad condition \",76bdd625de0e12058956e6c8a07cac58d7dc2253609a6bfb959f87cc094f3f0f:f1\"11,dr3WJd4OEgWJVubIoHysWNfcIlNgmmv7lZ-HzAlPPw9mMSIxMQ==",
  "MALFORMED,Bad condition &,76bdd625de0e12058956e6c8a07cac58d7dc2253609a6bfb959f87cc094f3f0f:f1&11,dr3WJd4OEgWJVubIoHysWNfcIlNgmmv7lZ-HzAlPPw9mMSYxMQ==",
  "MALFORMED,Bad condition ',76bdd625de0e12058956e6c8a07cac58d7dc2253609a6bfb959f87cc094f3f0f:f1'11,dr3WJd4OEgWJVubIoHysWNfcIlNgmmv7lZ-HzAlPPw9mMScxMQ==",
  "MALFORMED,Bad condition (,76bdd625de0e12058956e6c8a07cac58d7dc2253609a6bfb959f87cc094f3f0f:f1(11,dr3WJd4OEgWJVubIoHysWNfcIlNgmmv7lZ-HzAlPPw9mMSgxMQ==",
  "MALFORMED,Bad condition ),76bdd625de0e12058956e6c8a07cac58d7dc2253609a6bfb959f87cc094f3f0f:f1)11,dr3WJd4OEgWJVubIoHysWNfcIlNgmmv7lZ-HzAlPPw9mMSkxMQ==",
  "MALFORMED,Bad condition *,76bdd625de0e12058956e6c8a07cac58d7dc2253609a6bfb959f87cc094f3f0f:f1*11,dr3WJd4OEgWJVubIoHysWNfcIlNgmmv7lZ-HzAlPPw9mMSoxMQ==",
  "MALFORMED,Bad condition +,76bdd625de0e12058956e6c8a07cac58d7dc2253609a6bfb959f87cc094f3f0f:f1+11,dr3WJd4OEgWJVubIoHysWNfcIlNgmmv7lZ-HzAlPPw9mMSsxMQ==",
  "MALFORMED,Bad condition -,76bdd625de0e12058956e6c8a07cac58d7dc2253609a6bfb959f87cc094f3f0f:f1-11,dr3WJd4OEgWJVubIoHysWNfcIlNgmmv7lZ-HzAlPPw9mMS0xMQ==",
  "MALFORMED,Bad condition .,76bdd625de0e12058956e6c8a07cac58d7dc2253609a6bfb959f87cc094f3f0f:f1.11,dr3WJd4OEgWJVubIoHysWNfcIlNgmmv7lZ-HzAlPPw9mMS4xMQ==",
  "MALFORMED,Bad condition :,76bdd625de0e12058956e6c8a07cac58d7dc2253609a6bfb959f87cc094f3f0f:f1:11,dr3WJd4OEgWJVubIoHysWNfcIlNgmmv7lZ-HzAlPPw9mMToxMQ==",
  "MALFORMED,Bad condition ;,76bdd625de0e12058956e6c8a07cac58d7dc2253609a6bfb959f87cc094f3f0f:f1;11,dr3WJd4OEgWJVubIoHysWNfcIlNgmmv7lZ-HzAlPPw9mMTsxMQ==",
  "MALFORMED,Bad condition ?,76bdd625de0e12058956e6c8a07cac58d7dc2253609a6bfb959f87cc094f3f0f:f1?11,dr3WJd4OEgWJVubIoHysWNfcIlNgmmv7lZ-HzAlPPw9mMT8xMQ==",
  "MALFORMED,Bad condition [,76bdd625de0e12058956e6c8a07cac58d7dc2253609a6bfb959f87cc094f3f0f:f1[11,dr3WJd4OEgWJVubIoHysWNfcIlNgmmv7lZ-HzAlPPw9mMVsxMQ==",
  "MALFORMED,Bad condition \\,76bdd625de0e12058956e6c8a07cac58d7dc2253609a6bfb959f87cc094f3f0f:f1\\11,dr3WJd4OEgWJVubIoHysWNfcIlNgmmv7lZ-HzAlPPw9mMVwxMQ==",
  "MALFORMED,Bad condition ],76bdd625de0e12058956e6c8a07cac58d7dc2253609a6bfb959f87cc094f3f0f:f1]11,dr3WJd4OEgWJVubIoHysWNfcIlNgmmv7lZ-HzAlPPw9mMV0xMQ==",
  "MALFORMED,Bad condition `,76bdd625de0e12058956e6c8a07cac58d7dc2253609a6bfb959f87cc094f3f0f:f1`11,dr3WJd4OEgWJVubIoHysWNfcIlNgmmv7lZ-HzAlPPw9mMWAxMQ==",
  "MALFORMED,Bad condition |,76bdd625de0e12058956e6c8a07cac58d7dc2253609a6bfb959f87cc094f3f0f:f1|11,dr3WJd4OEgWJVubIoHysWNfcIlNgmmv7lZ-HzAlPPw9mMXwxMQ==",
  "BAD DERIVATION,Incremented sha,76bdd625de0e12058956e6c8a07cac58d7dc2253609a6bfb959f87cc094f3f0e:f1#11,dr3WJd4OEgWJVubIoHysWNfcIlNgmmv7lZ-HzAlPPw5mMSMxMQ==",
  "BAD DERIVATION,Unchanged sha,76bdd625de0e12058956e6c8a07cac58d7dc2253609a6bfb959f87cc094f3f0f:f1#11&a=1,dr3WJd4OEgWJVubIoHysWNfcIlNgmmv7lZ-HzAlPPw9mMSMxMSZhPTE=",
];

type VectorCase =
  | { kind: 'VALID'; label: string; hexForm: string; base64: string; uniqueId?: string; version?: string }
  | { kind: 'DERIVE'; label: string; from: string; to: string; alternatives: Alternative[] }
  | { kind: 'MALFORMED' | 'BAD DERIVATION'; label: string; hexForm: string; base64: string }
  | { kind: 'PASS' | 'FAIL'; label: string; rune: string; facts: string[] };

/** Replays the CSV as `run.c` does: PASS / FAIL rows check the most recent VALID or DERIVE rune. */
function vectorCases(): VectorCase[] {
  const cases: VectorCase[] = [];
  let current = '';
  CLN_TEST_VECTORS_CSV.forEach((line, index) => {
    const parts = line.split(',');
    const [kind, a = '', b = '', c = ''] = parts;
    const label = `line ${index + 1}: ${line}`;
    if (kind === 'VALID') {
      current = c;
      cases.push({ kind, label, hexForm: b, base64: c, ...(parts[4] ? { uniqueId: parts[4] } : {}), ...(parts[5] ? { version: parts[5] } : {}) });
    } else if (kind === 'DERIVE') {
      current = c;
      const alternatives: Alternative[] = [];
      for (let j = 4; j < parts.length; j += 3) alternatives.push(new Alternative(parts[j]!, parts[j + 1] as Operator, parts[j + 2]!));
      cases.push({ kind, label, from: b, to: c, alternatives });
    } else if (kind === 'MALFORMED' || kind === 'BAD DERIVATION') {
      cases.push({ kind, label, hexForm: b, base64: c });
    } else if (kind === 'PASS' || kind === 'FAIL') {
      cases.push({ kind, label, rune: current, facts: parts.slice(1) });
    } else {
      throw new Error(`unknown vector row ${label} (${a})`);
    }
  });
  return cases;
}

/** The C harness's lookup: the last `field=value` fact for the field; absent means missing. */
function factsAsValues(facts: string[]): FieldValues {
  return (field) => facts.filter((fact) => fact.startsWith(`${field}=`)).map((fact) => fact.slice(field.length + 1)).pop();
}

describe('Core Lightning rune test vectors (ccan/rune test_vectors.csv)', () => {
  const master = new MasterRune(ZERO_SECRET_16);
  const cases = vectorCases();

  it('covers all 156 rows', () => {
    expect(cases).toHaveLength(156);
  });

  it.each(cases.map((c) => [c.label, c] as const))('%s', (_label, vector) => {
    switch (vector.kind) {
      case 'VALID': {
        const fromHex = Rune.fromHexForm(vector.hexForm);
        const fromBase64 = Rune.fromBase64(vector.base64);
        expect(fromHex.toBase64()).toBe(vector.base64);
        expect(fromBase64.toHexForm()).toBe(vector.hexForm);
        expect(master.authenticate(fromHex)).toBe(true);
        expect(master.authenticate(fromBase64)).toBe(true);
        expect(fromBase64.uniqueId).toBe(vector.uniqueId);
        expect(fromBase64.version).toBe(vector.version);
        break;
      }
      case 'DERIVE': {
        const from = Rune.fromBase64(vector.from);
        expect(master.authenticate(from)).toBe(true);
        expect(master.authenticate(Rune.fromBase64(vector.to))).toBe(true);
        expect(from.withRestrictions([new Restriction(vector.alternatives)]).toBase64()).toBe(vector.to);
        break;
      }
      case 'MALFORMED':
        expect(() => Rune.fromHexForm(vector.hexForm)).toThrow(RuneError);
        expect(() => Rune.fromBase64(vector.base64)).toThrow(RuneError);
        break;
      case 'BAD DERIVATION': {
        const rune = Rune.fromBase64(vector.base64);
        expect(Rune.fromHexForm(vector.hexForm).toBase64()).toBe(vector.base64);
        expect(master.authenticate(rune)).toBe(false);
        expect(master.check(rune, {})).toMatchObject({ ok: false, reason: expect.stringMatching(/not authentic/) });
        break;
      }
      case 'PASS':
      case 'FAIL':
        expect(master.check(Rune.fromBase64(vector.rune), factsAsValues(vector.facts)).ok).toBe(vector.kind === 'PASS');
        break;
    }
  });
});

describe('Core Lightning runes from tests/test_runes.py (commando secret 4ac01813…e595)', () => {
  const master = new MasterRune(fromHex('4ac018131e70b044e17891e67960f59b9d602525d3aef9956e900189f456e595'));
  const rune4 = 'ixuStVB4oewJtVNnim1P_qEL89ZU0G8Tnxg_JZgJTUk9MyZpZF4wMjJkMjIzNjIwYTM1OWE0N2ZmNyZtZXRob2Q9bGlzdHBlZXJz';
  const rune5 = 'NUPHrMs1TEdfWbRfO_KJ4rXhJSBjmSqbdcz-W0yH9J89MyZpZF4wMjJkMjIzNjIwYTM1OWE0N2ZmNyZtZXRob2Q9bGlzdHBlZXJzJnBuYW1lbGV2ZWwhfHBuYW1lbGV2ZWwvaW8=';
  const rune7 = 'k6kQt9dkGMaz75f51-PEkPk8Qovbiqz2HXconizqa-w9NCZwbnVtPTA=';
  const rune8 = 'jHidm2_terhiOytrn8xgEWR1pvFkKuoIvKgvcEeLLQQ9NCZwbnVtPTAmcmF0ZT0z';

  it('mints createrune results', () => {
    const mint = (id: number, restrictions: string[]) => master.mint(restrictions, { uniqueId: id }).toBase64();
    expect(mint(0, [])).toBe('I9TZsYEWiAwThQye-gYhpWIe1h15szWEN_qNyMSBOdE9MA==');
    expect(mint(1, ['method^list|method^get|method=summary', 'method/listdatastore'])).toBe(
      's0IEnsikGDw76tdpAiMbqzigYhlkjqSVh0ZuvJ1Np1w9MSZtZXRob2RebGlzdHxtZXRob2ReZ2V0fG1ldGhvZD1zdW1tYXJ5Jm1ldGhvZC9saXN0ZGF0YXN0b3Jl',
    );
    expect(mint(2, ['time>1656675211'])).toBe('K0c0pWvBWb3y9HF1GMy33Zx2KRg1zcEvQLr2vtWwMew9MiZ0aW1lPjE2NTY2NzUyMTE=');
    expect(mint(3, ['id^022d223620a359a47ff7', 'method=listpeers'])).toBe(rune4);
    expect(mint(4, ['pnum=0'])).toBe(rune7);
  });

  it('appends restrictions to existing runes as createrune does', () => {
    expect(Rune.fromBase64(rune4).withRestrictions(['pnamelevel!|pnamelevel/io']).toBase64()).toBe(rune5);
    expect(Rune.fromBase64(rune5).withRestrictions(['parr1!|parr1/io']).toBase64()).toBe(
      'sloBq0jn21v4LWhkswsHZgdtvQ0-jqgXXp_2jNNWLJA9MyZpZF4wMjJkMjIzNjIwYTM1OWE0N2ZmNyZtZXRob2Q9bGlzdHBlZXJzJnBuYW1lbGV2ZWwhfHBuYW1lbGV2ZWwvaW8mcGFycjEhfHBhcnIxL2lv',
    );
    expect(Rune.fromBase64(rune7).withRestrictions(['rate=3']).toBase64()).toBe(rune8);
    const rune9 = Rune.fromBase64(rune8).withRestrictions([Restriction.parse('rate=1')]);
    expect(rune9.toBase64()).toBe('AWO9sW94iv7Y99h0b6kyQO5yePUXQOSIpSuTRp8XFTM9NCZwbnVtPTAmcmF0ZT0zJnJhdGU9MQ==');
    expect(master.authenticate(rune9)).toBe(true);
    expect(rune9.uniqueId).toBe('4');
  });

  it('keeps an escaped "|" in a value through createrune\'s unescaped array form', () => {
    const alternative = Alternative.fromUnescaped('pnamedescription=@tipjar|jb55@sendsats.lol');
    expect(alternative).toMatchObject({ field: 'pnamedescription', operator: '=', value: '@tipjar|jb55@sendsats.lol' });
    const rune = master.mint(['method=invoice', new Restriction([alternative])], { uniqueId: 9 });
    expect(rune.restrictionsText).toBe('=9&method=invoice&pnamedescription=@tipjar\\|jb55@sendsats.lol');
    const facts = { method: 'invoice', pnamedescription: '@tipjar|jb55@sendsats.lol' };
    expect(master.check(Rune.fromBase64(rune.toBase64()), facts)).toEqual({ ok: true });
    expect(master.check(rune, { ...facts, pnamedescription: '@tipjar\\|jb55@sendsats.lol' }).ok).toBe(false);
  });

  it('mints the rune =0 that lightningd issued for the "abandon … about" mnemonic (cln-hsmd.md §5.9)', () => {
    const commando = new MasterRune(fromHex('836f8b35485adc06288c7fbf919b7ef2be20d7e823ebce67dc4287613d230679'));
    expect(commando.mint([], { uniqueId: 0 }).toBase64()).toBe('RecGdscAgEvYRuj7L78yg_T98XLA5_wKyGYlpV6ehbA9MA==');
  });
});

describe('restriction text', () => {
  it('parses fields, operators, alternatives and restrictions', () => {
    const [first, second] = parseRestrictions('method^list|method^get&time<1700000000');
    expect(first!.alternatives.map((a) => [a.field, a.operator, a.value])).toEqual([
      ['method', '^', 'list'],
      ['method', '^', 'get'],
    ]);
    expect(second!.alternatives[0]).toMatchObject({ field: 'time', operator: '<', value: '1700000000' });
    expect(parseRestrictions('')).toEqual([]);
    expect(Alternative.parse('pnamea_b=1')).toMatchObject({ field: 'pnamea_b', operator: '=', value: '1' });
    expect(Alternative.parse('f1!')).toMatchObject({ field: 'f1', operator: '!', value: '' });
  });

  it('escapes \\, | and & in values and round-trips them', () => {
    const values = ['a|b', 'a&b', 'back\\slash', '\\|&\\\\&&||', 'plain', '', 'ünïcødé 😀', '=^$~<>{}#!/'];
    for (const value of values) {
      const alternative = new Alternative('f', '=', value);
      const restriction = Restriction.parse(alternative.encode());
      expect(restriction.alternatives).toHaveLength(1);
      expect(restriction.alternatives[0]!.value).toBe(value);
      expect(restriction.encode()).toBe(alternative.encode());
    }
    expect(new Alternative('f', '~', 'a|b&c\\d').encode()).toBe('f~a\\|b\\&c\\\\d');
    const restrictions = parseRestrictions('f1=1|f2=3&f3~\\&\\|\\\\');
    expect(restrictions[1]!.alternatives[0]!.value).toBe('&|\\');
  });

  it('reads an unnecessary escape as the plain character (as ccan and runeauth do)', () => {
    expect(Alternative.parse('f=\\a\\b').value).toBe('ab');
  });

  it('refuses malformed text with a message saying what is wrong', () => {
    expect(() => parseRestrictions('nocondition')).toThrow(/"nocondition" has no operator/);
    expect(() => parseRestrictions('f1"11')).toThrow(/"\\"" after "f1" is not an operator/);
    expect(() => parseRestrictions('f1-11')).toThrow(/"-" after "f1" is not an operator/);
    expect(() => parseRestrictions('f1=1&&f2=2')).toThrow(/"&" after "" is not an operator/);
    expect(() => parseRestrictions('f1=1|')).toThrow(/dangling "\|"/);
    expect(() => parseRestrictions('f1=1&')).toThrow(/dangling "&"/);
    expect(() => parseRestrictions('f1=ab\\')).toThrow(/lone backslash/);
    expect(() => Restriction.parse('a=1&b=2')).toThrow(/2 restrictions, expected one/);
    expect(() => Alternative.parse('a=1|b=2')).toThrow(/more than one alternative/);
    expect(() => new Alternative('f.1', '=', 'x')).toThrow(/field name "f.1" contains "."/);
    expect(() => new Alternative('f', '?' as Operator, 'x')).toThrow(/not an operator/);
    expect(() => new Alternative('f', '=', 'nul\0')).toThrow(/NUL/);
    expect(() => new Restriction([])).toThrow(/at least one alternative/);
    expect(() => Alternative.fromUnescaped('method')).toThrow(/no operator/);
    expect(() => Restriction.parse('')).toThrow(/empty string is not a restriction/);
  });

  it('builds unique-id restrictions', () => {
    expect(Restriction.uniqueId('0', 'gl0').encode()).toBe('=0-gl0');
    expect(Restriction.uniqueId('7').encode()).toBe('=7');
    expect(() => Restriction.uniqueId('1-2')).toThrow(/no "-"/);
    expect(() => Restriction.uniqueId('')).toThrow(/non-empty/);
  });
});

describe('runes', () => {
  const master = new MasterRune(ZERO_SECRET_16);

  it('places the unique id only first, alone, and with "="', () => {
    const id = Restriction.uniqueId('1');
    expect(() => new Rune(new Uint8Array(32), [Restriction.parse('f=1'), id])).toThrow(/only the first restriction may be a unique id/);
    expect(() => new Rune(new Uint8Array(32), [Restriction.parse('=1|f=2')])).toThrow(/cannot have alternatives/);
    expect(() => new Rune(new Uint8Array(32), [Restriction.parse('!1')])).toThrow(/must use "="/);
    expect(() => master.mint(['=2'], { uniqueId: 1 })).toThrow(/only the first restriction/);
    const rune = master.mint(['f=1'], { uniqueId: 12, version: 'v3' });
    expect([rune.uniqueId, rune.version, rune.restrictionsText]).toEqual(['12', 'v3', '=12-v3&f=1']);
    expect(() => rune.withRestrictions(['=13'])).toThrow(/only the first restriction/);
  });

  it('stays valid when restrictions are appended, without the secret', () => {
    const rune = master.mint(['method^list'], { uniqueId: 1 });
    const narrower = Rune.fromBase64(rune.toBase64()).withRestrictions(['time<1700000000', 'pubkey=02ab|pubkey=03cd']);
    expect(master.authenticate(narrower)).toBe(true);
    expect(narrower.restrictionsText).toBe('=1&method^list&time<1700000000&pubkey=02ab|pubkey=03cd');
    expect(master.authenticate(narrower.withRestrictions([]))).toBe(true);
    // Long restrictions cross block boundaries: the resumed length must still be right.
    const long = narrower.withRestrictions([`f=${'v'.repeat(130)}`]).withRestrictions(['g=1']);
    expect(master.authenticate(long)).toBe(true);
    expect(hex(long.authcode)).toBe(hex(master.mint(['method^list', 'time<1700000000', 'pubkey=02ab|pubkey=03cd', `f=${'v'.repeat(130)}`, 'g=1'], { uniqueId: 1 }).authcode));
  });

  it('cannot lose, reorder or change restrictions', () => {
    const rune = master.mint(['method=getinfo', 'time<1700000000'], { uniqueId: 1 });
    const withAuthcode = (text: string) => Rune.fromHexForm(`${hex(rune.authcode)}:${text}`);
    expect(master.authenticate(withAuthcode('=1&method=getinfo&time<1700000000'))).toBe(true);
    for (const forged of ['=1&method=getinfo', '=1&time<1700000000', '=1&time<1700000000&method=getinfo', '=1&method=pay&time<1700000000', '=1&method=getinfo&time<1800000000', '=2&method=getinfo&time<1700000000', 'method=getinfo&time<1700000000', '']) {
      expect(master.authenticate(withAuthcode(forged)), forged).toBe(false);
    }
  });

  it('fails when the authcode is tampered with', () => {
    const rune = master.mint(['method=getinfo'], { uniqueId: 1 });
    for (let i = 0; i < 32; i++) {
      const authcode = rune.authcode;
      authcode[i]! ^= 0x01;
      expect(master.authenticate(new Rune(authcode, rune.restrictions))).toBe(false);
    }
    expect(master.check(new Rune(new Uint8Array(32), rune.restrictions), { method: 'getinfo' })).toEqual({
      ok: false,
      reason: 'rune is not authentic: its authcode does not match its restrictions under this secret',
    });
    expect(new MasterRune(new Uint8Array(16).fill(1)).authenticate(rune)).toBe(false);
  });

  it('does not let its authcode be changed from outside', () => {
    const rune = master.mint([], { uniqueId: 1 });
    rune.authcode.fill(0);
    expect(master.authenticate(rune)).toBe(true);
  });

  it('prints base64url with padding, and a hex form', () => {
    const rune = master.mint(['f=?>'], { uniqueId: 1 });
    expect(rune.toBase64()).toMatch(/^[A-Za-z0-9_-]+={0,2}$/);
    expect(rune.toBase64().length % 4).toBe(0);
    expect(rune.toHexForm()).toBe(`${hex(rune.authcode)}:=1&f=?>`);
    expect(Rune.fromBase64(rune.toBase64()).toHexForm()).toBe(rune.toHexForm());
    expect(Rune.fromBytes(rune.toBytes()).toBase64()).toBe(rune.toBase64());
  });

  it('accepts base64url without padding but nothing looser', () => {
    const text = 'YDVzGiy7Aiy-tnZFqg-KJmU9jMRU4OCH1NGdKCuNpL09MQ==';
    expect(Rune.fromBase64(text.replace(/=+$/, '')).toBase64()).toBe(text);
    expect(() => Rune.fromBase64('')).toThrow(/empty/);
    expect(() => Rune.fromBase64('YDVz+iy7')).toThrow(/"\+" at position 4 \(that is standard base64/);
    expect(() => Rune.fromBase64('YDVz Giy7')).toThrow(/" " at position 4/);
    expect(() => Rune.fromBase64('YDVz=Giy7')).toThrow(/"=" at position 4/);
    expect(() => Rune.fromBase64(`${text}=`)).toThrow(/"=" at position/);
    expect(() => Rune.fromBase64(text.slice(0, -1))).toThrow(/impossible base64 length/);
    expect(() => Rune.fromBase64('YDVzG')).toThrow(/impossible base64 length/);
    expect(() => Rune.fromBase64('YDVzGiy7Aiy-tnZFqg-KJmU9jMRU4OCH1NGdKCuNpL09MR==')).toThrow(/not canonical/);
  });

  it('refuses runes too short to hold an authcode, and undecodable restrictions', () => {
    expect(() => Rune.fromBase64('AAAA')).toThrow(/at least 32 bytes \(its authcode\), this one has 3/);
    expect(() => Rune.fromBase64(Buffer.alloc(31).toString('base64url'))).toThrow(/this one has 31/);
    expect(() => Rune.fromBytes(new Uint8Array([...new Uint8Array(32), 0x66, 0x3d, 0xff]))).toThrow(/not valid UTF-8/);
    expect(() => Rune.fromBytes(new Uint8Array([...new Uint8Array(32), 0x66, 0x3d, 0x00]))).toThrow(/malformed: .*NUL/);
    expect(() => Rune.fromBytes(new Uint8Array([...new Uint8Array(32), ...Buffer.from('f1')]))).toThrow(/malformed: "f1" has no operator/);
    expect(() => Rune.fromHexForm('abcd:f=1')).toThrow(/64 hex digits and ":"/);
    expect(() => new Rune(new Uint8Array(31), [])).toThrow(/32 bytes/);
  });
});

describe('master runes', () => {
  it('take secrets of 1 to 55 bytes', () => {
    expect(() => new MasterRune(new Uint8Array(0))).toThrow(/1 to 55 bytes/);
    expect(() => new MasterRune(new Uint8Array(56))).toThrow(/1 to 55 bytes, got 56/);
    expect(new MasterRune(new Uint8Array(55)).mint([]).restrictions).toEqual([]);
  });

  it('version their runes through the unique id and refuse other versions', () => {
    const secret = new Uint8Array(32).fill(7);
    const v1 = new MasterRune(secret, { version: 'v1' });
    const rune = v1.mint(['f=1'], { uniqueId: 3 });
    expect(rune.restrictionsText).toBe('=3-v1&f=1');
    expect(v1.check(rune, { f: '1' })).toEqual({ ok: true });
    const v2 = new MasterRune(secret, { version: 'v2' });
    expect(v2.authenticate(rune)).toBe(true);
    expect(v2.check(rune, { f: '1' })).toEqual({ ok: false, reason: 'rune version is "v1", expected "v2"' });
    expect(new MasterRune(secret).check(rune, { f: '1' })).toEqual({ ok: false, reason: 'rune version is "v1", expected none' });
    expect(() => v1.mint(['f=1'])).toThrow(/needs a unique id/);
    expect(() => new MasterRune(secret).mint([], { version: 'x' })).toThrow(/needs a unique id/);
    expect(() => new MasterRune(secret, { version: '' })).toThrow(/cannot be empty/);
  });
});

describe('checking restrictions', () => {
  const master = new MasterRune(ZERO_SECRET_16);
  const check = (restriction: string, values: FieldValues) => master.check(master.mint([restriction], { uniqueId: 1 }), values);
  const passes = (restriction: string, value: string | number | bigint | undefined) =>
    whyAlternativeFails(Alternative.parse(restriction), value) === undefined;

  it('applies each operator', () => {
    const table: Array<[string, Array<string | number | bigint | undefined>, Array<string | number | bigint | undefined>]> = [
      // restriction, values that pass, values that fail
      ['f!', [undefined], ['', 'x', 0]],
      ['f=v1', ['v1'], ['v', 'v1a', 'V1', '', undefined]],
      ['f/v1', ['v2', 'v', 'v1a', ''], ['v1', undefined]],
      ['f^v1', ['v1', 'v1a'], ['2v1', 'v', undefined]],
      ['f$v1', ['v1', '2v1'], ['v1a', undefined]],
      ['f~v1', ['v1', 'av1b'], ['1v2', undefined]],
      ['f<10', ['9', -5, 9n, '-9223372036854775808', '+3', '007'], ['10', 11, 'ten', '9.5', '', ' 9', '9223372036854775808', undefined]],
      ['f>10', ['11', 11, 2n ** 62n], ['10', '-11', 'eleven', 1e300, undefined]],
      ['f{11', ['0', '1', '\t', '/', '10', ''], ['11', '111', 'v1', ':', undefined]],
      ['f}11', ['111', 'v1', ':', '2'], ['0', '1', '11', '/', undefined]],
      ['f#any comment', [undefined, '', 'x'], []],
      ['f=12', ['12', 12, 12n], ['012', 13]],
    ];
    for (const [restriction, pass, fail] of table) {
      for (const value of pass) expect(passes(restriction, value), `${restriction} with ${String(value)}`).toBe(true);
      for (const value of fail) expect(passes(restriction, value), `${restriction} with ${String(value)}`).toBe(false);
    }
  });

  it('orders lexicographically by UTF-8 bytes, not UTF-16 units', () => {
    // U+FFFF sorts before U+1F600 in UTF-8 (ef bf bf < f0 9f 98 80) but after it in UTF-16.
    expect(passes('f{😀', '\uffff')).toBe(true);
    expect(passes('f}😀', '\uffff')).toBe(false);
  });

  it('names the restriction that failed and what the request had', () => {
    expect(check('method=getinfo', { method: 'pay' })).toMatchObject({ ok: false, reason: 'method=getinfo: method is "pay"' });
    expect(check('method^list|method^get', { method: 'pay' })).toMatchObject({ reason: 'method^list|method^get: method is "pay"' });
    expect(check('method=getinfo|pubkey=02ab', { method: 'pay', pubkey: '03cd' })).toMatchObject({
      reason: 'method=getinfo|pubkey=02ab: method is "pay"; pubkey is "03cd"',
    });
    expect(check('time<1700000000', { time: 1700000001 })).toMatchObject({ reason: 'time<1700000000: time is 1700000001' });
    expect(check('time<1700000000', {})).toMatchObject({ reason: 'time<1700000000: time is missing' });
    expect(check('f!', { f: 'x' })).toMatchObject({ reason: 'f!: f is "x"' });
    const result = master.check(master.mint(['method^list', 'time<5'], { uniqueId: 1 }), { method: 'listpeers', time: 9 });
    expect(result).toMatchObject({ ok: false, reason: 'time<5: time is 9' });
    expect(result.ok === false && result.restriction?.encode()).toBe('time<5');
  });

  it('fails integer comparisons on non-integers with a clear reason', () => {
    expect(check('time<1700000000', { time: 'soon' })).toMatchObject({ reason: 'time<1700000000: time is "soon", not an integer' });
    expect(check('time<never', { time: 5 })).toMatchObject({ reason: 'time<never: "never" in the rune is not an integer' });
    expect(check('f>1', { f: 1.5 })).toMatchObject({ reason: 'f>1: f is 1.5, not an integer' });
  });

  it('passes when every restriction has a passing alternative', () => {
    const rune = master.mint(['method^list|method^get', 'time<1700000000', 'note#whatever'], { uniqueId: 1 });
    expect(master.check(rune, { method: 'getinfo', time: 1600000000 })).toEqual({ ok: true });
    expect(master.check(master.mint([], { uniqueId: 1 }), {})).toEqual({ ok: true });
  });

  it('treats fields not given as missing, whatever the object inherits', () => {
    expect(check('constructor!', {}).ok).toBe(true);
    expect(check('toString=x', {})).toMatchObject({ reason: 'toString=x: toString is missing' });
    expect(check('f=1', new Map([['f', '1']])).ok).toBe(true);
    expect(check('f=1', new Map()).ok).toBe(false);
    expect(check('f=1', (field) => (field === 'f' ? 1 : undefined)).ok).toBe(true);
  });

  it('does not evaluate the unique id', () => {
    expect(master.check(master.mint([], { uniqueId: 5 }), { '': 'something else' })).toEqual({ ok: true });
  });
});

describe('Greenlight runes', () => {
  const seed = new Uint8Array(32);
  const master = greenlightMasterRune(seed);
  const device = '04' + 'ab'.repeat(64);
  const noon = new Date('2023-11-14T12:00:00Z'); // 1699963200

  it('derives the rune secret for seed 00×32 (greenlight.md §12)', () => {
    expect(hex(greenlightRuneSecret(seed))).toBe('42bcdfba3bc96ab8f55f3af2b841beda44c6c9dffc859b7c959e10393b174e80');
    expect(() => greenlightRuneSecret(new Uint8Array(64))).toThrow(/32 bytes, got 64/);
  });

  it('matches create_rune(None, [["pubkey=000000"]]) for seed 00×32', () => {
    const text = createGreenlightRune(master, [['pubkey=000000']]);
    expect(text).toBe('2KbDsm4m62uytCvceNCtXIvo0Snjn6-q21J4hafbD049MC1nbDAmcHVia2V5PTAwMDAwMA==');
    const rune = Rune.fromBase64(text);
    expect(hex(rune.authcode)).toMatch(/^d8a6c3b2.*0f4e$/);
    expect(rune.restrictionsText).toBe('=0-gl0&pubkey=000000');
  });

  it('reproduces the create_rune docstring value made with the legacy "rune secret" derivation', () => {
    const legacySecret = hkdf(sha256, seed, new Uint8Array(0), new TextEncoder().encode('rune secret'), 32);
    const legacy = new MasterRune(legacySecret, { version: 'gl0' });
    expect(createGreenlightRune(legacy, [['pubkey=000000']])).toBe('wjEjvKoFJToMLBv4QVbJpSbMoGFlnYVxs8yy40PIBgs9MC1nbDAmcHVia2V5PTAwMDAwMA==');
  });

  it('requires a pubkey= restriction on new runes', () => {
    for (const groups of [[], [['method=getinfo']], [['pubkey^04']], [['pubkey/04ab']]]) {
      expect(() => createGreenlightRune(master, groups)).toThrow('Missing a restriction on the pubkey');
    }
    expect(Rune.fromBase64(createGreenlightRune(master, [['method^list', 'method^get'], ['pubkey=aa', 'pubkey=bb']])).restrictionsText).toBe(
      '=0-gl0&method^list|method^get&pubkey=aa|pubkey=bb',
    );
  });

  it('appends to an existing rune of its own, and refuses others', () => {
    const base = createGreenlightRune(master, [[`pubkey=${device}`]]);
    const readOnly = createGreenlightRune(master, [['method^list', 'method^get']], base);
    expect(Rune.fromBase64(readOnly).restrictionsText).toBe(`=0-gl0&pubkey=${device}&method^list|method^get`);
    expect(master.authenticate(Rune.fromBase64(readOnly))).toBe(true);
    const stranger = greenlightMasterRune(new Uint8Array(32).fill(1));
    expect(() => createGreenlightRune(stranger, [['method^list']], base)).toThrow(/not issued by this signer/);
    expect(() => createGreenlightRune(master, [['method^list|']], base)).toThrow(RuneError);
  });

  it('verifies requests by lowercased method, device key and time', () => {
    const rune = createGreenlightRune(master, [[`pubkey=${device}`], ['method^list', 'method=getinfo'], [`time<${1699963200 + 60}`]]);
    const request = { method: 'ListPeers', pubkey: device.toUpperCase(), now: noon };
    expect(verifyGreenlightRune(master, rune, request)).toEqual({ ok: true });
    expect(verifyGreenlightRune(master, rune, { ...request, pubkey: fromHex(device) })).toEqual({ ok: true });
    expect(verifyGreenlightRune(master, Rune.fromBase64(rune), { ...request, method: 'getinfo' })).toEqual({ ok: true });
    expect(verifyGreenlightRune(master, rune, { ...request, method: 'Pay' })).toMatchObject({
      ok: false,
      reason: 'method^list|method=getinfo: method is "pay"',
    });
    expect(verifyGreenlightRune(master, rune, { ...request, pubkey: '04' + 'cd'.repeat(64) })).toMatchObject({
      ok: false,
      reason: `pubkey=${device}: pubkey is "04${'cd'.repeat(64)}"`,
    });
    expect(verifyGreenlightRune(master, rune, { ...request, now: new Date((1699963200 + 61) * 1000) })).toMatchObject({
      ok: false,
      reason: `time<1699963260: time is 1699963261`,
    });
  });

  it('refuses runes of other signers, other versions, without a pubkey restriction, or garbled', () => {
    const request = { method: 'getinfo', pubkey: device, now: noon };
    const stranger = greenlightMasterRune(new Uint8Array(32).fill(1));
    const theirs = createGreenlightRune(stranger, [[`pubkey=${device}`]]);
    expect(verifyGreenlightRune(master, theirs, request)).toMatchObject({ ok: false, reason: expect.stringMatching(/not authentic/) });
    const gl1 = new MasterRune(greenlightRuneSecret(seed), { version: 'gl1' }).mint([`pubkey=${device}`], { uniqueId: 0 });
    expect(verifyGreenlightRune(master, gl1, request)).toEqual({ ok: false, reason: 'rune version is "gl1", expected "gl0"' });
    const unbound = master.mint(['method=getinfo'], { uniqueId: 0 });
    expect(verifyGreenlightRune(master, unbound, request)).toEqual({ ok: false, reason: 'rune has no restriction on the pubkey' });
    expect(verifyGreenlightRune(master, 'not a rune!', request)).toMatchObject({ ok: false, reason: expect.stringMatching(/not base64url/) });
    expect(verifyGreenlightRune(master, 'AAAA', request)).toMatchObject({ ok: false, reason: expect.stringMatching(/at least 32 bytes/) });
  });

  it('gives unknown fields the empty string, so "!" never passes on them', () => {
    const rune = Rune.fromBase64(createGreenlightRune(master, [[`pubkey=${device}`]]));
    const values = greenlightFieldValues(rune, { method: 'GetInfo', pubkey: device, now: noon });
    expect([values('method'), values('pubkey'), values('time'), values(''), values('pnameamount'), values('constructor')]).toEqual([
      'getinfo',
      device,
      1699963200,
      '0-gl0',
      '',
      '',
    ]);
    const request = { method: 'getinfo', pubkey: device, now: noon };
    const base = createGreenlightRune(master, [[`pubkey=${device}`]]);
    expect(verifyGreenlightRune(master, createGreenlightRune(master, [['pnameamount!']], base), request)).toMatchObject({
      ok: false,
      reason: 'pnameamount!: pnameamount is ""',
    });
    expect(verifyGreenlightRune(master, createGreenlightRune(master, [['rate=']], base), request)).toEqual({ ok: true });
  });

  it("never matches gl-client's capitalised ReadOnly rule (greenlight.md §3.3 gotcha)", () => {
    const base = createGreenlightRune(master, [[`pubkey=${device}`]]);
    const readOnly = createGreenlightRune(master, [['method^Get', 'method^List']], base);
    expect(verifyGreenlightRune(master, readOnly, { method: 'ListPeers', pubkey: device, now: noon }).ok).toBe(false);
  });

  it('takes the method from gRPC paths of cln.Node and greenlight.Node only', () => {
    expect(greenlightMethodFromPath('/cln.Node/CreateInvoice')).toBe('createinvoice');
    expect(greenlightMethodFromPath('/greenlight.Node/LspInvoice')).toBe('lspinvoice');
    expect(() => greenlightMethodFromPath('/scheduler.Scheduler/Register')).toThrow(/service scheduler.Scheduler is not valid/);
    expect(() => greenlightMethodFromPath('cln.Node/Getinfo')).toThrow(/not a gRPC method path/);
    expect(() => greenlightMethodFromPath('/cln.Node')).toThrow(/not a gRPC method path/);
  });
});
