// The README's journey, run as written: the fenced block after `<!-- journey: … -->` in README.md,
// line by line, in a shell, against `pnpm start` as a process. So the README cannot drift from the
// code: change a command there and this test runs the new one.
//
// - With LIGHTNINGD and BITCOIND (or both on PATH) the stack runs real regtest bitcoind and CLN, and
//   `$PEER` is a stock lightningd. Otherwise the gateway runs the lightningd TEST DOUBLE (its
//   newaddr, listfunds, connect and pay are imitations, see test/support/lightningd-double/README.md),
//   the stack is pointed at a bitcoind that is not there (the double never calls it), and `$PEER`
//   is a TCP listener standing in for a node.
// - `$BOLT11` is the invoice the journey made: the node pays itself (CLN's self-payment).
// - `pnpm greenhouse …` is the root package.json script `tsx packages/cli/src/main.ts`; the shell
//   here runs exactly that program (pnpm itself would run it from the repository root, and the
//   journey's relative paths belong in a scratch directory).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Credentials } from '@greenhouse/client';
import { LIGHTNINGD_DOUBLE_PATH } from './support/lightningd-double/control.ts';
import { decodeInvoice } from './support/lightningd-double/bolt11.ts';
import { processesUsing, StackProcess, withoutBitcoind } from './support/stack-process.ts';
import { bitcoindPath, lightningdPath } from './support/real-binaries.ts';
import { StockLightningd } from './support/stock-lightningd.ts';
import { ClnRpcClient } from '../packages/cln-rpc/src/index.ts';
import { freePort } from './support/free-port.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const CLI_MAIN = path.join(REPO_ROOT, 'packages/cli/src/main.ts');
const TSX_LOADER = createRequire(path.join(REPO_ROOT, 'package.json')).resolve('tsx');
const MARKER = '<!-- journey:';

/** The journey's command lines, from README.md. */
export function journeyLines(readme: string): string[] {
  const at = readme.indexOf(MARKER);
  if (at < 0) throw new Error(`README.md has no ${MARKER} … --> block`);
  const fence = /```sh\n([\s\S]*?)```/.exec(readme.slice(at));
  if (!fence) throw new Error('no ```sh block after the journey marker');
  return fence[1]!.split('\n').filter((line) => line.trim() !== '');
}

const LINES = journeyLines(readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8'));
const lightningd = lightningdPath();
const bitcoind = bitcoindPath();
const REAL = Boolean(lightningd && bitcoind);
const STEP_TIMEOUT_MS = REAL ? 180_000 : 60_000;

/** The word(s) after `pnpm greenhouse`: `init`, `node invoice`, `signer run`, … */
function commandOf(line: string): string | undefined {
  const match = /^pnpm greenhouse (\S+)(?: ([a-z]+))?/.exec(line.trim());
  if (!match) return undefined;
  return ['node', 'signer'].includes(match[1]!) && match[2] ? `${match[1]} ${match[2]}` : match[1];
}

/** `pnpm` for the journey's shell: `pnpm greenhouse …` runs the CLI as the root script does; nothing else. */
const SHIM = `pnpm() {
  if [ "$1" = greenhouse ]; then shift; exec "${process.execPath}" --import "${TSX_LOADER}" "${CLI_MAIN}" "$@"; fi
  echo "the journey test runs only pnpm greenhouse" >&2; exit 127
}`;

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

describe(`the README journey (${REAL ? 'real bitcoind and CLN' : 'lightningd test double'})`, () => {
  let dir: string;
  let work: string;
  let stack: StackProcess | undefined;
  let peerListener: net.Server | undefined;
  let stock: StockLightningd | undefined;
  let env: NodeJS.ProcessEnv;
  const background: ChildProcess[] = [];
  /** What the journey's commands printed: results on stdout, errors and progress on stderr. */
  const printed = { stdout: [] as string[], stderr: [] as string[] };
  let nodeId = '';
  let bolt11 = '';

  function start(line: string, record = true): { child: ChildProcess; ran: Ran; done: Promise<Ran> } {
    const child = spawn('sh', ['-c', `${SHIM}\n${line}`], { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const ran: Ran = { code: null, stdout: '', stderr: '' };
    child.stdout!.on('data', (chunk: Buffer) => (ran.stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (ran.stderr += chunk.toString()));
    const done = new Promise<Ran>((resolve) =>
      child.once('close', (code) => {
        ran.code = code;
        if (record) {
          printed.stdout.push(ran.stdout);
          printed.stderr.push(ran.stderr);
        }
        resolve(ran);
      }),
    );
    return { child, ran, done };
  }

  const run = (line: string) => start(line).done;

  async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = STEP_TIMEOUT_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  function json(ran: Ran): Record<string, unknown> {
    expect(ran, `exit code; stderr: ${ran.stderr}`).toMatchObject({ code: 0 });
    return JSON.parse(ran.stdout) as Record<string, unknown>;
  }

  beforeAll(async () => {
    if (REAL) console.log(`README journey against real CLN (${lightningd}) and bitcoind (${bitcoind})`);
    dir = await mkdtemp(path.join(tmpdir(), 'gh-journey-'));
    work = path.join(dir, 'work');
    await mkdir(work);
    const stackEnv = REAL
      ? { ...withoutBitcoind(), LIGHTNINGD: lightningd!, BITCOIND: bitcoind! }
      : {
          ...withoutBitcoind(),
          LIGHTNINGD: LIGHTNINGD_DOUBLE_PATH,
          // The double never talks to bitcoind; the gateway only needs to be told where one would be.
          GREENHOUSE_BITCOIND_HOST: '127.0.0.1',
          GREENHOUSE_BITCOIND_PORT: String(await freePort()),
        };
    stack = await StackProcess.start(path.join(dir, 'stack'), { env: stackEnv, timeoutMs: REAL ? 180_000 : 60_000 });
    // The journey's shell: the user's environment, and the stack in GREENHOUSE_DIR (README: ./.greenhouse).
    env = { ...withoutBitcoind(), GREENHOUSE_DIR: path.join(dir, 'stack') };
    for (const name of ['GREENHOUSE_SECRET', 'GREENHOUSE_CREDS', 'GL_SCHEDULER_GRPC_URI', 'PEER', 'BOLT11']) delete env[name];
  }, 240_000);

  afterAll(async () => {
    for (const child of background) if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
    await Promise.all(background.map((child) => (child.exitCode === null && child.signalCode === null ? new Promise((resolve) => child.once('close', resolve)) : undefined)));
    peerListener?.close();
    await stock?.kill();
    await stack?.stop();
    if (dir) {
      const deadline = Date.now() + 30_000;
      while (processesUsing(dir).length > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('the README block is the whole journey of the issue, in order', () => {
    const commands = LINES.map(commandOf).filter((command) => command !== undefined);
    expect(commands).toEqual(['init', 'register', 'signer run', 'node getinfo', 'node newaddr', 'node invoice', 'node listfunds', 'node connect', 'node pay', 'logs']);
    expect(LINES[0]).toMatch(/^export GREENHOUSE_SECRET=\S+ GREENHOUSE_CREDS=\S+/);
    // The shim stands for the root script; if that changes, so must this test.
    const scripts = (JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.greenhouse).toBe('tsx packages/cli/src/main.ts');
  });

  for (const line of LINES) {
    const command = commandOf(line);
    it(`$ ${line.replace(/\s+#.*$/, '')}`, async () => {
      if (!command) {
        // `export …`: run it and keep what it set for the next lines.
        const ran = await start(`${line}\nexec "${process.execPath}" -e 'process.stdout.write(JSON.stringify(process.env))'`, false).done;
        expect(ran.code, ran.stderr).toBe(0);
        env = JSON.parse(ran.stdout) as NodeJS.ProcessEnv;
        expect(env.GREENHOUSE_SECRET).toBeTruthy();
        return;
      }
      const secretFile = () => path.resolve(work, env.GREENHOUSE_SECRET!);
      const credsFile = () => path.resolve(work, env.GREENHOUSE_CREDS!);
      switch (command) {
        case 'init': {
          const result = json(await run(line));
          nodeId = String(result.node_id);
          expect(nodeId).toMatch(/^0[23][0-9a-f]{64}$/);
          expect(statSync(secretFile()).mode & 0o777).toBe(0o600);
          expect(result.next).toBe('greenhouse register');
          // Never twice: the seed is the node.
          const again = await run(line);
          expect(again.code).toBe(1);
          expect(again.stderr).toMatch(/refusing to overwrite a seed/);
          return;
        }
        case 'register': {
          const result = json(await run(line));
          expect(result).toMatchObject({ node_id: nodeId, recovered: false, next: expect.stringContaining('greenhouse signer run') });
          expect(statSync(credsFile()).mode & 0o777).toBe(0o600);
          expect((await Credentials.load(credsFile())).nodeId().toString('hex')).toBe(nodeId);

          // Before the signer runs: reading works, signing waits and says what to do (exit 3).
          const info = json(await run('pnpm greenhouse node getinfo'));
          expect(info.id).toBe(nodeId);
          const waiting = await run('pnpm greenhouse node invoice 1000sat "before the signer" --timeout 4');
          expect(waiting.code, waiting.stderr).toBe(3);
          expect(waiting.stderr).toMatch(/no signer is attached.*start the signer \(greenhouse signer run\)/);
          return;
        }
        case 'signer run': {
          const signer = start(line);
          background.push(signer.child);
          await until('the signer to attach', () => signer.ran.stderr.includes('attached to the node'));
          expect(signer.child.exitCode).toBeNull();
          return;
        }
        case 'node getinfo': {
          const info = json(await run(line));
          expect(info).toMatchObject({ id: nodeId, network: 'regtest' });
          return;
        }
        case 'node newaddr': {
          const address = json(await run(line));
          expect(address.p2tr).toMatch(/^bcrt1p[02-9ac-hj-np-z]{58}$/);
          return;
        }
        case 'node invoice': {
          const invoice = json(await run(line));
          bolt11 = String(invoice.bolt11);
          expect(bolt11).toMatch(/^lnbcrt10u1/); // 1000 sat
          expect(decodeInvoice(bolt11)).toMatchObject({ amountMsat: 1_000_000n, description: 'coffee', payee: nodeId, paymentHash: invoice.payment_hash });
          return;
        }
        case 'node listfunds': {
          const funds = json(await run(line));
          expect(funds).toMatchObject({ outputs: expect.any(Array), channels: expect.any(Array) });
          return;
        }
        case 'node connect': {
          const peer = await startPeer();
          env = { ...env, PEER: peer };
          const connected = json(await run(line));
          expect(connected.id).toBe(peer.split('@')[0]);
          expect(connected).toMatchObject({ direction: 'OUT', address: { item_type: 'IPV4', address: '127.0.0.1' } });
          return;
        }
        case 'node pay': {
          env = { ...env, BOLT11: bolt11 };
          const paid = json(await run(line));
          expect(paid).toMatchObject({ status: 'COMPLETE', amount_msat: { msat: '1000000' }, destination: nodeId });
          expect(paid.payment_hash).toBe(decodeInvoice(bolt11).paymentHash);
          // Any other call by name, the request as JSON.
          const listed = json(await run(`pnpm greenhouse node call listinvoices --json '{"payment_hash": "${String(paid.payment_hash)}"}'`));
          expect(listed.invoices).toEqual([expect.objectContaining({ description: 'coffee', status: 'PAID', bolt11 })]);
          return;
        }
        case 'logs': {
          const logs = start(line);
          background.push(logs.child);
          // JSON lines (stdout is a pipe): the node's startup is in the log lines it replays.
          await until('the node log', () => logs.ran.stdout.includes('Server started with public key'));
          const first = JSON.parse(logs.ran.stdout.split('\n')[0]!) as { line: string };
          expect(typeof first.line).toBe('string');
          logs.child.kill('SIGINT');
          expect((await logs.done).code).toBe(0);
          // Without -f: the recent lines, then it ends by itself.
          const recent = await run('pnpm greenhouse logs');
          expect(recent.code, recent.stderr).toBe(0);
          expect(recent.stdout).toContain('Server started with public key');
          return;
        }
        default:
          // A line this test does not know yet must at least work.
          expect((await run(line)).code).toBe(0);
      }
    }, STEP_TIMEOUT_MS);
  }

  it('no command printed the seed, the device key or the rune; no result names the seed or creds file', async () => {
    const seedHex = (await readFile(path.resolve(work, env.GREENHOUSE_SECRET!))).toString('hex');
    const creds = await Credentials.load(path.resolve(work, env.GREENHOUSE_CREDS!));
    const keyBody = creds.keyPem.split('\n')[1]!;
    const everything = [...printed.stdout, ...printed.stderr].join('\n');
    expect(everything.length).toBeGreaterThan(0);
    for (const secret of [seedHex, keyBody, creds.rune]) expect(everything).not.toContain(secret);
    // Errors may name a file the user must act on (e.g. a seed that exists already); results do not.
    const results = printed.stdout.join('\n');
    for (const file of [env.GREENHOUSE_SECRET!, env.GREENHOUSE_CREDS!, path.basename(env.GREENHOUSE_SECRET!)]) expect(results).not.toContain(file);
  });

  it('once the stack is stopped, a node command says the scheduler is unreachable (exit 4)', async () => {
    for (const child of background) if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
    expect(await stack!.stop()).toBe(0);
    const ran = await run('pnpm greenhouse node getinfo --timeout 5');
    expect(ran.code, ran.stderr).toBe(4);
    expect(ran.stderr).toMatch(/not reachable.*pnpm start/);
  }, 90_000);

  /** `<id>@127.0.0.1:<port>` of a node to connect to: a stock lightningd on the stack's bitcoind, or a TCP listener for the double. */
  async function startPeer(): Promise<string> {
    if (!REAL) {
      peerListener = net.createServer((socket) => socket.destroy());
      await new Promise<void>((resolve) => peerListener!.listen(0, '127.0.0.1', resolve));
      const { port } = peerListener.address() as net.AddressInfo;
      return `02${randomBytes(32).toString('hex')}@127.0.0.1:${port}`;
    }
    const uri = new URL((await stack!.metadata()).bitcoind_rpc_uri!);
    const stockDir = path.join(dir, 'stock');
    await mkdir(stockDir, { recursive: true, mode: 0o700 });
    const conf = path.join(stockDir, 'stock.conf');
    await writeFile(conf, `bitcoin-rpcuser=${uri.username}\nbitcoin-rpcpassword=${uri.password}\n`, { mode: 0o600 });
    stock = await StockLightningd.start({
      lightningd: lightningd!,
      lightningDir: stockDir,
      bitcoindOptions: [`--conf=${conf}`, `--bitcoin-rpcconnect=${uri.hostname}`, `--bitcoin-rpcport=${uri.port}`, `--bitcoin-cli=${path.join(path.dirname(bitcoind!), 'bitcoin-cli')}`],
      timeoutMs: 90_000,
    });
    await until('the stock node to listen', async () => (await stock!.log()).includes('Server started with public key'), 60_000);
    const rpc = new ClnRpcClient({ socketPath: stock.rpcPath });
    try {
      const info = await rpc.call<{ id: string; binding: { port: number }[] }>('getinfo', {});
      return `${info.id}@127.0.0.1:${info.binding[0]!.port}`;
    } finally {
      await rpc.close();
    }
  }
});
