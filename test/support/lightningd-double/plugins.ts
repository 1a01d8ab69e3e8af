// Plugins for the lightningd TEST DOUBLE, run the way lightningd runs them (CLN's
// doc/developers-guide/plugin-development, v26.06.6): the executable in <lightning-dir>/<network>
// with LIGHTNINGD_PLUGIN=1 and LIGHTNINGD_VERSION in its environment, JSON-RPC on its stdin/stdout
// (each message followed by "\n\n"), `getmanifest` then `init`, notifications to the topics it
// subscribed (`*` is everything but `log`), hooks it registered called in turn, `shutdown` notified
// at stop and then a short wait for it to exit. A plugin that fails its handshake is killed and the
// double goes on, as lightningd does for a plain `--plugin`.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { JsonStreamSplitter } from './json-rpc-server.ts';

export interface PluginLaunch {
  cwd: string;
  env: NodeJS.ProcessEnv;
  version: string;
  /** `init`'s configuration member. */
  configuration: Record<string, unknown>;
  /** lightningd's log: plugin stderr lines and plugin `log` notifications end up there. */
  log: (level: 'debug' | 'info' | 'unusual' | 'broken', source: string, text: string) => void;
}

interface Manifest {
  subscriptions?: string[];
  hooks?: Array<string | { name: string }>;
}

const HANDSHAKE_TIMEOUT_MS = 30_000;

export class DoublePlugin {
  readonly name: string;
  private readonly pending = new Map<string, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private nextId = 1;
  private subscriptions: string[] = [];
  private hooks: string[] = [];
  private alive = true;
  readonly exited: Promise<void>;

  private constructor(
    readonly file: string,
    private readonly child: ChildProcess,
    private readonly launch: PluginLaunch,
  ) {
    this.name = path.basename(file);
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        this.alive = false;
        for (const { reject } of this.pending.values()) reject(new Error(`plugin ${this.name} exited (${signal ?? `code ${code}`})`));
        this.pending.clear();
        resolve();
      }),
    );
    const splitter = new JsonStreamSplitter();
    child.stdout!.setEncoding('utf8');
    child.stdout!.on('data', (chunk: string) => {
      let texts: string[];
      try {
        texts = splitter.push(chunk);
      } catch {
        launch.log('unusual', `plugin-${this.name}`, 'Killing plugin: JSON-RPC message is not JSON');
        child.kill('SIGKILL');
        return;
      }
      for (const text of texts) this.receive(text);
    });
    let stderr = '';
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => {
      stderr += chunk;
      let newline: number;
      while ((newline = stderr.indexOf('\n')) >= 0) {
        launch.log('info', `plugin-${this.name}`, stderr.slice(0, newline));
        stderr = stderr.slice(newline + 1);
      }
    });
    child.on('error', () => undefined); // 'exit' follows, or the handshake fails
  }

  /** Spawns the plugin and runs getmanifest and init; undefined (and a log line) when it fails them. */
  static async start(file: string, launch: PluginLaunch): Promise<DoublePlugin | undefined> {
    const child = spawn(file, [], {
      cwd: launch.cwd,
      env: { ...launch.env, LIGHTNINGD_PLUGIN: '1', LIGHTNINGD_VERSION: launch.version },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const plugin = new DoublePlugin(file, child, launch);
    try {
      const manifest = (await plugin.request('getmanifest', { 'allow-deprecated-apis': false })) as Manifest;
      plugin.subscriptions = manifest.subscriptions ?? [];
      plugin.hooks = (manifest.hooks ?? []).map((hook) => (typeof hook === 'string' ? hook : hook.name));
      const init = (await plugin.request('init', { options: {}, configuration: launch.configuration })) as { disable?: string } | undefined;
      if (init && typeof init.disable === 'string') {
        launch.log('info', `plugin-${plugin.name}`, `Disabled itself at init: ${init.disable}`);
        child.kill('SIGKILL');
        return undefined;
      }
    } catch (error) {
      launch.log('unusual', `plugin-${plugin.name}`, `Killing plugin: ${(error as Error).message}`);
      child.kill('SIGKILL');
      return undefined;
    }
    launch.log('debug', `plugin-${plugin.name}`, 'plugin started');
    return plugin;
  }

  subscribedTo(topic: string): boolean {
    return this.subscriptions.includes(topic) || (topic !== 'log' && this.subscriptions.includes('*'));
  }

  registered(hook: string): boolean {
    return this.hooks.includes(hook);
  }

  /** Sends a notification (`params` as given) if the plugin subscribed to it. */
  notify(method: string, params: unknown): boolean {
    if (!this.alive || !this.subscribedTo(method)) return false;
    this.write({ jsonrpc: '2.0', method, params });
    return true;
  }

  /** Calls a hook the plugin registered; resolves with its result. */
  callHook(name: string, params: unknown): Promise<unknown> {
    return this.request(name, params, 0);
  }

  /** `shutdown` if subscribed, then waits up to `graceMs` for the plugin to exit, then kills it. */
  async stop(graceMs: number): Promise<void> {
    if (!this.alive) return;
    if (this.notify('shutdown', { shutdown: {} })) {
      const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
      await this.exited;
      clearTimeout(timer);
      return;
    }
    this.child.kill('SIGKILL');
    await this.exited;
  }

  private request(method: string, params: unknown, timeoutMs = HANDSHAKE_TIMEOUT_MS): Promise<unknown> {
    if (!this.alive) return Promise.reject(new Error(`plugin ${this.name} is not running`));
    const id = `lightningd-double:${method}#${this.nextId++}`;
    return new Promise((resolve, reject) => {
      const timer = timeoutMs > 0 ? setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no answer to ${method} in ${timeoutMs} ms`));
      }, timeoutMs) : undefined;
      this.pending.set(id, {
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.write({ jsonrpc: '2.0', id, method, params });
    });
  }

  private write(message: object): void {
    if (this.child.stdin!.writable) this.child.stdin!.write(`${JSON.stringify(message)}\n\n`);
  }

  private receive(text: string): void {
    let message: { id?: unknown; method?: unknown; params?: unknown; result?: unknown; error?: { message?: string } };
    try {
      message = JSON.parse(text) as typeof message;
    } catch {
      return;
    }
    if (typeof message.method === 'string') {
      // A plugin's own `log` notification; other requests from plugins are not imitated.
      if (message.method === 'log') {
        const { level, message: text } = (message.params ?? {}) as { level?: string; message?: string };
        this.launch.log(level === 'warn' ? 'unusual' : level === 'error' ? 'broken' : 'info', `plugin-${this.name}`, String(text ?? ''));
      }
      return;
    }
    const waiter = this.pending.get(String(message.id));
    if (!waiter) return;
    this.pending.delete(String(message.id));
    if (message.error) waiter.reject(new Error(message.error.message ?? 'plugin answered with an error'));
    else waiter.resolve(message.result);
  }
}
