// The cln.Node service as proto-loader defines it (the same definition the gateway serves), for tests that put
// mapped objects through the real request/response (de)serializers.
import { loadProtos } from '@greenhouse/common/proto';

interface MethodCodec {
  requestSerialize(value: unknown): Buffer;
  requestDeserialize(bytes: Buffer): Record<string, unknown>;
  responseSerialize(value: unknown): Buffer;
  responseDeserialize(bytes: Buffer): Record<string, unknown>;
}

export function nodeMethod(rpcName: string): MethodCodec {
  const service = loadProtos().definition['cln.Node'] as unknown as Record<string, MethodCodec>;
  const method = service[rpcName];
  if (!method) throw new Error(`cln.Node has no ${rpcName}`);
  return method;
}

/** A request as the gateway receives it: built by hand, then through proto-loader's wire codec. */
export function decodedRequest(rpcName: string, request: Record<string, unknown>): Record<string, unknown> {
  const method = nodeMethod(rpcName);
  return method.requestDeserialize(method.requestSerialize(request));
}

/** A response after serialization and deserialization, as a gRPC client would see it. */
export function responseOverTheWire(rpcName: string, response: Record<string, unknown>): Record<string, unknown> {
  const method = nodeMethod(rpcName);
  return method.responseDeserialize(method.responseSerialize(response));
}
