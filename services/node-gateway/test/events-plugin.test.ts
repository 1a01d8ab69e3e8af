// The greenhouse-events CLN plugin as a real process, driven on stdin/stdout the way lightningd
// drives a plugin, forwarding to a unix socket this test listens on like the gateway's event hub.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { EVENTS_PLUGIN_PATH, EVENTS_SOCKET_ENV } from '../src/node-events/index.ts';
import { temporaryDirectory, until } from './support/staging-fixtures.ts';

/** The plugin, with lightningd's side of its stdin/stdout. */
class PluginProcess {
  readonly responses = new Map<string, Record<string, unknown>>();
  readonly stderr: string[] = [];
  readonly exited: Promise<number | null>;
  private stdout = '';

  constructor(readonly child: ChildProcess) {
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      this.stdout += chunk;
      let end: number;
      while ((end = this.stdout.indexOf('\n\n')) >= 0) {
        const message = JSON.parse(this.stdout.slice(0, end)) as Record<string, unknown>;
        this.stdout = this.stdout.slice(end + 2);
        this.responses.set(String(message.id), message);
      }
    });
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => this.stderr.push(chunk));
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  static start(env: Record<string, string | undefined>): PluginProcess {
    return new PluginProcess(spawn(EVENTS_PLUGIN_PATH, [], { env: { PATH: process.env.PATH, LIGHTNINGD_PLUGIN: '1', LIGHTNINGD_VERSION: 'v26.06.6', ...env }, stdio: ['pipe', 'pipe', 'pipe'] }));
  }

  send(message: object): void {
    this.child.stdin!.write(`${JSON.stringify(message)}\n\n`);
  }

  async call(id: string, method: string, params: object = {}): Promise<Record<string, unknown>> {
    this.send({ jsonrpc: '2.0', id, method, params });
    await until(() => this.responses.has(id), `the answer to ${method}`);
    return this.responses.get(id)!;
  }

  notify(method: string, params: object): void {
    this.send({ jsonrpc: '2.0', method, params });
  }
}

/** The gateway's side of the events socket: every line received, and a way to send control lines. */
class GatewaySide {
  readonly lines: Array<Record<string, unknown>> = [];
  readonly texts: string[] = [];
  readonly sockets: net.Socket[] = [];

  private constructor(readonly server: net.Server) {
    server.on('connection', (socket) => {
      this.sockets.push(socket);
      let buffer = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => {
        buffer += chunk;
        let newline: number;
        while ((newline = buffer.indexOf('\n')) >= 0) {
          this.texts.push(buffer.slice(0, newline));
          this.lines.push(JSON.parse(buffer.slice(0, newline)) as Record<string, unknown>);
          buffer = buffer.slice(newline + 1);
        }
      });
      socket.on('error', () => undefined);
    });
  }

  static async listen(socketPath: string): Promise<GatewaySide> {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(socketPath, resolve));
    return new GatewaySide(server);
  }

  methods(): string[] {
    return this.lines.map((line) => String(line.method ?? (line.hook ? `hook:${String(line.hook)}` : 'hello')));
  }

  control(message: object): void {
    for (const socket of this.sockets) socket.write(`${JSON.stringify(message)}\n`);
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

describe('greenhouse-events plugin', () => {
  let dir: string;
  let remove: () => Promise<void>;
  let socketPath: string;
  let plugin: PluginProcess | undefined;
  let gateway: GatewaySide | undefined;

  beforeEach(async () => {
    ({ dir, remove } = await temporaryDirectory('gh-plugin-'));
    socketPath = path.join(dir, 'events.sock');
  });

  afterEach(async () => {
    plugin?.child.kill('SIGKILL');
    await plugin?.exited;
    plugin = undefined;
    await gateway?.close();
    gateway = undefined;
    await remove();
  });

  it('answers getmanifest with every notification, log, and the custommsg hook', async () => {
    plugin = PluginProcess.start({ [EVENTS_SOCKET_ENV]: socketPath });
    const manifest = await plugin.call('1', 'getmanifest', { 'allow-deprecated-apis': false });
    expect(manifest.result).toEqual({
      options: [],
      rpcmethods: [],
      subscriptions: ['*', 'log'],
      hooks: [{ name: 'custommsg' }],
      dynamic: false,
      nonnumericids: true,
    });
  });

  it('forwards notifications verbatim, one line each, and custommsg hook calls after answering them', async () => {
    gateway = await GatewaySide.listen(socketPath);
    plugin = PluginProcess.start({ [EVENTS_SOCKET_ENV]: socketPath });
    await plugin.call('1', 'getmanifest');
    expect((await plugin.call('2', 'init', { options: {}, configuration: {} })).result).toEqual({});
    await until(() => gateway!.lines.length >= 1, 'hello');
    expect(gateway.lines[0]).toMatchObject({ hello: { lightningd_version: 'v26.06.6', dropped: 0 } });

    // A u64 beyond 2^53 must survive: the line is lightningd's own text, not re-serialized.
    const raw = '{"jsonrpc":"2.0","method":"coin_movement","params":{"coin_movement":{"version":2,"group_id":18446744073709551615}}}';
    plugin.child.stdin!.write(`${raw}\n\n`);
    plugin.notify('block_added', { block_added: { hash: 'ab'.repeat(32), height: 102 } });
    const hook = await plugin.call('cm-1', 'custommsg', { peer_id: '02' + '11'.repeat(32), payload: '1337ffff' });
    expect(hook.result).toEqual({ result: 'continue' });
    await until(() => gateway!.lines.length >= 4, 'three events');
    expect(gateway.methods().slice(1)).toEqual(['coin_movement', 'block_added', 'hook:custommsg']);
    expect(gateway.texts[1]).toBe(raw);
    expect(gateway.lines[3]).toEqual({ hook: 'custommsg', params: { peer_id: '02' + '11'.repeat(32), payload: '1337ffff' } });
  });

  it('forwards log notifications only while the gateway asks for them', async () => {
    gateway = await GatewaySide.listen(socketPath);
    plugin = PluginProcess.start({ [EVENTS_SOCKET_ENV]: socketPath });
    await plugin.call('1', 'getmanifest');
    await plugin.call('2', 'init', { options: {}, configuration: {} });
    await until(() => gateway!.lines.length >= 1, 'hello');
    plugin.notify('log', { log: { level: 'debug', log: 'not wanted' } });
    // stdin is read in order: once a later request is answered, the log notification was handled (and dropped).
    await plugin.call('sync', 'frobnicate');
    gateway.control({ forward_log: true });
    // The control line and the next notification race; send until one arrives.
    await until(() => {
      plugin!.notify('log', { log: { level: 'debug', log: 'wanted' } });
      return gateway!.methods().includes('log');
    }, 'a forwarded log notification');
    expect(gateway.lines.filter((line) => line.method === 'log').every((line) => JSON.stringify(line).includes('"wanted"'))).toBe(true);
  });

  it('keeps events while the gateway is away and delivers them when it comes; lightningd never waits', async () => {
    plugin = PluginProcess.start({ [EVENTS_SOCKET_ENV]: socketPath });
    await plugin.call('1', 'getmanifest');
    await plugin.call('2', 'init', { options: {}, configuration: {} });
    plugin.notify('block_added', { block_added: { hash: '01'.repeat(32), height: 1 } });
    // The hook is answered at once although nothing listens.
    expect((await plugin.call('cm', 'custommsg', { peer_id: '02' + '22'.repeat(32), payload: 'ffff' })).result).toEqual({ result: 'continue' });
    await until(() => plugin!.stderr.join('').includes('unavailable'), 'one stderr line about the outage');

    gateway = await GatewaySide.listen(socketPath);
    await until(() => gateway!.lines.length >= 3, 'the buffered events');
    expect(gateway.methods()).toEqual(['hello', 'block_added', 'hook:custommsg']);

    // The gateway restarts: the plugin reconnects. (An event written while the old connection was
    // going away is lost with it, so send until one arrives.)
    await gateway.close();
    gateway = await GatewaySide.listen(socketPath);
    await until(() => {
      plugin!.notify('block_added', { block_added: { hash: '02'.repeat(32), height: 2 } });
      return gateway!.methods().includes('block_added');
    }, 'an event after the reconnect');
    expect(plugin.child.exitCode).toBe(null);
  });

  it('disables itself at init when the gateway gave it no socket', async () => {
    plugin = PluginProcess.start({ [EVENTS_SOCKET_ENV]: undefined });
    await plugin.call('1', 'getmanifest');
    const init = await plugin.call('2', 'init', { options: {}, configuration: {} });
    expect((init.result as { disable?: string }).disable).toMatch(/GREENHOUSE_EVENTS_SOCKET is not set/);
  });

  it('exits soon after the shutdown notification, and when lightningd closes its stdin', async () => {
    gateway = await GatewaySide.listen(socketPath);
    plugin = PluginProcess.start({ [EVENTS_SOCKET_ENV]: socketPath });
    await plugin.call('1', 'getmanifest');
    await plugin.call('2', 'init', { options: {}, configuration: {} });
    plugin.notify('shutdown', { shutdown: {} });
    expect(await plugin.exited).toBe(0);
    expect(gateway.methods()).toContain('shutdown');

    const second = PluginProcess.start({ [EVENTS_SOCKET_ENV]: socketPath });
    await second.call('1', 'getmanifest');
    second.child.stdin!.end();
    expect(await second.exited).toBe(0);
  });

  it('answers an unknown method with an error instead of going silent', async () => {
    plugin = PluginProcess.start({ [EVENTS_SOCKET_ENV]: socketPath });
    const answer = await plugin.call('x', 'frobnicate');
    expect(answer.error).toMatchObject({ code: -32601 });
  });
});
