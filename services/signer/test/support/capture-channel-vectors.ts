// Captures CLN lightning_hsmd's replies to the channel-life requests (channel-requests.ts) into
// test/fixtures/hsmd-channel-vectors.json, the bare-machine test's data. Run from the repository root:
//   LIGHTNINGD=/path/to/lightningd npx tsx services/signer/test/support/capture-channel-vectors.ts
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { clnSubdaemon, lightningdPath } from '../../../../test/support/real-binaries.ts';
import { REGTEST_INIT } from '../../../../test/support/hsmd-requests.ts';
import { StockHsmd } from '../../../../test/support/stock-hsmd.ts';
import { channelLifeRequests, DBID, PEER_ID, SUBDAEMON_PERMISSIONS, VECTOR_SECRETS } from './channel-requests.ts';

const lightningd = lightningdPath();
const binary = lightningd && clnSubdaemon(lightningd, 'lightning_hsmd');
if (!binary) throw new Error('set LIGHTNINGD to a CLN v26.06 lightningd (its lightning_hsmd is used)');
const version = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();

const cases: { secret: string; steps: { name: string; on: string; request: string; reply: string }[] }[] = [];
for (const { name, secret } of VECTOR_SECRETS) {
  const dir = mkdtempSync(path.join(tmpdir(), 'greenhouse-capture-'));
  writeFileSync(path.join(dir, 'hsm_secret'), secret.toFile(), { mode: 0o600 });
  const stock = await StockHsmd.start(binary, dir);
  try {
    stock.master.request(REGTEST_INIT);
    const steps = channelLifeRequests(secret).map((step) => {
      const reply =
        step.on === 'master'
          ? stock.master.request(step.request)
          : stock.requestAs(step.on, { peerId: PEER_ID, dbid: DBID, permissions: BigInt(SUBDAEMON_PERMISSIONS[step.on]) }, step.request);
      return { name: step.name, on: step.on, request: Buffer.from(step.request).toString('hex'), reply: reply.toString('hex') };
    });
    cases.push({ secret: name, steps });
  } finally {
    stock.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const out = fileURLToPath(new URL('../fixtures/hsmd-channel-vectors.json', import.meta.url));
writeFileSync(out, `${JSON.stringify({ source: `lightning_hsmd ${version}`, init: Buffer.from(REGTEST_INIT).toString('hex'), cases }, null, 1)}\n`);
console.log(`wrote ${cases.reduce((n, c) => n + c.steps.length, 0)} vectors to ${out}`);
