// One node's events as lightningd reports them, handed to the streams subscribed to their topic. They
// come from the events plugin served in the gateway (plugin-session.ts, after greenhouse-events-plugin
// handed its stdin and stdout over), or from bin/greenhouse-events-plugin.mjs, which connects to the
// node's events socket and writes one JSON line per notification or custommsg hook call. The hub
// lives as long as the node is hosted here, across lightningd restarts: each new lightningd's plugin
// arrives again.
import { unlink } from 'node:fs/promises';
import net from 'node:net';
import { parseJsonLossless } from '@greenhouse/cln-rpc';
import type { Logger } from '@greenhouse/common';
import { listenPrivately } from '../private-socket.ts';
import { notificationPayload } from './notifications.ts';
import type { EventsPluginSession } from './plugin-session.ts';

/** `notification`: a lightningd notification (payload unwrapped); `hook`: the custommsg hook. */
export type NodeEventSource = 'notification' | 'hook';

export interface NodeEventMessage {
  source: NodeEventSource;
  topic: string;
  payload: unknown;
}

export type NodeEventListener = (event: NodeEventMessage) => void;

/** A line longer than this is not an event the plugin would write: the connection is dropped. */
const MAX_LINE_BYTES = 16 * 1024 * 1024;

export class NodeEventHub {
  private readonly listeners = new Map<string, Set<NodeEventListener>>();
  private readonly connections = new Set<net.Socket>();
  private readonly sessions = new Set<EventsPluginSession>();
  private closed = false;

  private constructor(
    private readonly server: net.Server,
    readonly socketPath: string,
    private readonly logger: Logger,
  ) {
    server.on('connection', (socket) => this.accept(socket));
  }

  /** Listens on `socketPath` (a stale socket file of an earlier run is replaced), readable by this user only. */
  static async listen(options: { socketPath: string; logger: Logger }): Promise<NodeEventHub> {
    const server = await listenPrivately(options.socketPath);
    server.on('error', (error) => options.logger.warn({ err: error }, 'node events socket error'));
    return new NodeEventHub(server, options.socketPath, options.logger);
  }

  /** Whether a lightningd's plugin is connected now. */
  get pluginConnected(): boolean {
    return this.connections.size > 0 || this.sessions.size > 0;
  }

  /** An events plugin served in the gateway; it detaches itself when lightningd lets it go. */
  attachSession(session: EventsPluginSession): void {
    if (this.closed) {
      session.close();
      return;
    }
    this.sessions.add(session);
  }

  detachSession(session: EventsPluginSession): void {
    this.sessions.delete(session);
  }

  /** Calls `listener` for every event of `topic` from `source` until the returned function is called. */
  subscribe(source: NodeEventSource, topic: string, listener: NodeEventListener): () => void {
    const key = `${source}:${topic}`;
    let set = this.listeners.get(key);
    if (!set) {
      set = new Set();
      this.listeners.set(key, set);
    }
    const wasLogWanted = this.logWanted;
    set.add(listener);
    if (!wasLogWanted && this.logWanted) this.tellPlugins();
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const before = this.logWanted;
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(key) === set) this.listeners.delete(key);
      if (before && !this.logWanted) this.tellPlugins();
    };
  }

  /** Number of listeners of one topic (for tests and the idle rule's neighbours). */
  listenerCount(source: NodeEventSource, topic: string): number {
    return this.listeners.get(`${source}:${topic}`)?.size ?? 0;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const socket of this.connections) socket.destroy();
    this.connections.clear();
    for (const session of this.sessions) session.close();
    this.sessions.clear();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await unlink(this.socketPath).catch(() => undefined);
  }

  /** `log` notifications are many at debug level: the plugin forwards them only while someone listens. */
  get logWanted(): boolean {
    return this.listenerCount('notification', 'log') > 0;
  }

  private tellPlugins(): void {
    const line = JSON.stringify({ forward_log: this.logWanted }) + '\n';
    for (const socket of this.connections) socket.write(line);
  }

  private accept(socket: net.Socket): void {
    if (this.closed) {
      socket.destroy();
      return;
    }
    this.connections.add(socket);
    socket.write(JSON.stringify({ forward_log: this.logWanted }) + '\n');
    let buffer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        if (line.trim()) this.receive(line);
      }
      if (buffer.length > MAX_LINE_BYTES) {
        this.logger.warn({ bytes: buffer.length }, 'node events plugin sent an overlong line; dropping its connection');
        socket.destroy();
      }
    });
    socket.on('error', () => undefined); // 'close' follows
    socket.on('close', () => {
      this.connections.delete(socket);
      if (!this.closed) this.logger.debug('node events plugin disconnected');
    });
  }

  private receive(line: string): void {
    let message: Record<string, unknown>;
    try {
      const parsed = parseJsonLossless(line);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      message = parsed as Record<string, unknown>;
    } catch {
      this.logger.warn('node events plugin sent a line that is not a JSON object; ignored');
      return;
    }
    this.deliver(message);
  }

  /** One event as the plugin forwards it: a JSON-RPC notification, `{hook: 'custommsg', params}`, or its hello. */
  deliver(message: Record<string, unknown>): void {
    if (message.hello !== undefined) {
      const hello = (message.hello ?? {}) as { pid?: unknown; dropped?: unknown };
      const dropped = Number(hello.dropped ?? 0);
      if (dropped > 0) this.logger.warn({ pid: hello.pid, dropped }, 'node events plugin connected; it dropped events while the gateway was away');
      else this.logger.debug({ pid: hello.pid }, 'node events plugin connected');
      return;
    }
    if (message.hook === 'custommsg') {
      this.dispatch({ source: 'hook', topic: 'custommsg', payload: message.params ?? {} });
      return;
    }
    if (typeof message.method === 'string') {
      this.dispatch({ source: 'notification', topic: message.method, payload: notificationPayload(message.method, message.params) });
    }
  }

  private dispatch(event: NodeEventMessage): void {
    const set = this.listeners.get(`${event.source}:${event.topic}`);
    if (!set) return;
    for (const listener of [...set]) {
      try {
        listener(event);
      } catch (error) {
        this.logger.error({ err: error, topic: event.topic }, 'node event listener failed');
      }
    }
  }
}
