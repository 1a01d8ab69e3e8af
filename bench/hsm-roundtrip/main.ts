// bench/hsm-roundtrip: what one hsmd request costs on its way through HSM staging to a signer and
// back, next to the bare grpc-js pattern it is built on, measured in the same run.
//
// Part 1, a request the signer answers without elliptic-curve work (hsmd_derive_secret):
//   bare     the bare grpc-js push→reply over mTLS (anchors.md §3 (c)): this process pushes 100 bytes
//            on a server stream, a child process answers with a unary call.
//   stage    HsmStage.handle() → signerLinkHandlers (StreamHsmRequests) over mTLS → a child process
//            running the real signer loop (runSigner, real Signer) → RespondHsmRequest → the stage
//            resolves. This process plays the gateway; the signer is its own process, as in production.
//   proxy    the path a real request travels: a subdaemon's hsmd connection (a socket this process
//            holds, from hsmd_client_hsmfd) → the gateway's hsmd proxy → the same stage → signer →
//            back to the socket. By default the proxy as the gateway runs it (in its own process,
//            here this one: src/handoff/README.md); with `--proxy=process` the hsmd proxy process
//            calling the node's greenlight.Hsm service on its unix socket (Greenlight's layout).
// each sequentially and with 32 in flight (32 hsmd connections for `proxy`), interleaved in blocks.
// Target (issue 4): stage p50 ≤ 1.5 × bare p50, sequential.
//
// Part 2, sign_invoice end to end from the client call (invoice-path.ts): device-signed
// cln.Node/Invoice calls on the gateway process's public port while a Signer is attached, next to
// the bare costs such a call cannot avoid, measured in the same run: a bare mTLS unary echo (separate
// process), the bare push→reply, a bare recoverable signature, and with real CLN a stock lightningd's
// own `invoice` on its rpc socket.
//
// `--quick` for a smoke run; `--skip-invoice` / `--only-invoice` for one part; `--proxy=process`.
import { mkdtemp, rm } from 'node:fs/promises';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { Client, Metadata } from '@grpc/grpc-js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { mtlsCredentials } from '@greenhouse/client';
import { callerIdentity, createLogger, grpcPackages, startGrpcServer } from '@greenhouse/common';
import { decodeHsmdAs, encodeHsmd, HSM_PERM_MASTER } from '@greenhouse/common/hsmd';
import { startService } from '@greenhouse/stack';
import { HsmStage, signerLinkHandlers, startHsmService } from '../../services/node-gateway/src/staging/index.ts';
import { LightningdSide } from '../../services/node-gateway/test/support/lightningd-side.ts';
import { ProxyProcess } from '../../services/node-gateway/test/support/proxy-process.ts';
import { HsmdProxy } from '../../services/node-gateway/src/hsmd-proxy/proxy.ts';
import { stageForwarder } from '../../services/node-gateway/src/handoff/index.ts';
import { HsmSecret, Signer } from '../../services/signer/src/index.ts';
import { TestDevice } from '../../services/signer/test/support/signed-calls.ts';
import { unsignedInvoice } from '../../services/signer/test/support/invoices.ts';
import type { PendingRequest } from '@greenhouse/common/generated/greenlight/PendingRequest.ts';
import { REGTEST_INIT, deriveSecretRequest } from '../../test/support/hsmd-requests.ts';
import { measureInterleavedAsync, type AsyncTask } from '../support/async-interleave.ts';
import { CpuAccount } from '../support/cpu-time.ts';
import { row, type Measurement } from '../support/stats.ts';
import { deviceRune, registerSigner, spawnChild, startSchedulerProcess, stopChild, until } from '../support/stack.ts';
import { BareLink } from './bare-link.ts';
import { HsmdConnection } from './hsmd-connection.ts';
import { startInvoicePath } from './invoice-path.ts';
import type { SignerProcessConfig } from './signer-process.ts';

const QUICK = process.argv.includes('--quick');
const PROXY_MODE = process.argv.includes('--proxy=process') ? 'process' : 'in-gateway';
const PART1 = !process.argv.includes('--only-invoice');
const PART2 = !process.argv.includes('--skip-invoice');
const IN_FLIGHT = 32;
const SEQ_COUNT = QUICK ? 400 : 4000;
const PAR_COUNT = QUICK ? 1600 : 8000;
const SEQ_BLOCK = 200;
const PAR_BLOCK = 800;
const SIGN_COUNT = QUICK ? 40 : 300;
const INVOICE_SEQ = QUICK ? 60 : 400;
const INVOICE_PAR = QUICK ? 128 : 960;
const TARGET = 1.5;
const PEER_ID = Buffer.from('02' + '11'.repeat(32), 'hex');

const quiet = createLogger({ name: 'bench', level: 'info', destination: new Writable({ write: (_c, _e, done) => done() }) });
const out: string[] = [];
const print = (line = '') => out.push(line);

async function part1(dir: string, scheduler: Awaited<ReturnType<typeof startSchedulerProcess>>, link: BareLink, bareClientPid: number | undefined) {
  const seed = Buffer.from(secp256k1.utils.randomSecretKey());
  const signer = new Signer({ secret: HsmSecret.fromBytes(seed), network: 'regtest' });
  const device = await registerSigner(scheduler, signer);
  const { initMsg, startupMessages } = signer.startupMessages();
  /** The signed client calls the stage attaches to each request (none for derive_secret). */
  let pending: PendingRequest[] = [];
  const stage = new HsmStage({
    nodeId: signer.nodeId,
    initMsg,
    startupMessages,
    stateFile: path.join(dir, 'signer-state.json'),
    logger: quiet,
    pendingCalls: () => pending,
  });
  // The gateway's signer link as its public server mounts it: the caller's device certificate picks the stage.
  const server = await startGrpcServer({
    host: '127.0.0.1',
    port: 0,
    tls: { rootCaPem: scheduler.certs.caPem, certChainPem: scheduler.certs.gateway.certPem, keyPem: scheduler.certs.gateway.keyPem },
    logger: quiet,
    services: [
      {
        name: 'greenlight.Node',
        definition: grpcPackages().greenlight.Node.service,
        implementation: signerLinkHandlers((call) => {
          const caller = callerIdentity(call);
          return caller.kind === 'device' && caller.nodeId.equals(signer.nodeId) ? stage : undefined;
        }),
      },
    ],
  });
  const signerChild = spawnChild(path.join(import.meta.dirname, 'signer-process.ts'), [
    JSON.stringify({
      mode: 'signer',
      caPem: scheduler.certs.caPem,
      ...device,
      schedulerUri: scheduler.uri,
      nodeUri: `https://localhost:${server.port}`,
      seedHex: seed.toString('hex'),
      rune: deviceRune(signer, device),
    } satisfies SignerProcessConfig),
  ]);

  // The proxy: in this process on a socketpair, as the gateway serves a handed-over hsmd; or the
  // proxy process with the node's Hsm service on a unix socket.
  const hsmSocketPath = path.join(dir, 'hsm.sock');
  const hsm = PROXY_MODE === 'process' ? await startHsmService({ socketPath: hsmSocketPath, stage, logger: quiet }) : undefined;
  const { ours: master, proxyFd } = LightningdSide.pair();
  const proxy = PROXY_MODE === 'process' ? ProxyProcess.start({ proxyFd, hsmSocketPath, cwd: dir }) : undefined;
  if (!proxy) {
    // The gateway's sockets are non-blocking (libuv); LightningdSide's end stays blocking, as lightningd's.
    void new HsmdProxy(stageForwarder(stage), (text) => process.stderr.write(`in-gateway proxy: ${text}\n`)).serveMaster(proxyFd);
  }
  const connections: HsmdConnection[] = [];
  try {
    await until(() => stage.attachedSigners === 1, 'the signer to attach');
    await master.request(REGTEST_INIT); // answered from registration data
    for (let i = 0; i < IN_FLIGHT; i++) {
      // A subdaemon's connection; MASTER permission so that it may ask derive_secret.
      const reply = await master.request(encodeHsmd({ kind: 'hsmd_client_hsmfd', id: PEER_ID, dbid: BigInt(i + 1), permissions: BigInt(HSM_PERM_MASTER) }));
      if (reply.readUInt16BE(0) !== 109) throw new Error(`hsmd_client_hsmfd answered with type ${reply.readUInt16BE(0)}`);
      connections.push(new HsmdConnection(master.receiveFd()));
    }

    let stageId = 10_000_000; // the proxy's ids count from 1000; these must not meet them
    const viaStage = async (i: number) => {
      const response = await stage.handle({ request_id: stageId++, raw: deriveSecretRequest(`bench stage ${i}`), context: null });
      if (response.error || response.raw?.length !== 34) throw new Error(`stage answer: ${response.error || response.raw?.length}`);
    };
    const free = [...connections];
    const viaProxy = async (i: number) => {
      const connection = free.pop()!;
      try {
        decodeHsmdAs('hsmd_derive_secret_reply', await connection.request(deriveSecretRequest(`bench proxy ${i}`)));
      } finally {
        free.push(connection);
      }
    };
    const bare = () => link.push();

    // Warm-up: JIT, TLS sessions, the first signer_state exchange.
    for (const run of [bare, viaStage, viaProxy]) for (let i = 0; i < (QUICK ? 100 : 500); i++) await run(i);
    await Promise.all(Array.from({ length: IN_FLIGHT }, (_, i) => viaProxy(i)));

    const seq = (run: (i: number) => Promise<unknown>): AsyncTask => ({ run, count: SEQ_COUNT, block: SEQ_BLOCK, concurrency: 1 });
    const par = (run: (i: number) => Promise<unknown>): AsyncTask => ({ run, count: PAR_COUNT, block: PAR_BLOCK, concurrency: IN_FLIGHT });
    // CPU per request in each process (this one plays the gateway and, for `proxy`, lightningd's socket).
    const cpu = new CpuAccount({ gateway: process.pid, signer: signerChild.pid, bareClient: bareClientPid, proxy: proxy?.child.pid });
    const sequential = await measureInterleavedAsync({ bare: seq(bare), stage: seq(viaStage), proxy: seq(viaProxy) }, { around: cpu.around });
    process.stderr.write('part 1: sequential done\n');
    const parallel = await measureInterleavedAsync({ bare: par(bare), stage: par(viaStage), proxy: par(viaProxy) });
    process.stderr.write('part 1: 32 in flight done\n');

    // Where a signature's time goes: hsmd_sign_invoice with its justifying device-signed Invoice call
    // attached (and with 31 other pending calls, as when 32 Invoice calls are in flight), through the
    // stage and the signer process, next to the same Signer.process() in this process.
    const device = new TestDevice();
    const rune = device.rune(signer.runeMaster);
    const calls = Array.from({ length: IN_FLIGHT }, (_, k) =>
      device.call('/cln.Node/Invoice', { description: `bench invoice ${k}`, label: `bench-${k}`, amount_msat: { amount: { msat: 1_000_000 } } }, rune),
    ) as unknown as PendingRequest[];
    const signRaws = calls.map((_, k) => encodeHsmd({ kind: 'hsmd_sign_invoice', ...unsignedInvoice({ hrp: 'lnbcrt10u', description: `bench invoice ${k}` }) }));
    const localSigner = new Signer({ secret: HsmSecret.fromBytes(seed), network: 'regtest' });
    const signVia = (n: number) => async (i: number) => {
      const k = i % IN_FLIGHT;
      pending = n === 1 ? [calls[k]!] : calls;
      const response = await stage.handle({ request_id: stageId++, raw: signRaws[k]!, context: null });
      if (response.error) throw new Error(`sign_invoice refused: ${response.error}`);
    };
    const signLocal = (n: number) => async (i: number) => {
      const k = i % IN_FLIGHT;
      const response = localSigner.process({ request_id: i, context: null, raw: Buffer.from(signRaws[k]!), signer_state: [], requests: (n === 1 ? [calls[k]!] : calls) as never });
      if (response.error) throw new Error(`sign_invoice refused: ${response.error}`);
    };
    const signTask = (run: (i: number) => Promise<unknown>): AsyncTask => ({ run, count: SIGN_COUNT, block: 20, concurrency: 1 });
    for (let i = 0; i < 40; i++) await signVia(1)(i);
    const signing = await measureInterleavedAsync({ stage1: signTask(signVia(1)), local1: signTask(signLocal(1)), stage32: signTask(signVia(IN_FLIGHT)), local32: signTask(signLocal(IN_FLIGHT)) });
    pending = [];
    process.stderr.write('part 1: sign_invoice done\n');

    const ratio = (m: Measurement, base: Measurement) => `p50 ${(m.p50 / base.p50).toFixed(2)}×  p99 ${(m.p99 / base.p99).toFixed(2)}×  ops/s ${(m.opsPerSecond / base.opsPerSecond).toFixed(2)}×`;
    print('Part 1 — hsmd_derive_secret (no elliptic-curve work), gateway side in this process, signer in its own process');
    print(row('bare grpc-js push→reply, mTLS, sequential', sequential.bare));
    print(row('stage → signer → reply, sequential', sequential.stage));
    print(row(PROXY_MODE === 'process' ? 'proxy socket → proxy process → Hsm unix → stage → signer, sequential' : 'hsmd socket → in-gateway proxy → stage → signer, sequential', sequential.proxy));
    print(row(`bare grpc-js push→reply, mTLS, ${IN_FLIGHT} in flight`, parallel.bare));
    print(row(`stage → signer → reply, ${IN_FLIGHT} in flight`, parallel.stage));
    print(row(`proxy … → signer, ${IN_FLIGHT} in flight (${IN_FLIGHT} conns)`, parallel.proxy));
    print();
    const target = sequential.stage.p50 / sequential.bare.p50;
    print(`target: stage p50 ≤ ${TARGET} × bare p50, sequential → ${target.toFixed(2)}× (${target <= TARGET ? 'met' : `NOT met, by ${((target / TARGET - 1) * 100).toFixed(0)}%`})`);
    print(`  stage / bare, sequential:        ${ratio(sequential.stage, sequential.bare)}`);
    print(`  proxy path / bare, sequential:   ${ratio(sequential.proxy, sequential.bare)}`);
    print(`  stage / bare, ${IN_FLIGHT} in flight:     ${ratio(parallel.stage, parallel.bare)}`);
    print(`  proxy path / bare, ${IN_FLIGHT} in flight: ${ratio(parallel.proxy, parallel.bare)}`);
    print(`  the proxy hop adds ${(sequential.proxy.p50 - sequential.stage.p50).toFixed(3)} ms at p50, sequential`);
    const cpuRow = (task: 'bare' | 'stage' | 'proxy') => {
      const per = cpu.perOperation(task, SEQ_COUNT);
      const ms = (v: number | undefined) => (v === undefined ? '   ?  ' : v.toFixed(3));
      const client = task === 'bare' ? per.bareClient : per.signer;
      const total = (per.gateway ?? 0) + (client ?? 0) + (task === 'proxy' ? (per.proxy ?? 0) : 0);
      const proxyCpu = task !== 'proxy' ? '  -  ' : PROXY_MODE === 'process' ? ms(per.proxy) : 'in gateway';
      return `  ${task.padEnd(6)} gateway side ${ms(per.gateway)}   ${task === 'bare' ? 'bare client' : 'signer     '} ${ms(client)}   proxy ${proxyCpu}   total ${total.toFixed(3)}`;
    };
    print('CPU ms per request, sequential (all threads of each process, /proc schedstat; the signer idles in other rows):');
    print(cpuRow('bare'));
    print(cpuRow('stage'));
    print(cpuRow('proxy'));
    print();
    print('hsmd_sign_invoice (elliptic-curve work + authorization of the attached signed calls), sequential:');
    print(row('stage → signer → reply, 1 pending Invoice call', signing.stage1));
    print(row('Signer.process in this process, 1 pending call', signing.local1));
    print(row(`stage → signer → reply, ${IN_FLIGHT} pending Invoice calls`, signing.stage32));
    print(row(`Signer.process in this process, ${IN_FLIGHT} pending calls`, signing.local32));
    print(`  transport + staging around a signature: ${(signing.stage1.p50 - signing.local1.p50).toFixed(3)} ms at p50; each extra pending call costs the signer ≈ ${((signing.local32.p50 - signing.local1.p50) / (IN_FLIGHT - 1)).toFixed(3)} ms`);
    return { sequential, parallel };
  } finally {
    for (const connection of connections) connection.close();
    await proxy?.stop();
    master.close();
    await stopChild(signerChild);
    await stage.close();
    await hsm?.close();
    await server.shutdown(100);
  }
}

async function part2(dir: string, scheduler: Awaited<ReturnType<typeof startSchedulerProcess>>, link: BareLink) {
  const invoicePath = await startInvoicePath(dir, scheduler); // the gateway shares the scheduler's dir (its certs/)
  const echoServer = await startService({
    name: 'echo',
    main: path.join(import.meta.dirname, '../registration/echo-server.ts'),
    args: [path.join(dir, 'certs')],
    readyMessage: 'echo ready',
    onExit: () => undefined,
    forwardOutput: false,
  });
  const echoClient = new Client(`localhost:${echoServer.ready.port}`, mtlsCredentials({ caPem: scheduler.certs.caPem, ...scheduler.certs.nobody }));
  const payload = Buffer.alloc(100, 1);
  const echo = () =>
    new Promise<void>((resolve, reject) =>
      echoClient.makeUnaryRequest('/bench.Echo/Echo', (b: Buffer) => b, (b: Buffer) => b, payload, new Metadata(), (e) => (e ? reject(e) : resolve())),
    );
  try {
    // The first call waits for the signer to find the node and attach.
    const bolt11 = await invoicePath.invoice(-1);
    if (!bolt11.startsWith('lnbcrt')) throw new Error(`not a regtest invoice: ${bolt11}`);
    for (let i = 0; i < (QUICK ? 20 : 100); i++) await invoicePath.invoice(i);
    for (let i = 0; i < 200; i++) await echo();
    await Promise.all(Array.from({ length: IN_FLIGHT }, (_, i) => invoicePath.invoice(1000 + i)));
    let label = 10_000;
    const invoice = async () => invoicePath.invoice(label++);
    const stock = invoicePath.stockInvoice;

    const seq = (run: (i: number) => Promise<unknown>, count = INVOICE_SEQ): AsyncTask => ({ run, count, block: 20, concurrency: 1 });
    const par = (run: (i: number) => Promise<unknown>, count = INVOICE_PAR): AsyncTask => ({ run, count, block: 160, concurrency: IN_FLIGHT });
    const sequential = await measureInterleavedAsync({
      invoice: seq(invoice),
      getinfo: seq(() => invoicePath.getinfo(), INVOICE_SEQ * 2),
      echo: seq(echo, INVOICE_SEQ * 5),
      bare: seq(() => link.push(), INVOICE_SEQ * 5),
      sign: seq(invoicePath.bareSign),
      ...(stock && { stock: seq((i) => stock(100_000 + i)) }),
    });
    process.stderr.write('part 2: sequential done\n');
    const parallel = await measureInterleavedAsync({
      invoice: par(invoice),
      echo: par(echo, INVOICE_PAR * 5),
      bare: par(() => link.push(), INVOICE_PAR * 5),
      ...(stock && { stock: par((i) => stock(200_000 + i)) }),
    });
    process.stderr.write('part 2: 32 in flight done\n');

    print(`Part 2 — sign_invoice end to end from the client call: device-signed cln.Node/Invoice on the gateway's public port`);
    print(`lightningd: ${invoicePath.lightningd}; signer: real signer loop (not permissive) in its own process`);
    print(row('cln.Node/Invoice → … → signer → bolt11, sequential', sequential.invoice));
    print(row('cln.Node/Getinfo through the gateway, sequential', sequential.getinfo));
    print(row('bare mTLS unary echo (separate process), seq', sequential.echo));
    print(row('bare grpc-js push→reply, mTLS, sequential', sequential.bare));
    print(row('bare recoverable sign (noble, invoice hash)', sequential.sign));
    if (sequential.stock) print(row('stock lightningd `invoice` on its rpc socket, seq', sequential.stock));
    print(row(`cln.Node/Invoice, ${IN_FLIGHT} in flight`, parallel.invoice));
    print(row(`bare mTLS unary echo, ${IN_FLIGHT} in flight`, parallel.echo));
    print(row(`bare grpc-js push→reply, ${IN_FLIGHT} in flight`, parallel.bare));
    if (parallel.stock) print(row(`stock lightningd \`invoice\`, ${IN_FLIGHT} in flight`, parallel.stock));
    print();
    const floor = sequential.echo.p50 + sequential.bare.p50 + sequential.sign.p50 + (sequential.stock?.p50 ?? 0);
    const parts = `echo ${sequential.echo.p50.toFixed(3)} + push→reply ${sequential.bare.p50.toFixed(3)} + sign ${sequential.sign.p50.toFixed(3)}${sequential.stock ? ` + stock invoice ${sequential.stock.p50.toFixed(3)}` : ''}`;
    const ratio = sequential.invoice.p50 / floor;
    print(`floor, sequential = sum of bare p50s = ${parts} = ${floor.toFixed(3)} ms${sequential.stock ? '' : ' (no lightningd in it: the double has no stock twin)'}`);
    print(`Invoice p50 / floor = ${ratio.toFixed(2)}× (${ratio <= TARGET ? 'within' : 'over'} ${TARGET}×)`);
    print(`Invoice ${IN_FLIGHT} in flight: ${parallel.invoice.opsPerSecond.toFixed(0)} calls/s = ${(parallel.invoice.opsPerSecond / parallel.bare.opsPerSecond).toFixed(3)}× bare push→reply ops/s, ${(parallel.invoice.opsPerSecond / sequential.invoice.opsPerSecond).toFixed(2)}× its own sequential rate`);
  } finally {
    echoClient.close();
    await echoServer.stop();
    await invoicePath.stop();
  }
}

async function main() {
  const dir = await mkdtemp(path.join(tmpdir(), 'gh-bench-hsm-')); // short: unix socket paths
  const scheduler = await startSchedulerProcess(dir);
  const link = await BareLink.start({ caPem: scheduler.certs.caPem, ...scheduler.certs.gateway });
  // The bare client, its own process like the signer; any certificate of the CA will do for bare grpc-js.
  const bareChild = spawnChild(path.join(import.meta.dirname, 'signer-process.ts'), [
    JSON.stringify({ mode: 'bare', caPem: scheduler.certs.caPem, ...scheduler.certs.nobody, nodeUri: `https://localhost:${link.port}` } satisfies SignerProcessConfig),
  ]);
  try {
    await until(() => link.attached, 'the bare client to attach');
    print('');
    print('bench/hsm-roundtrip — hsmd request → HSM staging → signer → reply, next to bare grpc-js, same run');
    print(`machine: ${os.cpus().length} cores, node ${process.version}, load ${os.loadavg()[0]!.toFixed(2)} at start${QUICK ? ', --quick' : ''}; ` +
      `rows of one comparison interleaved in blocks; latency per request, measured where the request starts`);
    print('');
    if (PART1) {
      await part1(dir, scheduler, link, bareChild.pid);
      print('');
    }
    if (PART2) await part2(dir, scheduler, link);
    print(`load at end ${os.loadavg()[0]!.toFixed(2)}`);
  } finally {
    await stopChild(bareChild);
    link.stop();
    await scheduler.service.stop();
    await rm(dir, { recursive: true, force: true });
  }
  process.stdout.write(out.join('\n') + '\n');
}

await main();
