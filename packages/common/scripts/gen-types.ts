// Generates TypeScript types for every proto in proto/ with proto-loader-gen-types, using the same
// options the runtime loader uses (src/proto/index.ts), into src/generated/.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROTO_DIR, PROTO_FILES } from '../src/proto/index.ts';

const require = createRequire(import.meta.url);
const generator = path.join(
  path.dirname(require.resolve('@grpc/proto-loader/package.json')),
  'build/bin/proto-loader-gen-types.js',
);
// An output directory may be given (the up-to-date test generates into a temporary one).
const outDir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '../src/generated'));

rmSync(outDir, { recursive: true, force: true });
execFileSync(
  process.execPath,
  [
    generator,
    '--keepCase',
    '--longs=String',
    '--enums=String',
    '--defaults',
    '--oneofs',
    '--grpcLib=@grpc/grpc-js',
    '--importFileExtension=.ts',
    `--includeDirs=${PROTO_DIR}`,
    `--outDir=${outDir}`,
    ...PROTO_FILES,
  ],
  { stdio: 'inherit' },
);
// The generator records absolute proto paths; keep the output independent of where the repo lives.
for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = path.join(entry.parentPath, entry.name);
  writeFileSync(file, readFileSync(file, 'utf8').replaceAll(`${PROTO_DIR}/`, 'proto/'));
}
console.log(`generated types for ${PROTO_FILES.join(', ')} in ${path.relative(process.cwd(), outDir)}`);
