// The native helpers (greenhouse-hsmd, greenhouse-events-plugin) started the way lightningd starts its
// hsmd and its plugins, handing their descriptors to a real HandoffServer, which serves them with a
// real HsmStage and NodeEventHub.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { closeSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { encodeHsmd, HSM_PERM_ECDH, HSMD_TYPE, peekType } from '@greenhouse/common/hsmd';
import { HandoffServer, HANDOFF_SOCKET_ENV, NATIVE_EVENTS_PLUGIN_PATH, NATIVE_HSMD_PATH, serveHandedHsmd, serveHandedPlugin } from '../src/handoff/index.ts';
import { fdPassing } from '../src/hsmd-proxy/fd-passing.ts';
import { LIGHTNINGD_VERSION_ENV } from '../src/hsmd-proxy/index.ts';
import { NodeEventHub, type NodeEventMessage } from '../src/node-events/index.ts';
import { EVENTS_PLUGIN_MANIFEST } from '../src/node-events/plugin-session.ts';
import type { HsmStage } from '../src/staging/index.ts';
import { LightningdSide } from './support/lightningd-side.ts';
import { answer, captureLogger, deriveSecret, INIT_MSG, newStage, PEER_ID, refusal, temporaryDirectory, until } from './support/staging-fixtures.ts';
import { REGTEST_INIT } from '../../../test/support/hsmd-requests.ts';

const VERSION = 'v26.06.6';

/** A helper as lightningd runs it, with what it wrote to stderr and how it exited. */
class Helper {
  stderr = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(readonly child: ChildProcess) {
    child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }
}

function helperEnv(socketPath: string): NodeJS.ProcessEnv {
  return { ...process.env, [HANDOFF_SOCKET_ENV]: socketPath, [LIGHTNINGD_VERSION_ENV]: VERSION };
}

describe('greenhouse-hsmd --version', () => {
  it('prints lightningd’s version from the environment and a newline, nothing else', async () => {
    const { stdout, stderr } = await promisify(execFile)(NATIVE_HSMD_PATH, ['--version'], { env: { ...process.env, [LIGHTNINGD_VERSION_ENV]: VERSION } });
    expect(stdout).toBe(`${VERSION}\n`);
    expect(stderr).toBe('');
  });

  it('fails with one line when the gateway did not say the version', async () => {
    const env = { ...process.env };
    delete env[LIGHTNINGD_VERSION_ENV];
    await expect(promisify(execFile)(NATIVE_HSMD_PATH, ['--version'], { env })).rejects.toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'greenhouse-hsmd: GREENHOUSE_LIGHTNINGD_VERSION is not set: the gateway sets it to `lightningd --version`\n',
    });
  });

  it('fails with one line naming the socket when the gateway is not there', async () => {
    const run = promisify(execFile)(NATIVE_HSMD_PATH, [], { env: helperEnv('/nonexistent/handoff.sock') });
    await expect(run).rejects.toMatchObject({ code: 1, stderr: 'greenhouse-hsmd: cannot reach the node gateway at /nonexistent/handoff.sock: No such file or directory\n' });
  });
});

describe('handoff to the gateway', () => {
  let dir: string;
  let remove: () => Promise<void>;
  let socketPath: string;
  let stage: HsmStage;
  let hub: NodeEventHub;
  let server: HandoffServer;
  let logs: Array<Record<string, unknown>>;
  const children: ChildProcess[] = [];

  beforeEach(async () => {
    ({ dir, remove } = await temporaryDirectory('greenhouse-handoff-'));
    socketPath = path.join(dir, 'handoff.sock');
    const captured = captureLogger();
    logs = captured.lines;
    stage = newStage(dir, { logger: captured.logger });
    hub = await NodeEventHub.listen({ socketPath: path.join(dir, 'events.sock'), logger: captured.logger });
    server = await HandoffServer.listen({
      socketPath,
      handlers: {
        hsmd: (handoff) => serveHandedHsmd(handoff, stage, captured.logger),
        plugin: (handoff) => serveHandedPlugin(handoff, hub, captured.logger),
      },
      logger: captured.logger,
    });
  });

  afterEach(async () => {
    for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await server.close();
    await hub.close();
    await stage.close();
    await remove();
  });

  describe('greenhouse-hsmd', () => {
    let lightningd: LightningdSide;
    let status: LightningdSide;
    let hsmd: Helper;

    beforeEach(() => {
      // As lightningd's subd(): fd 0 the status socket, fd 3 the request socket, stdout/stderr its own.
      const request = LightningdSide.pair();
      const statusPair = LightningdSide.pair();
      lightningd = request.ours;
      status = statusPair.ours;
      const child = spawn(NATIVE_HSMD_PATH, ['--developer'], { cwd: dir, env: helperEnv(socketPath), stdio: [statusPair.proxyFd, 'inherit', 'pipe', request.proxyFd] });
      closeSync(request.proxyFd);
      closeSync(statusPair.proxyFd);
      children.push(child);
      hsmd = new Helper(child);
    });

    afterEach(() => {
      lightningd.close();
      status.close();
    });

    it('answers hsmd_init from the registration and stages the rest for the signer, with the client’s context', async () => {
      const init = await lightningd.request(REGTEST_INIT);
      expect(init).toEqual(INIT_MSG);

      const request = deriveSecret('bolt12-invoice-base');
      const reply = lightningd.request(request);
      await until(() => stage.pendingCount === 1, 'the staged derive_secret');
      const signer = stage.attach();
      const staged = (await signer.next())!;
      expect(staged.request_id).toBe(1001); // hsmd_init took 1000, as in Greenlight's proxy
      expect(Buffer.from(staged.raw!)).toEqual(request);
      const secret = Buffer.from('007f' + 'ee'.repeat(32), 'hex'); // hsmd_derive_secret_reply (127)
      expect(await stage.respond(answer(1001, secret))).toBe('answered');
      expect(await reply).toEqual(secret);

      // A subdaemon's connection: the 109 reply, a socket, and its requests carry its context.
      const hsmfd = await lightningd.request(encodeHsmd({ kind: 'hsmd_client_hsmfd', id: PEER_ID, dbid: 9n, permissions: BigInt(HSM_PERM_ECDH) }));
      expect(peekType(hsmfd)).toBe(HSMD_TYPE.hsmd_client_hsmfd_reply);
      const client = new LightningdSide(lightningd.receiveFd());
      try {
        const ecdh = encodeHsmd({ kind: 'hsmd_ecdh_req', point: Buffer.from('0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798', 'hex') });
        const ecdhReply = client.request(ecdh);
        const forwarded = (await signer.next())!;
        expect(forwarded.context).toEqual({ node_id: PEER_ID, dbid: '9', capabilities: String(HSM_PERM_ECDH) });
        const shared = Buffer.from('0064' + '33'.repeat(32), 'hex'); // hsmd_ecdh_resp (100)
        await stage.respond(answer(forwarded.request_id!, shared));
        expect(await ecdhReply).toEqual(shared);
      } finally {
        client.close();
      }
      expect(hsmd.stderr).toBe('');
    });

    it('exits 0 once lightningd closes its sockets, as a stock hsmd does', async () => {
      await lightningd.request(REGTEST_INIT);
      lightningd.close();
      status.close();
      expect(await hsmd.exited).toEqual({ code: 0, signal: null });
    });

    it('closes lightningd’s sockets and exits 1 when the signer refuses a request of lightningd’s own, so lightningd stops', async () => {
      await lightningd.request(REGTEST_INIT);
      lightningd.send(deriveSecret('something lightningd needs'));
      await until(() => stage.pendingCount === 1, 'the staged request');
      await stage.respond(refusal(1001, 'not today'));
      expect(await lightningd.closedByPeer()).toBe(true);
      expect(await status.closedByPeer()).toBe(true);
      expect(await hsmd.exited).toEqual({ code: 1, signal: null });
      expect(logs.some((line) => String(line.msg).includes('lightningd’s own hsmd request could not be answered') && String((line.err as { message?: string })?.message).includes('refused by the signer: not today'))).toBe(true);
    });
  });

  describe('greenhouse-events-plugin', () => {
    let plugin: Helper;
    let fromPlugin = '';

    beforeEach(() => {
      fromPlugin = '';
      const child = spawn(NATIVE_EVENTS_PLUGIN_PATH, [], { cwd: dir, env: helperEnv(socketPath), stdio: ['pipe', 'pipe', 'pipe'] });
      children.push(child);
      plugin = new Helper(child);
      child.stdout!.setEncoding('utf8');
      child.stdout!.on('data', (chunk: string) => (fromPlugin += chunk));
    });

    const send = (message: unknown) => plugin.child.stdin!.write(JSON.stringify(message) + '\n\n');
    const answers = () => fromPlugin.split('\n\n').filter(Boolean).map((text) => JSON.parse(text) as Record<string, unknown>);

    it('answers getmanifest and init as the Node.js plugin does, and delivers notifications and custommsg to the hub', async () => {
      const events: NodeEventMessage[] = [];
      hub.subscribe('notification', 'block_added', (event) => events.push(event));
      hub.subscribe('hook', 'custommsg', (event) => events.push(event));
      send({ jsonrpc: '2.0', id: 1, method: 'getmanifest', params: { 'allow-deprecated-apis': false } });
      send({ jsonrpc: '2.0', id: 'cln:init#2', method: 'init', params: { options: {}, configuration: {} } });
      await until(() => answers().length === 2, 'two answers');
      expect(answers()).toEqual([
        { jsonrpc: '2.0', id: 1, result: EVENTS_PLUGIN_MANIFEST },
        { jsonrpc: '2.0', id: 'cln:init#2', result: {} },
      ]);
      expect(hub.pluginConnected).toBe(true);

      send({ jsonrpc: '2.0', method: 'block_added', params: { block_added: { hash: 'ab'.repeat(32), height: 18446744073709551615n.toString() } } });
      send({ jsonrpc: '2.0', id: 'cln:custommsg#3', method: 'custommsg', params: { peer_id: PEER_ID.toString('hex'), payload: '8001aa' } });
      await until(() => events.length === 2, 'both events');
      expect(events[0]).toEqual({ source: 'notification', topic: 'block_added', payload: { hash: 'ab'.repeat(32), height: '18446744073709551615' } });
      expect(events[1]).toEqual({ source: 'hook', topic: 'custommsg', payload: { peer_id: PEER_ID.toString('hex'), payload: '8001aa' } });
      expect(answers().at(-1)).toEqual({ jsonrpc: '2.0', id: 'cln:custommsg#3', result: { result: 'continue' } });
    });

    it('passes log notifications on only while someone listens to them', async () => {
      const lines: unknown[] = [];
      const log = (message: string) => send({ jsonrpc: '2.0', method: 'log', params: { log: { level: 'debug', message } } });
      send({ jsonrpc: '2.0', id: 1, method: 'getmanifest', params: {} });
      await until(() => answers().length === 1, 'the manifest');
      log('nobody hears this');
      // A round trip, so the line above has been read before anyone listens.
      send({ jsonrpc: '2.0', id: 2, method: 'no-such-method', params: {} });
      await until(() => answers().length === 2, 'the error');
      const stop = hub.subscribe('notification', 'log', (event) => lines.push(event.payload));
      log('heard');
      await until(() => lines.length === 1, 'the log line');
      stop();
      log('nobody hears this either');
      send({ jsonrpc: '2.0', id: 3, method: 'no-such-method', params: {} });
      await until(() => answers().length === 3, 'the second error');
      expect(lines).toEqual([{ level: 'debug', message: 'heard' }]);
      expect(answers()[1]).toEqual({ jsonrpc: '2.0', id: 2, error: { code: -32601, message: 'greenhouse-events has no method no-such-method' } });
    });

    it('lets go after the shutdown notification: lightningd sees its stdout close and the helper exit 0', async () => {
      send({ jsonrpc: '2.0', id: 1, method: 'getmanifest', params: {} });
      await until(() => hub.pluginConnected, 'the session');
      const stdoutClosed = new Promise<void>((resolve) => plugin.child.stdout!.once('end', () => resolve()));
      send({ jsonrpc: '2.0', method: 'shutdown', params: {} });
      await stdoutClosed;
      expect(await plugin.exited).toEqual({ code: 0, signal: null });
      await until(() => !hub.pluginConnected, 'the session to end');
    });

    it('ends the session when lightningd kills the helper (plugin_kill)', async () => {
      send({ jsonrpc: '2.0', id: 1, method: 'getmanifest', params: {} });
      await until(() => hub.pluginConnected, 'the session');
      plugin.child.kill('SIGKILL');
      await until(() => !hub.pluginConnected, 'the session to end');
    });
  });

  it('drops a connection that hands over something else, telling it to exit 1', async () => {
    const stranger = net.createConnection(socketPath);
    await new Promise((resolve) => stranger.once('connect', resolve));
    const [spare, other] = fdPassing.socketPair();
    // One 0x00 byte carrying one fd: not a role the gateway knows.
    fdPassing.sendFd((stranger as unknown as { _handle: { fd: number } })._handle.fd, spare);
    closeSync(spare);
    closeSync(other);
    const said = await new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      stranger.on('data', (chunk: Buffer) => chunks.push(chunk));
      stranger.on('close', () => resolve(Buffer.concat(chunks)));
    });
    expect(said).toEqual(Buffer.from([1]));
    expect(logs.some((line) => line.msg === 'handoff of an unknown kind; dropped')).toBe(true);
  });
});
