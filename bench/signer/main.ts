// bench/signer: answered hsmd requests per second, in process, through the signer's real request
// handler (decode → permission check → [justification] → crypto → encode), next to the bare
// @noble/curves cost of the operation each request exists for, measured in the same run:
//   ecdh (hsmd 1)         vs  getSharedSecret + sha256 (what libsecp256k1's secp256k1_ecdh does)
//   sign_invoice (hsmd 8) vs  recoverable ECDSA over the precomputed BOLT #11 signing hash
// sign_invoice is measured twice: with a justification that accepts everything, and with the real
// authorization a node request goes through (authorizePendingRequests on one pending cln.Node/Invoice
// call, then justifySignature). Everything is sequential (one request at a time, as lightningd's
// hsmd connection is), inputs vary per call (256 ECDH points, 256 invoices), and the rows compared
// with each other run interleaved in small blocks, so a busy neighbour skews them alike.
import os from 'node:os';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { decodeHsmdAs, encodeHsmd } from '@greenhouse/common/hsmd';
import { greenlightMasterRune } from '@greenhouse/common/runes';
import { deriveNodeKey, HsmSecret, invoiceSigningHash } from '../../services/signer/src/crypto/index.ts';
import { HsmdRequestHandler } from '../../services/signer/src/hsmd/request-handler.ts';
import { authorizePendingRequests } from '../../services/signer/src/authorization/pending-requests.ts';
import { justifySignature } from '../../services/signer/src/authorization/signing-policy.ts';
import { TestDevice } from '../../services/signer/test/support/signed-calls.ts';
import { unsignedInvoice } from '../../services/signer/test/support/invoices.ts';
import { measure, row, type Measurement } from '../support/stats.ts';
import { measureInterleaved } from './interleave.ts';

const QUICK = process.argv.includes('--quick');
/** `--only=handlerSignAuthorized` (a TASKS key) measures one row, e.g. under `node --cpu-prof`. */
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const ECDH_COUNT = QUICK ? 120 : 1500; // ECDH with a fresh point is the slow one (~3–5 ms here)
const SIGN_COUNT = QUICK ? 300 : 3600; // a recoverable signature is ~1 ms
const ECDH_BLOCK = 20;
const SIGN_BLOCK = 50;
const WARMUP = QUICK ? 30 : 150;
const VARIANTS = 256;
const TARGET = 0.8;
const INVOICE_MSAT = 1_000_000; // the 10u in the hrp
const HRP = 'lnbcrt10u';

const seed = new Uint8Array(32).fill(0x42);
const nodeKey = deriveNodeKey(HsmSecret.fromBytes(seed)).privateKey;
const handler = new HsmdRequestHandler(HsmSecret.fromBytes(seed), 'regtest');
const accept = () => undefined;

// Inputs, prepared up front so that none of their cost lands in a measurement.
const points = Array.from({ length: VARIANTS }, () => secp256k1.getPublicKey(secp256k1.utils.randomSecretKey(), true));
const ecdhRequests = points.map((point) => encodeHsmd({ kind: 'hsmd_ecdh_req', point }));
const invoices = Array.from({ length: VARIANTS }, (_, i) => unsignedInvoice({ hrp: HRP, description: `bench invoice ${i}` }));
const invoiceHashes = invoices.map((inv) => invoiceSigningHash(inv.hrp, inv.u5bytes));
const invoiceRequests = invoices.map((inv) => encodeHsmd({ kind: 'hsmd_sign_invoice', ...inv }));
const master = greenlightMasterRune(new Uint8Array(32).fill(7));
const device = new TestDevice();
const rune = device.rune(master);
const pendingCalls = invoices.map((_, i) =>
  device.call('/cln.Node/Invoice', { description: `bench invoice ${i}`, label: `bench-${i}`, amount_msat: { amount: { msat: INVOICE_MSAT } } }, rune),
);
const AUTH = { master, maxAgeMs: 5 * 60_000, maxSkewMs: 60_000 };

function bareEcdh(i: number): Uint8Array {
  return sha256(secp256k1.getSharedSecret(nodeKey, points[i % VARIANTS]!, true));
}

function handlerEcdh(i: number): Uint8Array {
  return handler.handle(ecdhRequests[i % VARIANTS]!, undefined)!;
}

function bareSign(i: number): Uint8Array {
  return secp256k1.sign(invoiceHashes[i % VARIANTS]!, nodeKey, { prehash: false, format: 'recovered' });
}

function handlerSign(i: number): Uint8Array {
  return handler.handle(invoiceRequests[i % VARIANTS]!, undefined, accept)!;
}

/** What the signer does per request when a node attaches the pending client call. */
function handlerSignAuthorized(i: number): Uint8Array {
  const { authorized, refused } = authorizePendingRequests([pendingCalls[i % VARIANTS]!], { ...AUTH, now: Date.now() });
  if (refused.length > 0) throw new Error(`bench call refused: ${refused[0]!.reason}`);
  return handler.handle(invoiceRequests[i % VARIANTS]!, undefined, (message) => justifySignature(message, authorized))!;
}

/** The handler must answer with exactly what the bare operation computes, or the comparison means nothing. */
function checkEquivalence(): void {
  for (let i = 0; i < 4; i++) {
    const ss = decodeHsmdAs('hsmd_ecdh_resp', handlerEcdh(i)).ss;
    if (!Buffer.from(ss).equals(bareEcdh(i))) throw new Error('handler ECDH differs from bare ECDH');
    const bare = bareSign(i); // noble order: recid ‖ r ‖ s
    for (const reply of [handlerSign(i), handlerSignAuthorized(i)]) {
      const { sig } = decodeHsmdAs('hsmd_sign_invoice_reply', reply);
      if (sig.recid !== bare[0] || !Buffer.from(sig.signature).equals(bare.subarray(1))) throw new Error('handler invoice signature differs from bare');
    }
  }
}

const TASKS = {
  bareEcdh: { label: 'bare ecdh (getSharedSecret + sha256)', run: bareEcdh, group: 'ecdh' },
  handlerEcdh: { label: 'handler ecdh (hsmd 1)', run: handlerEcdh, group: 'ecdh' },
  bareSign: { label: 'bare recoverable sign (invoice hash)', run: bareSign, group: 'sign' },
  handlerSign: { label: 'handler sign_invoice (hsmd 8), no policy', run: handlerSign, group: 'sign' },
  handlerSignAuthorized: { label: 'handler sign_invoice, authorization + policy', run: handlerSignAuthorized, group: 'sign' },
} as const;
type TaskName = keyof typeof TASKS;
const GROUPS = {
  ecdh: { count: ECDH_COUNT, block: ECDH_BLOCK },
  sign: { count: SIGN_COUNT, block: SIGN_BLOCK },
} as const;

async function main() {
  const names = (Object.keys(TASKS) as TaskName[]).filter((n) => ONLY === undefined || n === ONLY);
  if (names.length === 0) throw new Error(`--only=${ONLY}: expected one of ${Object.keys(TASKS).join(', ')}`);
  checkEquivalence();
  for (const name of names) await measure(1, WARMUP, async (i) => TASKS[name].run(i));

  const result: Partial<Record<TaskName, Measurement>> = {};
  for (const [group, { count, block }] of Object.entries(GROUPS)) {
    const members = names.filter((n) => TASKS[n].group === group);
    if (members.length === 0) continue;
    const tasks = Object.fromEntries(members.map((n) => [n, { run: TASKS[n].run, count, block }]));
    Object.assign(result, await measureInterleaved(tasks));
    process.stderr.write(`${group}: done\n`);
  }

  const ratio = (handled: TaskName, bare: TaskName) => {
    const [h, b] = [result[handled], result[bare]];
    if (!h || !b) return 'not measured (--only)';
    const value = h.opsPerSecond / b.opsPerSecond;
    return `${value.toFixed(2)} (${value >= TARGET ? 'met' : 'NOT met'})   p50 ${(h.p50 / b.p50).toFixed(2)}× bare`;
  };
  const lines = [
    '',
    'bench/signer — hsmd requests through HsmdRequestHandler.handle, in process, one at a time',
    `machine: ${os.cpus().length} cores, node ${process.version}, load ${os.loadavg()[0]!.toFixed(2)}${QUICK ? ', --quick' : ''}; ` +
      `blocks of ${ECDH_BLOCK} ecdh / ${SIGN_BLOCK} signs interleaved, ${VARIANTS} distinct ECDH points / invoices`,
    '',
    ...names.map((n) => row(TASKS[n].label, result[n]!)),
    '',
    `ratios (target ≥ ${TARGET} of bare ops/s):`,
    `  handler ecdh / bare ecdh                           = ${ratio('handlerEcdh', 'bareEcdh')}`,
    `  handler sign_invoice / bare sign                   = ${ratio('handlerSign', 'bareSign')}`,
    `  handler sign_invoice + authorization / bare sign   = ${ratio('handlerSignAuthorized', 'bareSign')}`,
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

await main();
