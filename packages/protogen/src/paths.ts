// Where the generator reads from and writes to. Everything is resolved relative to the repository root so the
// same code works in this checkout and in CI, where the repo is a fresh clone with `shared/` beside it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The monorepo root: this file lives in `<root>/packages/protogen/src/`. */
export function repoRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
}

/** The `shared` data dir: `$GREENHOUSE_SHARED_DIR`, else `<repo root>/../shared`. */
export function sharedDir(root: string = repoRoot()): string {
  const fromEnv = process.env['GREENHOUSE_SHARED_DIR'];
  return fromEnv ? path.resolve(fromEnv) : path.resolve(root, '..', 'shared');
}

/** The generated files, relative to the repo root. */
export const OUTPUT_FILES = {
  nodeProto: 'proto/node.proto',
  primitivesProto: 'proto/primitives.proto',
  jsonrpcMap: 'proto/cln-jsonrpc.json',
} as const;
