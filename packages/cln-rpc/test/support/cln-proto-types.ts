// node.proto and primitives.proto loaded with protobufjs, so tests can put any cln message (not only RPC
// requests and responses) through the wire exactly as @grpc/proto-loader does: fromObject → encode → decode →
// toObject with the loader's options.
import path from 'node:path';
import protobuf from 'protobufjs';
import { LOADER_OPTIONS, PROTO_DIR } from '@greenhouse/common/proto';

let root: protobuf.Root | undefined;

export function clnProtoRoot(): protobuf.Root {
  if (!root) {
    const loaded = new protobuf.Root();
    loaded.resolvePath = (_origin, target) => path.join(PROTO_DIR, target);
    loaded.loadSync(['node.proto', 'primitives.proto'], { keepCase: true });
    loaded.resolveAll();
    root = loaded;
  }
  return root;
}

export function clnType(typeName: string): protobuf.Type {
  return clnProtoRoot().lookupType(typeName.replace(/^\./, ''));
}

/** What proto-loader's serialize-then-deserialize makes of `object` for message `typeName`. */
export function throughTheWire(typeName: string, object: Record<string, unknown>): Record<string, unknown> {
  const type = clnType(typeName);
  const bytes = type.encode(type.fromObject(object)).finish();
  return type.toObject(type.decode(bytes), LOADER_OPTIONS as protobuf.IConversionOptions) as Record<string, unknown>;
}
