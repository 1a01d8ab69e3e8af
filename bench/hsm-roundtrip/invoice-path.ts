// sign_invoice end to end from the client call: a device-signed `cln.Node/Invoice` on the gateway's
// public mTLS port → the gateway's JSON-RPC to lightningd → lightningd's hsmd_sign_invoice → the hsmd
// proxy → the node's Hsm service → its stage → the attached Signer (its own process, real signer loop,
// real authorization of the pending call) → back. The gateway runs as its own process with the
// lightningd TEST DOUBLE, or real CLN (plus a regtest bitcoind) when LIGHTNINGD and BITCOIND are set.
//
// Also here, for the same run's baselines: a stock lightningd's own `invoice` on its rpc socket (real
// CLN only) and a bare recoverable secp256k1 signature over an invoice hash.
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Client, credentials, makeGenericClientConstructor, Metadata, type ServiceDefinition, type ServiceError } from '@grpc/grpc-js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { SchedulerClient, grpcTarget, type DeviceCredentials } from '@greenhouse/client';
import { authMetadata, grpcFrame, loadProtos, signRequest } from '@greenhouse/common';
import { ClnRpcClient } from '../../packages/cln-rpc/src/index.ts';
import { readLightningdVersion } from '../../services/node-gateway/src/hsmd-proxy/index.ts';
import { deriveNodeKey, HsmSecret, invoiceSigningHash } from '../../services/signer/src/crypto/index.ts';
import { Signer } from '../../services/signer/src/index.ts';
import { unsignedInvoice } from '../../services/signer/test/support/invoices.ts';
import { LIGHTNINGD_DOUBLE_PATH } from '../../test/support/lightningd-double/control.ts';
import { bitcoindPath, lightningdPath } from '../../test/support/real-binaries.ts';
import { deviceSigning } from '../../test/support/device-signing.ts';
import { RegtestBitcoind } from '../../test/support/regtest-bitcoind.ts';
import { StockLightningd } from '../../test/support/stock-lightningd.ts';
import { deviceRune, registerSigner, spawnChild, startGatewayProcess, stopChild, type SchedulerProcess } from '../support/stack.ts';
import type { SignerProcessConfig } from './signer-process.ts';

const INVOICE_MSAT = 1_000_000;
type NodeCall = (request: object, metadata: Metadata, options: object, callback: (error: ServiceError | null, response: Record<string, unknown>) => void) => void;

export interface InvoicePath {
  /** `double` (the lightningd TEST DOUBLE) or `real` (CLN `lightningd --version`). */
  lightningd: string;
  /** One device-signed cln.Node/Invoice through the gateway; resolves with the bolt11. */
  invoice(i: number): Promise<string>;
  /** One cln.Node/Getinfo through the gateway: the same path without hsmd and signer. */
  getinfo(): Promise<void>;
  /** A stock lightningd's own `invoice` on its rpc socket (real CLN only). */
  stockInvoice?: (i: number) => Promise<void>;
  /** A bare recoverable signature over a BOLT #11 signing hash (noble, as the Signer uses). */
  bareSign(i: number): Promise<void>;
  stop(): Promise<void>;
}

function option(options: string[], name: string): string {
  return options.find((o) => o.startsWith(`--${name}=`))!.slice(name.length + 3);
}

export async function startInvoicePath(dir: string, scheduler: SchedulerProcess): Promise<InvoicePath> {
  const lightningd = process.env.LIGHTNINGD ? lightningdPath() : undefined;
  const bitcoind = lightningd ? bitcoindPath() : undefined;
  const real = lightningd !== undefined && bitcoind !== undefined;
  const cleanup: Array<() => Promise<void>> = [];
  try {
    let env: NodeJS.ProcessEnv = { ...process.env, LIGHTNINGD: LIGHTNINGD_DOUBLE_PATH, GREENHOUSE_LOG_LEVEL: 'info' };
    let gatewayArgs: string[] = [];
    let stock: StockLightningd | undefined;
    let bitcoin: RegtestBitcoind | undefined;
    if (real) {
      bitcoin = await RegtestBitcoind.start(bitcoind, path.join(dir, 'bitcoind'));
      cleanup.push(() => bitcoin!.stop());
      const options = bitcoin.lightningdOptions();
      gatewayArgs = ['--bitcoind-host', '127.0.0.1', '--bitcoind-port', option(options, 'bitcoin-rpcport'), '--bitcoind-user', option(options, 'bitcoin-rpcuser')];
      gatewayArgs.push('--bitcoin-cli', option(options, 'bitcoin-cli'));
      env = { ...env, LIGHTNINGD: lightningd, GREENHOUSE_BITCOIND_PASSWORD: option(options, 'bitcoin-rpcpassword') };
      stock = await StockLightningd.start({ lightningd, lightningDir: path.join(dir, 'stock'), bitcoindOptions: options });
      cleanup.push(async () => {
        await new ClnRpcClient({ socketPath: stock!.rpcPath }).call('stop').catch(() => undefined);
        await stock!.waitForExit();
      });
    }
    const gateway = await startGatewayProcess({ dir, schedulerUri: scheduler.uri, env, args: gatewayArgs });
    cleanup.push(() => gateway.service.stop());

    const seed = Buffer.from(secp256k1.utils.randomSecretKey());
    const signer = new Signer({ secret: HsmSecret.fromBytes(seed), network: 'regtest' });
    const device = await registerSigner(scheduler, signer);
    const rune = deviceRune(signer, device);
    const schedulerClient = new SchedulerClient(scheduler.uri, { caPem: scheduler.certs.caPem, ...device }, 120_000);
    const placed = await schedulerClient.schedule(signer.nodeId);
    schedulerClient.close();

    // The signer finds the node through the scheduler (GetNodeInfo), as `greenhouse signer run` does.
    const signerChild: ChildProcess = spawnChild(path.join(import.meta.dirname, 'signer-process.ts'), [
      JSON.stringify({ mode: 'signer', caPem: scheduler.certs.caPem, ...device, schedulerUri: scheduler.uri, seedHex: seed.toString('hex'), rune } satisfies SignerProcessConfig),
    ]);
    cleanup.push(() => stopChild(signerChild));

    const node = nodeClient(placed.grpc_uri, scheduler.certs.caPem, device, rune);
    cleanup.push(async () => Client.prototype.close.call(node));
    const definition = loadProtos().definition['cln.Node'] as unknown as ServiceDefinition;
    const labelPrefix = `bench-${Date.now()}`;
    const invoice = (i: number): Promise<string> => {
      const request = { amount_msat: { amount: { msat: String(INVOICE_MSAT) } }, label: `${labelPrefix}-${i}`, description: `greenhouse bench ${i}` };
      const timestampMs = BigInt(Date.now());
      const signed = signRequest(device.keyPem, grpcFrame(definition.Invoice!.requestSerialize(request)), timestampMs);
      const metadata = authMetadata({ ...signed, timestampMs, rune });
      return new Promise((resolve, reject) =>
        node.Invoice!.call(node, request, metadata, { deadline: Date.now() + 120_000 }, (error, response) =>
          error ? reject(new Error(`Invoice ${i}: ${error.details}`)) : resolve(String(response.bolt11)),
        ),
      );
    };

    const getinfo = (): Promise<void> =>
      new Promise((resolve, reject) =>
        node.Getinfo!.call(node, {}, new Metadata(), { deadline: Date.now() + 60_000 }, (error) => (error ? reject(new Error(`Getinfo: ${error.details}`)) : resolve())),
      );

    let stockInvoice: InvoicePath['stockInvoice'];
    if (stock) {
      const rpc = new ClnRpcClient({ socketPath: stock.rpcPath });
      cleanup.push(async () => rpc.close()); // before the stock node stops (cleanup runs in reverse)
      stockInvoice = async (i) => {
        await rpc.call('invoice', { amount_msat: INVOICE_MSAT, label: `${labelPrefix}-${i}`, description: `greenhouse bench ${i}` });
      };
    }

    const nodeKey = deriveNodeKey(HsmSecret.fromBytes(seed)).privateKey;
    const hashes = Array.from({ length: 256 }, (_, i) => {
      const inv = unsignedInvoice({ hrp: 'lnbcrt10u', description: `greenhouse bench ${i}` });
      return invoiceSigningHash(inv.hrp, inv.u5bytes);
    });
    const bareSign = async (i: number) => {
      secp256k1.sign(hashes[i % hashes.length]!, nodeKey, { prehash: false, format: 'recovered' });
    };

    return {
      lightningd: real ? `real CLN ${await readLightningdVersion(lightningd)} (${lightningd}), regtest bitcoind` : 'lightningd TEST DOUBLE (test/support/lightningd-double.mjs), not CLN',
      invoice,
      getinfo,
      ...(stockInvoice && { stockInvoice }),
      bareSign,
      async stop() {
        for (const step of cleanup.reverse()) await step().catch((error: unknown) => process.stderr.write(`cleanup: ${(error as Error).message}\n`));
      },
    };
  } catch (error) {
    for (const step of cleanup.reverse()) await step().catch(() => undefined);
    throw error;
  }
}

/** Calls signed with the device key and carrying its rune, as the gateway requires. */
function nodeClient(uri: string, caPem: string, device: DeviceCredentials, rune: string): Client & Record<string, NodeCall> {
  const definition = loadProtos().definition['cln.Node'] as unknown as ServiceDefinition;
  const Constructor = makeGenericClientConstructor(definition, 'cln.Node');
  return new Constructor(grpcTarget(uri), credentials.createSsl(Buffer.from(caPem), Buffer.from(device.keyPem), Buffer.from(device.certPem)), {
    interceptors: [deviceSigning(device.keyPem, rune)],
  }) as never;
}
