import { startScheduler } from './src/server.ts';
import { defaultSchedulerConfig } from './src/config.ts';
import { createLogger, signedMessageDigest } from '@greenhouse/common';
import { SchedulerClient, createDeviceKey } from '@greenhouse/client';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { readFile, mkdtemp } from 'node:fs/promises';
const dir = await mkdtemp('/tmp/gh/prof-');
const s = await startScheduler(defaultSchedulerConfig({ dataDir: dir }), createLogger({ name: 'x', level: 'warn' }));
const p = s.ca.paths;
const c = new SchedulerClient(s.grpcUri, { caPem: await readFile(p.caCrt), certPem: await readFile(p.nobodyCrt), keyPem: await readFile(p.nobodyKey) });
const nodes = [];
for (let i = 0; i < 80; i++) { const sk = secp256k1.utils.randomSecretKey(); const id = Buffer.from(secp256k1.getPublicKey(sk, true)); nodes.push({ sk, id, csr: Buffer.from((await createDeviceKey(`/users/${id.toString('hex')}/default`)).csrPem) }); }
let tc = 0, ts = 0, tr = 0;
for (const [i, n] of nodes.entries()) {
  if (i === 30) { tc = ts = tr = 0; }
  let t = performance.now();
  const ch = await c.getChallenge('REGISTER', n.id);
  tc += performance.now() - t; t = performance.now();
  const sig = secp256k1.sign(signedMessageDigest(ch), n.sk, { prehash: false });
  ts += performance.now() - t; t = performance.now();
  await c.register({ node_id: n.id, network: 'regtest', challenge: ch, signature: sig, signer_proto: 'v', init_msg: Buffer.alloc(10, 1), csr: n.csr });
  tr += performance.now() - t;
}
console.log('challenge', (tc / 50).toFixed(2), 'sign', (ts / 50).toFixed(2), 'register', (tr / 50).toFixed(2));
c.close(); await s.stop();
