import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { existsSync } from 'node:fs';
import * as protoLoader from '@grpc/proto-loader';
import { loadPackageDefinition, type GrpcObject } from '@grpc/grpc-js';
import type { ProtoGrpcType as SchedulerGrpc } from '../generated/scheduler.ts';
import type { ProtoGrpcType as GreenlightGrpc } from '../generated/greenlight.ts';
import type { ProtoGrpcType as GreenhouseGrpc } from '../generated/greenhouse.ts';

/** Names the proto/ directory for code that runs bundled, away from this file (the hsmd proxy). */
export const PROTO_DIR_ENV = 'GREENHOUSE_PROTO_DIR';

/** The repository's proto/ directory, the single source of every wire definition. */
export const PROTO_DIR = process.env[PROTO_DIR_ENV] || path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../proto');

/** Options the generated TypeScript types were produced with (scripts/gen-types.ts); keep them in step. */
export const LOADER_OPTIONS: protoLoader.Options = {
  keepCase: true,
  longs: String,
  enums: String,
  defaults: true,
  oneofs: true,
  includeDirs: [PROTO_DIR],
};

export const PROTO_FILES = ['scheduler.proto', 'greenlight.proto', 'node.proto', 'primitives.proto', 'greenhouse.proto'].filter(
  (file) => existsSync(path.join(PROTO_DIR, file)),
);

let cached: { definition: protoLoader.PackageDefinition; grpc: GrpcObject } | undefined;

/** All Greenhouse protos as one package definition (for servers, reflection and clients). */
export function loadProtos(): { definition: protoLoader.PackageDefinition; grpc: GrpcObject } {
  if (!cached) {
    const definition = protoLoader.loadSync(PROTO_FILES, LOADER_OPTIONS);
    cached = { definition, grpc: loadPackageDefinition(definition) };
  }
  return cached;
}

export type ProtoGrpc = SchedulerGrpc & GreenlightGrpc & GreenhouseGrpc;

export function grpcPackages(): ProtoGrpc {
  return loadProtos().grpc as unknown as ProtoGrpc;
}

let hsmOnly: GreenlightGrpc | undefined;

/**
 * greenlight.proto alone, for the hsmd proxy: lightningd waits for its hsmd at every start, and
 * parsing every proto (node.proto's hundreds of messages) costs a third of a second there.
 */
export function greenlightPackage(): GreenlightGrpc {
  hsmOnly ??= loadPackageDefinition(protoLoader.loadSync(['greenlight.proto'], LOADER_OPTIONS)) as unknown as GreenlightGrpc;
  return hsmOnly;
}
