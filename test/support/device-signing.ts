// A grpc-js client interceptor that signs every call as a Greenlight client does (research §4.4):
// the device key signs the request's frame and the time, and the device's rune goes along. Calls
// that already carry any of the four headers (tests of forged or partial ones) are sent as they are.
import { createPrivateKey } from 'node:crypto';
import { InterceptingCall, type Interceptor, type Listener, type Metadata } from '@grpc/grpc-js';
import { authMetadata, grpcFrame, signRequest } from '@greenhouse/common';

export function deviceSigning(keyPem: string, rune: string): Interceptor {
  const key = createPrivateKey(keyPem);
  return (options, nextCall) => {
    let pending: { metadata: Metadata; listener: Listener; start: (metadata: Metadata, listener: Listener) => void } | undefined;
    return new InterceptingCall(nextCall(options), {
      // The headers depend on the message: hold the start until the message is known.
      start(metadata, listener, next) {
        pending = { metadata, listener, start: next };
      },
      sendMessage(message, next) {
        if (pending) {
          const { metadata, listener, start } = pending;
          pending = undefined;
          if (!['glauthpubkey', 'glauthsig', 'glts', 'glrune'].some((name) => metadata.get(name).length > 0)) {
            const timestampMs = BigInt(Date.now());
            const body = options.method_definition.requestSerialize(message) as Buffer;
            authMetadata({ ...signRequest(key, grpcFrame(body), timestampMs), timestampMs, rune }, metadata);
          }
          start(metadata, listener);
        }
        next(message);
      },
    });
  };
}
