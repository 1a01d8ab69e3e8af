import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { status } from '@grpc/grpc-js';
import { GreenhouseError } from '@greenhouse/common';

/** Where the scheduler is and which NOBODY identity to bootstrap with, as Greenlight's clients find it. */
export interface SchedulerSettings {
  uri: string;
  caPath: string;
  nobodyCertPath: string;
  nobodyKeyPath: string;
}

/**
 * From `--dir` (the stack's metadata.json), else the `GL_*` environment variables, else
 * `GREENHOUSE_DIR`, else ./.greenhouse when a local stack wrote one there.
 */
export function schedulerSettings(dir: string | undefined, env: NodeJS.ProcessEnv = process.env): SchedulerSettings {
  if (dir) return fromMetadata(dir);
  if (env.GL_SCHEDULER_GRPC_URI) {
    const missing = ['GL_CA_CRT', 'GL_NOBODY_CRT', 'GL_NOBODY_KEY'].filter((name) => !env[name]);
    if (missing.length > 0) throw notConfigured(`GL_SCHEDULER_GRPC_URI is set but ${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not (source the stack's .env: set -a; . .greenhouse/.env; set +a)`);
    return { uri: env.GL_SCHEDULER_GRPC_URI, caPath: env.GL_CA_CRT!, nobodyCertPath: env.GL_NOBODY_CRT!, nobodyKeyPath: env.GL_NOBODY_KEY! };
  }
  return fromMetadata(defaultDir(env));
}

/**
 * Only the scheduler's address, for a device that has its creds (they carry the CA and its
 * identity): `--dir`, else GL_SCHEDULER_GRPC_URI, else GREENHOUSE_DIR or ./.greenhouse.
 */
export function schedulerUri(dir: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (dir) return fromMetadata(dir).uri;
  if (env.GL_SCHEDULER_GRPC_URI) return env.GL_SCHEDULER_GRPC_URI;
  return fromMetadata(defaultDir(env)).uri;
}

function defaultDir(env: NodeJS.ProcessEnv): string {
  if (env.GREENHOUSE_DIR) return env.GREENHOUSE_DIR;
  if (existsSync(path.join('.greenhouse', 'metadata.json'))) return '.greenhouse';
  throw notConfigured('no scheduler configured: start one with `pnpm start`, then pass --dir .greenhouse (or set GREENHOUSE_DIR, or source .greenhouse/.env)');
}

function notConfigured(message: string): GreenhouseError {
  return new GreenhouseError(status.FAILED_PRECONDITION, message);
}

function fromMetadata(dir: string): SchedulerSettings {
  const file = path.join(dir, 'metadata.json');
  if (!existsSync(file)) throw notConfigured(`${file} not found: is a stack running with --dir ${dir}? (pnpm start --dir ${dir})`);
  const metadata = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
  return {
    uri: metadata.scheduler_grpc_uri!,
    caPath: metadata.ca_crt_path!,
    nobodyCertPath: metadata.nobody_crt_path!,
    nobodyKeyPath: metadata.nobody_key_path!,
  };
}
