import { InvalidArgumentError, type Command } from 'commander';
import { status } from '@grpc/grpc-js';
import { createLogger, GreenhouseError } from '@greenhouse/common';
import { dumpOnchainDescriptors, runSigner, Signer, type BitcoinNetwork } from '@greenhouse/signer';
import { schedulerUri } from '../settings.ts';
import { print } from '../output.ts';
import { NETWORKS, parseNetwork } from '../networks.ts';
import { createSeed, type InitOptions } from './init.ts';
import { credsOption, loadCreds, loadSeed, requireCredsPath, requireSecretPath, secretOption } from '../device-files.ts';

export function signerCommands(program: Command): void {
  const signer = program.command('signer').description('the seed and the signer that keeps it');

  signer
    .command('init')
    .description('create a new seed (hsm_secret, mode 0600); never overwrites an existing one (the same as greenhouse init)')
    .addOption(secretOption('where to write the seed'))
    .option('--mnemonic', "store a 12-word BIP39 mnemonic in CLN's format instead of 32 raw bytes")
    .option('--json', 'print JSON')
    .action((options: InitOptions, command: Command) => createSeed(options, command));

  signer
    .command('info')
    .description("print the node id and the wallet's root xpub (as lightning-hsmtool dumponchaindescriptors shows it)")
    .addOption(secretOption())
    .option('--network <network>', `one of ${NETWORKS.join(', ')}`, parseNetwork, 'bitcoin' as BitcoinNetwork)
    .option('--json', 'print JSON')
    .action(async (options: { secret?: string; network: BitcoinNetwork; json?: boolean }) => {
      const secret = await loadSeed(requireSecretPath(options.secret));
      // hsmtool has no regtest; regtest keys use testnet's version bytes.
      const hsmtoolNetwork = options.network === 'regtest' ? 'testnet' : options.network;
      const { xpub } = dumpOnchainDescriptors(secret, hsmtoolNetwork);
      print({ node_id: new Signer({ secret, network: options.network }).nodeId.toString('hex'), xpub }, options);
    });

  signer
    .command('run')
    .description("answer your node's signing requests until stopped (Ctrl-C); strict unless --permissive")
    .addOption(secretOption())
    .addOption(credsOption())
    .option('--network <network>', `one of ${NETWORKS.join(', ')}`, parseNetwork, 'regtest' as BitcoinNetwork)
    .option('--permissive', 'sign requests no authorised call asked for (still reported); not recommended')
    .option('--max-request-age <seconds>', 'how old a signed client call may be', Number, 300)
    .option('--pairing-window <seconds>', 'how far a pairing approval\'s timestamp may lie from this clock, either way', Number, 300)
    .option('--max-feerate <sat-per-kw>', 'highest fee rate of a commitment or closing transaction to sign', Number, 150_000)
    // A decimal string, not a BigInt: commander prints defaults in --help with JSON.stringify.
    .option('--max-payment <msat>', 'largest payment (invoice or keysend) to approve, in millisatoshi', parseMsat, '100000000000')
    .option('--max-routing-fee <msat>', "what a payment's outgoing HTLCs may add to its amount for routing fees, in millisatoshi", parseMsat, '1000000')
    .option('--dir <dir>', 'the local stack data directory; default: GL_SCHEDULER_GRPC_URI, GREENHOUSE_DIR or ./.greenhouse')
    .action(async (options: { secret?: string; creds?: string; network: BitcoinNetwork; permissive?: boolean; maxRequestAge: number; pairingWindow: number; maxFeerate: number; maxPayment: string; maxRoutingFee: string; dir?: string }) => {
      const secret = await loadSeed(requireSecretPath(options.secret));
      const credsFile = requireCredsPath(options.creds);
      const creds = await loadCreds(credsFile);
      const uri = schedulerUri(options.dir);
      const logger = createLogger({ name: 'signer', destination: process.stderr });
      const signer = new Signer({
        secret,
        network: options.network,
        permissive: options.permissive,
        maxRequestAgeMs: options.maxRequestAge * 1000,
        pairingApprovalWindowMs: options.pairingWindow * 1000,
        maxFeerateSatPerKw: options.maxFeerate,
        maxPaymentMsat: BigInt(options.maxPayment),
        maxRoutingFeeMsat: BigInt(options.maxRoutingFee),
      });
      if (!creds.nodeId().equals(signer.nodeId)) {
        throw new GreenhouseError(
          status.FAILED_PRECONDITION,
          `${credsFile} belongs to node ${creds.nodeId().toString('hex')}, but this seed is node ${signer.nodeId.toString('hex')}: give the creds this seed registered`,
        );
      }
      const abort = new AbortController();
      process.once('SIGINT', () => abort.abort());
      process.once('SIGTERM', () => abort.abort());
      logger.info({ node_id: signer.nodeId.toString('hex'), permissive: Boolean(options.permissive) }, 'signer running; waiting for the node');
      await runSigner({ signer, creds, schedulerUri: uri, logger, signal: abort.signal });
      logger.info('signer stopped');
    });
}

function parseMsat(value: string): string {
  if (!/^\d{1,20}$/.test(value)) throw new InvalidArgumentError('must be a whole number of millisatoshi');
  return value;
}
