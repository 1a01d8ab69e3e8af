// Builds PendingRequests the way a gateway attaches a device's signed call, for signer tests.
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { MethodDefinition } from '@grpc/proto-loader';
import { grpcFrame, loadProtos, signRequest, uncompressedPublicKey } from '@greenhouse/common';
import { Rune, createGreenlightRune, type MasterRune } from '@greenhouse/common/runes';
import type { PendingRequest__Output } from '@greenhouse/common/generated/greenlight/PendingRequest.ts';

export class TestDevice {
  readonly key: KeyObject = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
  readonly pubkey = uncompressedPublicKey(this.key);

  /** A rune for this device from `master`, with extra restriction groups (e.g. [['method=invoice']]). */
  rune(master: MasterRune, extra: string[][] = []): string {
    return createGreenlightRune(master, [[`pubkey=${this.pubkey.toString('hex')}`], ...extra]);
  }

  call(uri: string, request: object, rune: string, timestampMs = BigInt(Date.now())): PendingRequest__Output {
    const [, service, method] = uri.split('/');
    const definition = (loadProtos().definition[service!] as Record<string, MethodDefinition<object, object>>)[method!]!;
    const frame = grpcFrame(definition.requestSerialize(request));
    const { signature } = signRequest(this.key, frame, timestampMs);
    return {
      request: frame,
      uri,
      signature,
      pubkey: this.pubkey,
      timestamp: timestampMs.toString(),
      rune: Buffer.from(Rune.fromBase64(rune).toBytes()),
    };
  }
}
