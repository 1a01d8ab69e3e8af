import { writeFile, rename } from 'node:fs/promises';
import path from 'node:path';

/** `<dir>/metadata.json`, with the key names of Greenlight's gl-testserver. */
export interface StackMetadata {
  scheduler_grpc_uri: string;
  ca_crt_path: string;
  nobody_crt_path: string;
  nobody_key_path: string;
  cert_path: string;
  bitcoind_rpc_uri?: string;
}

/** Writes metadata.json and .env atomically, so a reader never sees half a file. */
export async function writeStackMetadata(dataDir: string, metadata: StackMetadata) {
  const metadataPath = path.join(dataDir, 'metadata.json');
  const envPath = path.join(dataDir, '.env');
  const env = {
    GL_SCHEDULER_GRPC_URI: metadata.scheduler_grpc_uri,
    GL_CA_CRT: metadata.ca_crt_path,
    GL_NOBODY_CRT: metadata.nobody_crt_path,
    GL_NOBODY_KEY: metadata.nobody_key_path,
    GL_CERT_PATH: metadata.cert_path,
    ...(metadata.bitcoind_rpc_uri && { BITCOIND_RPC_URI: metadata.bitcoind_rpc_uri }),
  };
  await writeAtomically(metadataPath, JSON.stringify(metadata, null, 2) + '\n');
  await writeAtomically(envPath, Object.entries(env).map(([k, v]) => `${k}=${v}`).join('\n') + '\n');
  return { metadataPath, envPath };
}

async function writeAtomically(file: string, content: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, content, { mode: 0o600 });
  await rename(temporary, file);
}
