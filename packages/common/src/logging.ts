import { pino, type Logger, type LoggerOptions } from 'pino';

export type { Logger } from 'pino';

/**
 * Field names whose values are secrets. pino replaces them wherever they appear, so a careless
 * `log.info({ req })` cannot leak a key, a seed, a challenge signature or a rune.
 */
const SECRET_FIELDS = [
  'key',
  'private_key',
  'privateKey',
  'device_key',
  'keyPem',
  'seed',
  'hsm_secret',
  'secret',
  'signature',
  'rune',
  'creds',
  'challenge',
  'password',
];

export const REDACT_PATHS = SECRET_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]);

export interface LoggerConfig {
  name: string;
  level?: string;
  /** Where log lines go; stdout by default. */
  destination?: NodeJS.WritableStream;
}

export function createLogger({ name, level, destination }: LoggerConfig): Logger {
  const options: LoggerOptions = {
    name,
    level: level ?? process.env.GREENHOUSE_LOG_LEVEL ?? 'info',
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
  return destination ? pino(options, destination as pino.DestinationStream) : pino(options);
}
