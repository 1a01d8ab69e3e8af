import type { Command } from 'commander';
import { Credentials } from '@greenhouse/client';
import { createLogger } from '@greenhouse/common';
import { createSeedFile, dumpOnchainDescriptors, loadSeedFile, runSigner, Signer, type BitcoinNetwork } from '@greenhouse/signer';
import { schedulerSettings } from '../settings.ts';
import { print } from '../output.ts';
import { NETWORKS, parseNetwork } from '../networks.ts';

export function signerCommands(program: Command): void {
  const signer = program.command('signer').description('the seed and the signer that keeps it');

  signer
    .command('init')
    .description('create a new seed (hsm_secret, mode 0600); never overwrites an existing one')
    .requiredOption('--secret <file>', 'where to write the seed')
    .option('--mnemonic', "store a 12-word BIP39 mnemonic in CLN's format instead of 32 raw bytes")
    .option('--json', 'print JSON')
    .action(async (options: { secret: string; mnemonic?: boolean; json?: boolean }) => {
      const secret = await createSeedFile(options.secret, { mnemonic: options.mnemonic });
      const nodeId = new Signer({ secret, network: 'bitcoin' }).nodeId.toString('hex');
      print({ seed: options.secret, node_id: nodeId, next: `greenhouse register --secret ${options.secret} --network regtest --creds creds` }, options);
      if (secret.mnemonic && process.stderr.isTTY) {
        process.stderr.write('Your seed is a mnemonic; write it down from the file with care, it is the only backup.\n');
      }
    });

  signer
    .command('info')
    .description("print the node id and the wallet's root xpub (as lightning-hsmtool dumponchaindescriptors shows it)")
    .requiredOption('--secret <file>', 'the seed file')
    .option('--network <network>', `one of ${NETWORKS.join(', ')}`, parseNetwork, 'bitcoin' as BitcoinNetwork)
    .option('--json', 'print JSON')
    .action(async (options: { secret: string; network: BitcoinNetwork; json?: boolean }) => {
      const { secret, permissionWarning } = await loadSeedFile(options.secret);
      if (permissionWarning) process.stderr.write(`warning: ${permissionWarning}\n`);
      // hsmtool has no regtest; regtest keys use testnet's version bytes.
      const hsmtoolNetwork = options.network === 'regtest' ? 'testnet' : options.network;
      const { xpub } = dumpOnchainDescriptors(secret, hsmtoolNetwork);
      print({ node_id: new Signer({ secret, network: options.network }).nodeId.toString('hex'), xpub }, options);
    });

  signer
    .command('run')
    .description("answer your node's signing requests until stopped (Ctrl-C); strict unless --permissive")
    .requiredOption('--secret <file>', 'the seed file')
    .requiredOption('--creds <file>', 'this device\'s creds (from greenhouse register)')
    .option('--network <network>', `one of ${NETWORKS.join(', ')}`, parseNetwork, 'regtest' as BitcoinNetwork)
    .option('--permissive', 'sign requests no authorised call asked for (still reported); not recommended')
    .option('--max-request-age <seconds>', 'how old a signed client call may be', Number, 300)
    .option('--pairing-window <seconds>', 'how far a pairing approval\'s timestamp may lie from this clock, either way', Number, 300)
    .option('--dir <dir>', 'the local stack data directory; default: GL_* variables or ./.greenhouse')
    .action(async (options: { secret: string; creds: string; network: BitcoinNetwork; permissive?: boolean; maxRequestAge: number; pairingWindow: number; dir?: string }) => {
      const { secret, permissionWarning } = await loadSeedFile(options.secret);
      const logger = createLogger({ name: 'signer', destination: process.stderr });
      if (permissionWarning) logger.warn(permissionWarning);
      const creds = await Credentials.load(options.creds);
      const signer = new Signer({
        secret,
        network: options.network,
        permissive: options.permissive,
        maxRequestAgeMs: options.maxRequestAge * 1000,
        pairingApprovalWindowMs: options.pairingWindow * 1000,
      });
      if (!creds.nodeId().equals(signer.nodeId)) {
        throw new Error(`${options.creds} belongs to node ${creds.nodeId().toString('hex')}, but this seed is node ${signer.nodeId.toString('hex')}`);
      }
      const abort = new AbortController();
      process.once('SIGINT', () => abort.abort());
      process.once('SIGTERM', () => abort.abort());
      logger.info({ node_id: signer.nodeId.toString('hex'), permissive: Boolean(options.permissive) }, 'signer running; waiting for the node');
      await runSigner({ signer, creds, schedulerUri: schedulerSettings(options.dir).uri, logger, signal: abort.signal });
      logger.info('signer stopped');
    });
}
