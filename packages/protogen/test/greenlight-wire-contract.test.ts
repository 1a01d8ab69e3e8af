// Our protos (everything in proto/) held against Greenlight's wire contract: every service, method,
// field and enum value a Greenlight client may use must exist, wire-compatible.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, sharedDir } from '../src/paths.ts';
import type { WireContract } from '../src/sources.ts';
import { checkWireContract, declaredPackages, protoSources, rootFromSources } from './wire-contract.ts';

const contract = JSON.parse(fs.readFileSync(path.join(sharedDir(), 'greenlight-wire', 'greenlight-wire.json'), 'utf8')) as WireContract;

/** CLN removed these JSON-RPC methods (decodepay, autocleaninvoice, delexpiredinvoice); we cannot serve them. */
const REMOVED_BY_CLN = new Set(['cln.Node/DecodePay', 'cln.Node/AutoCleanInvoice', 'cln.Node/DelExpiredInvoice']);

const sources = protoSources(path.join(repoRoot(), 'proto'));
const present = declaredPackages(sources);
const contractPackages = [...new Set(contract.services.map((s) => s.service.split('.')[0]!))].sort();

describe("Greenlight's wire contract", () => {
  const root = rootFromSources(sources);

  it('has a proto file for every Greenlight package', () => {
    // scheduler.proto and greenlight.proto are both committed (git log proto/), so none may be missing.
    expect(contractPackages.filter((p) => !present.has(p))).toEqual([]);
  });

  it.each(contractPackages.filter((p) => present.has(p)))('holds for package %s', (pkg) => {
    const violations = checkWireContract(root, contract, { packages: [pkg], allowedMissingMethods: REMOVED_BY_CLN });
    expect(violations).toEqual([]);
  });
});
