// `greenhouse signer info` against CLN's lightning-hsmtool for the same seed files.
// Runs when LIGHTNINGD (or lightningd on PATH) is a real CLN build with lightning-hsmtool beside it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { HsmSecret } from '@greenhouse/signer';
import { lightningdPath, skipReason } from './support/real-binaries.ts';

const run = promisify(execFile);
const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const lightningd = lightningdPath();
const hsmtool = lightningd && [path.join(path.dirname(lightningd), 'lightning-hsmtool'), path.join(path.dirname(lightningd), '../tools/lightning-hsmtool')].find(existsSync);
const skip = skipReason('the lightning-hsmtool comparison', hsmtool ? [] : ['lightningd']);

describe.skipIf(skip)('greenhouse signer info = lightning-hsmtool', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'greenhouse-hsmtool-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const seeds: [string, Uint8Array][] = [
    ['plain', new Uint8Array(32).fill(0x42)],
    ['mnemonic', HsmSecret.fromMnemonic('legal winner thank year wave sausage worth useful legal winner thank yellow').toFile()],
  ];
  for (const [name, file] of seeds) {
    for (const network of ['bitcoin', 'testnet'] as const) {
      it(`${name} seed on ${network}: node id and xpub`, async () => {
        const secret = path.join(dir, `${name}-hsm_secret`);
        await writeFile(secret, file, { mode: 0o600 });
        const nodeId = (await run(hsmtool!, ['getnodeid', secret])).stdout.trim();
        const descriptors = (await run(hsmtool!, ['dumponchaindescriptors', secret, network])).stdout;
        const xpub = /\(([xt]pub[1-9A-HJ-NP-Za-km-z]+)\//.exec(descriptors)![1];
        const ours = await run(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'packages/cli/src/main.ts'), 'signer', 'info', '--secret', secret, '--network', network, '--json'], { cwd: REPO_ROOT });
        expect(JSON.parse(ours.stdout)).toEqual({ node_id: nodeId, xpub });
      });
    }
  }
});
