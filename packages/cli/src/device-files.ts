// The two files a device keeps: the seed (hsm_secret, only where the signer runs) and the creds
// (certificate, device key, CA, rune). Their paths are always given explicitly, by flag or
// environment variable; no command prints them or their contents.
import { existsSync } from 'node:fs';
import { status } from '@grpc/grpc-js';
import { Option, type Command } from 'commander';
import { Credentials } from '@greenhouse/client';
import { GreenhouseError } from '@greenhouse/common';
import { loadSeedFile, type LoadedSeed } from '@greenhouse/signer';

export const SECRET_ENV = 'GREENHOUSE_SECRET';
export const CREDS_ENV = 'GREENHOUSE_CREDS';

export function secretOption(description = 'the seed file (hsm_secret)'): Option {
  return new Option('--secret <file>', description).env(SECRET_ENV);
}

export function credsOption(description = "this device's creds file (from greenhouse register)"): Option {
  return new Option('--creds <file>', description).env(CREDS_ENV);
}

/** The seed path, or FAILED_PRECONDITION saying how to give or make one. */
export function requireSecretPath(file: string | undefined): string {
  if (file) return file;
  throw new GreenhouseError(
    status.FAILED_PRECONDITION,
    `which seed? pass --secret FILE or set ${SECRET_ENV}=FILE; to make a new one: greenhouse init --secret FILE`,
  );
}

export function requireCredsPath(file: string | undefined): string {
  if (file) return file;
  throw new GreenhouseError(
    status.FAILED_PRECONDITION,
    `which device? pass --creds FILE or set ${CREDS_ENV}=FILE; a device gets its creds from: greenhouse register --secret FILE --creds FILE`,
  );
}

/** Reads the seed; a missing one is FAILED_PRECONDITION naming `greenhouse init`. Warnings go to stderr. */
export async function loadSeed(file: string): Promise<LoadedSeed['secret']> {
  if (!existsSync(file)) {
    throw new GreenhouseError(status.FAILED_PRECONDITION, `no seed at ${file}; create one with: greenhouse init --secret ${file}`);
  }
  let loaded: LoadedSeed;
  try {
    loaded = await loadSeedFile(file);
  } catch (error) {
    throw new GreenhouseError(status.FAILED_PRECONDITION, (error as Error).message, { cause: error });
  }
  if (loaded.permissionWarning) process.stderr.write(`warning: ${loaded.permissionWarning}\n`);
  return loaded.secret;
}

export async function loadCreds(file: string): Promise<Credentials> {
  if (!existsSync(file)) {
    throw new GreenhouseError(
      status.FAILED_PRECONDITION,
      `no creds at ${file}; register this device first: greenhouse register --secret SEED --creds ${file}`,
    );
  }
  try {
    return await Credentials.load(file);
  } catch (error) {
    throw new GreenhouseError(status.FAILED_PRECONDITION, `${file} is not a creds file (${(error as Error).message}); give the file greenhouse register wrote`, { cause: error });
  }
}

/**
 * How to repeat an option in a hint without printing the path: nothing when it came from the
 * environment (it is still set), else the flag with a placeholder.
 */
export function hintFlag(command: Command, name: 'secret' | 'creds'): string {
  if (command.getOptionValueSource(name) === 'env') return '';
  return name === 'secret' ? ' --secret SEED' : ' --creds CREDS';
}
