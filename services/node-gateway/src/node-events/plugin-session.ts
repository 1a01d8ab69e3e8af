// The events plugin served inside the gateway: greenhouse-events-plugin (native/handoff.c) handed
// over the plugin's stdin and stdout, and this speaks lightningd's plugin protocol on them with the
// same manifest and rules as bin/greenhouse-events-plugin.mjs, delivering straight to the hub.
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { parseJsonLossless } from '@greenhouse/cln-rpc';
import type { Logger } from '@greenhouse/common';
import type { NodeEventHub } from './event-hub.ts';

/** A request from lightningd longer than this is not one this plugin gets: the session ends. */
const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

/** Matches the start of a `log` notification, so one nobody wants is skipped without parsing it. */
const LOG_NOTIFICATION = /^\s*\{\s*"jsonrpc"\s*:\s*"2\.0"\s*,\s*"method"\s*:\s*"log"/;

/**
 * The manifest, shared with bin/greenhouse-events-plugin.mjs (node-events/README.md). "*" subscribes
 * to every notification but `log`, which must be named (lightningd's rule since v23.08).
 */
export const EVENTS_PLUGIN_MANIFEST: unknown = JSON.parse(readFileSync(new URL('./events-plugin-manifest.json', import.meta.url), 'utf8'));

export class EventsPluginSession {
  private readonly input: net.Socket;
  private readonly output: net.Socket;
  private buffer = '';
  private closed = false;
  /** Resolves once lightningd closed the plugin's stdin or the session was closed. */
  readonly ended: Promise<void>;

  constructor(
    fds: { requests: number; answers: number },
    private readonly hub: NodeEventHub,
    private readonly logger: Logger,
  ) {
    this.input = new net.Socket({ fd: fds.requests, readable: true, writable: false });
    this.output = new net.Socket({ fd: fds.answers, readable: false, writable: true });
    this.output.on('error', () => this.close()); // lightningd closed our stdout
    this.ended = new Promise((resolve) => this.input.once('close', () => resolve()));
    this.input.setEncoding('utf8');
    this.input.on('data', (chunk: string) => this.read(chunk));
    this.input.on('error', () => undefined); // 'close' follows
    this.input.on('end', () => this.close());
    hub.attachSession(this);
    this.ended.then(() => {
      this.close();
      hub.detachSession(this);
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.output.end();
    this.input.destroy();
  }

  /** lightningd writes each request and notification as one JSON object and "\n\n". */
  private read(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const text = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      if (text.trim()) this.receive(text);
    }
    if (this.buffer.length > MAX_MESSAGE_BYTES) {
      this.logger.warn({ bytes: this.buffer.length }, 'lightningd sent the events plugin an overlong message; ending the plugin');
      this.close();
    }
  }

  private receive(text: string): void {
    if (!this.hub.logWanted && LOG_NOTIFICATION.test(text)) return;
    let message: { id?: unknown; method?: unknown; params?: unknown };
    try {
      const parsed = parseJsonLossless(text);
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      message = parsed as typeof message;
    } catch {
      this.logger.warn('lightningd sent the events plugin something that is not a JSON object; ignored');
      return;
    }
    const { id, method, params } = message;
    if (typeof method !== 'string') return; // a response: this plugin sends no requests
    if (id === undefined || id === null) {
      this.hub.deliver({ method, params });
      // lightningd waits (up to 30 s) for plugins that subscribed to `shutdown` to exit: do not keep it.
      if (method === 'shutdown') setTimeout(() => this.close(), 10);
      return;
    }
    switch (method) {
      case 'getmanifest':
        return this.respond(id, EVENTS_PLUGIN_MANIFEST);
      case 'init':
        return this.respond(id, {});
      case 'custommsg': {
        // Answered before anything else: lightningd holds the peer's next custom message until every hook answered.
        this.respond(id, { result: 'continue' });
        const { peer_id, payload } = (params ?? {}) as { peer_id?: unknown; payload?: unknown };
        this.hub.deliver({ hook: 'custommsg', params: { peer_id, payload } });
        return;
      }
      default:
        this.write({ jsonrpc: '2.0', id, error: { code: -32601, message: `greenhouse-events has no method ${method}` } });
    }
  }

  private respond(id: unknown, result: unknown): void {
    this.write({ jsonrpc: '2.0', id, result });
  }

  private write(message: unknown): void {
    if (this.closed) return;
    this.output.write(JSON.stringify(message) + '\n\n');
  }
}
