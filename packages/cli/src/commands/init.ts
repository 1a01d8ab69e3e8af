// `greenhouse init`: a new seed, the one secret of your node. Written 0600, never overwritten,
// never printed.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { status } from '@grpc/grpc-js';
import type { Command } from 'commander';
import { GreenhouseError } from '@greenhouse/common';
import { createSeedFile, Signer } from '@greenhouse/signer';
import { CREDS_ENV, hintFlag, requireSecretPath, secretOption } from '../device-files.ts';
import { print } from '../output.ts';

export interface InitOptions {
  secret?: string;
  mnemonic?: boolean;
  json?: boolean;
}

export function initCommand(program: Command): void {
  program
    .command('init')
    .description('create a new seed (hsm_secret) for a new node: mode 0600, never overwritten, never printed')
    .addOption(secretOption('where to write the seed (its directory is created, mode 0700)'))
    .option('--mnemonic', "store a 12-word BIP39 mnemonic in CLN's format instead of 32 random bytes")
    .option('--json', 'print JSON (the default when stdout is not a terminal)')
    .addHelpText('after', '\nKeep the seed file safe and backed up: whoever has it controls the node\'s funds. Next: greenhouse register.')
    .action(async (options: InitOptions, command: Command) => {
      await createSeed(options, command);
    });
}

/** `init` and `signer init`: the same seed, the same refusal to overwrite one. */
export async function createSeed(options: InitOptions, command: Command): Promise<void> {
  const file = requireSecretPath(options.secret);
  if (existsSync(file)) {
    throw new GreenhouseError(status.ALREADY_EXISTS, `${file} already exists; refusing to overwrite a seed (use it as it is, or move it away first if you really mean to start over)`);
  }
  await mkdir(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  const secret = await createSeedFile(file, { mnemonic: options.mnemonic });
  // The node id is public; it is the same on every network.
  const nodeId = new Signer({ secret, network: 'regtest' }).nodeId.toString('hex');
  print(
    {
      node_id: nodeId,
      next: `greenhouse register${hintFlag(command, 'secret')}${process.env[CREDS_ENV] ? '' : ' --creds CREDS'}`,
    },
    options,
  );
  if (secret.mnemonic && process.stderr.isTTY) {
    process.stderr.write('The seed is a mnemonic: write the words down from the file, with care; they are the only backup.\n');
  }
}
