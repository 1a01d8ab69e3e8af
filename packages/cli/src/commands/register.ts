import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createPrivateKey } from 'node:crypto';
import path from 'node:path';
import { status } from '@grpc/grpc-js';
import { Credentials, SchedulerClient } from '@greenhouse/client';
import { uncompressedPublicKey } from '@greenhouse/common';
import { createGreenlightRune } from '@greenhouse/common/runes';
import { loadSeedFile, Signer, SIGNER_VERSION, type BitcoinNetwork } from '@greenhouse/signer';
import { schedulerSettings } from '../settings.ts';
import { print } from '../output.ts';
import { NETWORKS, parseNetwork } from '../networks.ts';

interface RegisterOptions {
  secret: string;
  network: BitcoinNetwork;
  creds: string;
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
    .requiredOption('--secret <file>', 'the seed file (create one with: greenhouse signer init --secret FILE)')
    .option('--network <network>', `one of ${NETWORKS.join(', ')}`, parseNetwork, 'regtest' as BitcoinNetwork)
    .requiredOption('--creds <file>', 'where to write the creds; device.crt and device-key.pem go beside it')
    .option('--recover', 'the node is registered already: get a certificate for this device')
    .option('--invite-code <code>', 'invite code, when the scheduler requires one')
    .option('--device <name>', 'device name in the certificate (default: "default", or recovered-<hex> with --recover)')
    .option('--dir <dir>', 'the local stack data directory (reads metadata.json); default: GL_* variables or ./.greenhouse')
    .option('--json', 'print JSON')
    .action(async (options: RegisterOptions) => {
      const dir = path.dirname(path.resolve(options.creds));
      const outputs = [options.creds, path.join(dir, 'device.crt'), path.join(dir, 'device-key.pem')];
      const existing = outputs.filter((file) => existsSync(file));
      if (existing.length > 0) {
        // They hold another device's key; give each device its own directory.
        throw new Error(`${existing.join(', ')} exist already; pass a --creds path in another directory`);
      }
      const { secret, permissionWarning } = await loadSeedFile(options.secret);
      if (permissionWarning) process.stderr.write(`warning: ${permissionWarning}\n`);
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
        await new Credentials(device.certPem, device.keyPem, caPem, rune).save(options.creds);
        await writeFile(path.join(dir, 'device.crt'), device.certPem);
        await writeFile(path.join(dir, 'device-key.pem'), device.keyPem, { mode: 0o600 });
        print(
          {
            node_id: signer.nodeId.toString('hex'),
            creds: path.resolve(options.creds),
            recovered: Boolean(options.recover),
            next: `greenhouse signer run --secret ${options.secret} --creds ${options.creds}`,
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
    if (code === status.ALREADY_EXISTS) throw new Error(`node ${signer.nodeId.toString('hex')} is registered already; run again with --recover`);
    if (code === status.NOT_FOUND) throw new Error(`node ${signer.nodeId.toString('hex')} is not registered yet; run again without --recover`);
    if (code === status.UNAVAILABLE) throw new Error(`the scheduler at ${client.uri} is not reachable (is the stack running? pnpm start)`);
    throw new Error((error as { details?: string }).details || (error as Error).message);
  }
}
