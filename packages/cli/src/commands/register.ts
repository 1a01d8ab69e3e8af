import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createPrivateKey } from 'node:crypto';
import path from 'node:path';
import { status } from '@grpc/grpc-js';
import { Credentials, SchedulerClient } from '@greenhouse/client';
import { GreenhouseError, uncompressedPublicKey } from '@greenhouse/common';
import { createGreenlightRune } from '@greenhouse/common/runes';
import { Signer, SIGNER_VERSION, type BitcoinNetwork } from '@greenhouse/signer';
import { schedulerSettings } from '../settings.ts';
import { print } from '../output.ts';
import { NETWORKS, parseNetwork } from '../networks.ts';
import { credsOption, hintFlag, loadSeed, requireCredsPath, requireSecretPath, secretOption } from '../device-files.ts';

interface RegisterOptions {
  secret?: string;
  network: BitcoinNetwork;
  creds?: string;
  recover?: boolean;
  inviteCode?: string;
  device?: string;
  dir?: string;
  json?: boolean;
}

export function registerCommand(program: Command): void {
  program
    .command('register')
    .description('register the node of a seed with the scheduler (or recover it on this device) and save its creds')
    .addOption(secretOption('the seed file (create one with: greenhouse init --secret FILE)'))
    .option('--network <network>', `one of ${NETWORKS.join(', ')}`, parseNetwork, 'regtest' as BitcoinNetwork)
    .addOption(credsOption('where to write the creds (mode 0600; its directory is created); device.crt and device-key.pem go beside it'))
    .option('--recover', 'the node is registered already: get a certificate for this device')
    .option('--invite-code <code>', 'invite code, when the scheduler requires one')
    .option('--device <name>', 'device name in the certificate (default: "default", or recovered-<hex> with --recover)')
    .option('--dir <dir>', 'the local stack data directory (reads metadata.json); default: GL_* variables or ./.greenhouse')
    .option('--json', 'print JSON')
    .addHelpText('after', '\nNext: start the signer in another terminal (greenhouse signer run), then talk to the node (greenhouse node getinfo).')
    .action(async (options: RegisterOptions, command: Command) => {
      const secretFile = requireSecretPath(options.secret);
      const credsFile = requireCredsPath(options.creds);
      const dir = path.dirname(path.resolve(credsFile));
      const outputs = [credsFile, path.join(dir, 'device.crt'), path.join(dir, 'device-key.pem')];
      const existing = outputs.filter((file) => existsSync(file));
      if (existing.length > 0) {
        // They hold another device's key; give each device its own directory.
        throw new GreenhouseError(status.ALREADY_EXISTS, `${existing.join(', ')} exist already (another device's creds); give a --creds path in another directory`);
      }
      const secret = await loadSeed(secretFile);
      const signer = new Signer({ secret, network: options.network });
      const settings = schedulerSettings(options.dir);
      const caPem = await readFile(settings.caPath, 'utf8');
      const client = new SchedulerClient(settings.uri, {
        caPem,
        certPem: await readFile(settings.nobodyCertPath),
        keyPem: await readFile(settings.nobodyKeyPath),
      });
      try {
        const device = await enrol(client, signer, options);
        const rune = createGreenlightRune(signer.runeMaster, [[`pubkey=${uncompressedPublicKey(createPrivateKey(device.keyPem)).toString('hex')}`]]);
        await mkdir(dir, { recursive: true, mode: 0o700 });
        await new Credentials(device.certPem, device.keyPem, caPem, rune).save(credsFile);
        await writeFile(path.join(dir, 'device.crt'), device.certPem);
        await writeFile(path.join(dir, 'device-key.pem'), device.keyPem, { mode: 0o600 });
        print(
          {
            node_id: signer.nodeId.toString('hex'),
            recovered: Boolean(options.recover),
            saved: 'the creds file (mode 0600), and device.crt and device-key.pem (0600) beside it',
            next: `in another terminal: greenhouse signer run${hintFlag(command, 'secret')}${hintFlag(command, 'creds')}; then: greenhouse node getinfo${hintFlag(command, 'creds')}`,
          },
          options,
        );
      } finally {
        client.close();
      }
    });
}

async function enrol(client: SchedulerClient, signer: Signer, options: RegisterOptions) {
  const signChallenge = (challenge: Buffer) => signer.signChallenge(challenge);
  try {
    if (options.recover) {
      return await client.recoverNode({ nodeId: signer.nodeId, signChallenge, ...(options.device && { deviceName: options.device }) });
    }
    const { initMsg, startupMessages } = signer.startupMessages();
    return await client.registerNode({
      nodeId: signer.nodeId,
      signChallenge,
      network: options.network,
      signerVersion: SIGNER_VERSION,
      initMsg,
      startupMessages,
      ...(options.inviteCode && { inviteCode: options.inviteCode }),
      ...(options.device && { deviceName: options.device }),
    });
  } catch (error) {
    const code = (error as { code?: number }).code;
    const nodeHex = signer.nodeId.toString('hex');
    if (code === status.ALREADY_EXISTS) throw new GreenhouseError(code, `node ${nodeHex} is registered already; run again with --recover to give this device a certificate`);
    if (code === status.NOT_FOUND) throw new GreenhouseError(code, `node ${nodeHex} is not registered yet; run again without --recover`);
    if (code === status.UNAVAILABLE) throw new GreenhouseError(code, `the scheduler at ${client.uri} is not reachable (is the stack running? pnpm start)`);
    throw new GreenhouseError(code ?? status.UNKNOWN, (error as { details?: string }).details || (error as Error).message);
  }
}
