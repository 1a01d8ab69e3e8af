import { randomBytes } from 'node:crypto';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { generateMnemonic } from '@scure/bip39';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { HsmSecret } from './crypto/index.ts';

/** Creates an `hsm_secret` in CLN's format: 32 random bytes, or (with `mnemonic`) a 12-word BIP39 phrase. */
export async function createSeedFile(file: string, options: { mnemonic?: boolean } = {}): Promise<HsmSecret> {
  const secret = options.mnemonic ? HsmSecret.fromMnemonic(generateMnemonic(english, 128)) : HsmSecret.fromBytes(randomBytes(32));
  try {
    // 'wx': never overwrite a seed; losing one loses the node's funds.
    await writeFile(file, secret.toFile(), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new Error(`${file} already exists; refusing to overwrite a seed (move it away first if you really mean to)`);
    }
    throw error;
  }
  return secret;
}

export interface LoadedSeed {
  secret: HsmSecret;
  /** Set when group or others may read the file. */
  permissionWarning?: string;
}

export async function loadSeedFile(file: string, passphrase?: string): Promise<LoadedSeed> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`no seed at ${file}; create one with: greenhouse signer init --secret ${file}`);
    }
    throw error;
  }
  let secret: HsmSecret;
  try {
    secret = HsmSecret.fromFile(bytes, passphrase);
  } catch (error) {
    // The file's bytes never go into the message.
    throw new Error(`${file} is not a usable hsm_secret: ${(error as Error).message}`);
  }
  const mode = (await stat(file)).mode & 0o777;
  const permissionWarning =
    mode & 0o077 ? `${file} is readable by others (mode ${mode.toString(8)}); run: chmod 600 ${file}` : undefined;
  return permissionWarning ? { secret, permissionWarning } : { secret };
}
