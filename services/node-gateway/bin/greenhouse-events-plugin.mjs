#!/usr/bin/env node
// Greenhouse's Core Lightning plugin: lightningd runs it (`--plugin=<absolute path of this file>`) and it
// forwards lightningd's notifications and the `custommsg` hook to the node gateway, one JSON line per
// event, over the unix socket named by GREENHOUSE_EVENTS_SOCKET. See src/node-events/README.md.
//
// Lines to the gateway: first `{"hello":{pid, lightningd_version, dropped}}`, then per notification the
// JSON-RPC notification exactly as lightningd sent it (`{"jsonrpc":"2.0","method":…,"params":…}`, not
// re-serialized: u64 values beyond 2^53 stay exact), and per custommsg hook call
// `{"hook":"custommsg","params":{"peer_id":…,"payload":…}}`. Lines from the gateway: `{"forward_log":bool}`.
//
// Rules, because this runs inside a node's lightningd:
// - It never blocks lightningd: the custommsg hook is answered at once, before anything is forwarded;
//   notifications are read as fast as they come.
// - It never takes lightningd down: no gateway (socket absent, refused, closed) means events are kept in
//   a small buffer (the oldest dropped past it) while it reconnects with backoff; a gateway that reads
//   too slowly loses events rather than making this process grow. One stderr line per outage.
// - stdout is lightningd's JSON-RPC channel: only JSON-RPC responses are written there.
// - Plain JavaScript with no dependencies, so it starts in milliseconds with the node binary alone.
import { readFileSync } from 'node:fs';
import net from 'node:net';

const SOCKET_ENV = 'GREENHOUSE_EVENTS_SOCKET';
/** Events kept while the gateway is not connected (the oldest go first). */
const MAX_BUFFERED_EVENTS = 1000;
/** Bytes waiting in the socket past which new events are dropped (the gateway is not reading). */
const MAX_SOCKET_BACKLOG = 8 * 1024 * 1024;
const RECONNECT_MIN_MS = 100;
const RECONNECT_MAX_MS = 2000;
/** After lightningd's `shutdown` notification: time to hand the last events to the gateway. */
const SHUTDOWN_FLUSH_MS = 300;

const socketPath = process.env[SOCKET_ENV] ?? '';
/** Shared with the gateway's in-process plugin session ("*": every notification but `log`, which must be named). */
const MANIFEST = JSON.parse(readFileSync(new URL('../src/node-events/events-plugin-manifest.json', import.meta.url), 'utf8'));

/** Whether the gateway wants `log` notifications (it says so on the socket; they are many at debug level). */
let forwardLog = false;
let socket;
let connected = false;
let reconnectDelay = RECONNECT_MIN_MS;
let reconnectTimer;
let outageReported = false;
let dropped = 0;
let closing = false;
const pending = [];

function report(text) {
  process.stderr.write(`greenhouse-events: ${text}\n`);
}

/** Queues one line (JSON text without newlines) for the gateway. */
function send(text) {
  if (!socketPath || closing) return;
  const line = text + '\n';
  if (connected) {
    if (socket.writableLength > MAX_SOCKET_BACKLOG) {
      dropped += 1;
      return;
    }
    socket.write(line);
    return;
  }
  pending.push(line);
  if (pending.length > MAX_BUFFERED_EVENTS) {
    pending.shift();
    dropped += 1;
  }
}

function connect() {
  reconnectTimer = undefined;
  if (closing) return;
  const attempt = net.createConnection(socketPath);
  socket = attempt;
  let controlBuffer = '';
  attempt.setEncoding('utf8');
  attempt.on('connect', () => {
    connected = true;
    reconnectDelay = RECONNECT_MIN_MS;
    if (outageReported) report('reconnected to the gateway');
    outageReported = false;
    attempt.write(JSON.stringify({ hello: { pid: process.pid, lightningd_version: process.env.LIGHTNINGD_VERSION ?? '', dropped } }) + '\n');
    dropped = 0;
    for (const line of pending.splice(0)) attempt.write(line);
  });
  // The gateway's control lines: {"forward_log": true|false}.
  attempt.on('data', (chunk) => {
    controlBuffer += chunk;
    let newline;
    while ((newline = controlBuffer.indexOf('\n')) >= 0) {
      const line = controlBuffer.slice(0, newline);
      controlBuffer = controlBuffer.slice(newline + 1);
      try {
        const control = JSON.parse(line);
        if (typeof control.forward_log === 'boolean') forwardLog = control.forward_log;
      } catch {
        // not ours to fail on
      }
    }
    if (controlBuffer.length > 65536) controlBuffer = '';
  });
  attempt.on('error', (error) => {
    if (!outageReported && !closing) {
      outageReported = true;
      report(`gateway socket ${socketPath} unavailable (${error.code ?? error.message}); keeping up to ${MAX_BUFFERED_EVENTS} events and retrying`);
    }
  });
  attempt.on('close', () => {
    if (socket !== attempt) return;
    connected = false;
    forwardLog = false;
    if (closing) return;
    reconnectTimer = setTimeout(connect, reconnectDelay);
    reconnectTimer.unref?.();
    reconnectDelay = Math.min(reconnectDelay * 2, RECONNECT_MAX_MS);
  });
}

function respond(id, result) {
  process.stdout.write(JSON.stringify({ jsonrpc: '2.0', id, result }) + '\n\n');
}

function respondError(id, code, message) {
  process.stdout.write(JSON.stringify({ jsonrpc: '2.0', id, error: { code, message } }) + '\n\n');
}

function handle(message, text) {
  const { id, method, params } = message;
  if (typeof method !== 'string') return; // a response: this plugin sends no requests
  if (id === undefined || id === null) {
    // A notification, forwarded as lightningd wrote it (the gateway unwraps it). Newlines outside
    // strings are only whitespace, and JSON strings hold none, so the text stays one line.
    if (method !== 'log' || forwardLog) send(text.replace(/[\r\n]/g, ' '));
    if (method === 'shutdown') shutdown();
    return;
  }
  switch (method) {
    case 'getmanifest':
      respond(id, MANIFEST);
      return;
    case 'init':
      if (!socketPath) {
        respond(id, { disable: `${SOCKET_ENV} is not set: the node gateway passes it when it starts lightningd` });
        return;
      }
      respond(id, {});
      connect();
      return;
    case 'custommsg':
      // Answered before anything else: lightningd holds the peer's next custom message until every hook answered.
      respond(id, { result: 'continue' });
      send(JSON.stringify({ hook: 'custommsg', params: { peer_id: params?.peer_id, payload: params?.payload } }));
      return;
    default:
      respondError(id, -32601, `greenhouse-events has no method ${method}`);
  }
}

function shutdown() {
  if (closing) return;
  // lightningd waits (up to 30 s) for plugins that subscribed to `shutdown` to exit: do not keep it.
  setTimeout(() => {
    closing = true;
    clearTimeout(reconnectTimer);
    if (connected) socket.end(() => process.exit(0));
    else process.exit(0);
    setTimeout(() => process.exit(0), SHUTDOWN_FLUSH_MS).unref();
  }, 10);
}

// lightningd writes each request and notification as one JSON object followed by "\n\n"; JSON text
// has no raw newlines, so the blank line is an exact separator.
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  input += chunk;
  let end;
  while ((end = input.indexOf('\n\n')) >= 0) {
    const text = input.slice(0, end).trim();
    input = input.slice(end + 2);
    if (!text) continue;
    let message;
    try {
      message = JSON.parse(text);
    } catch {
      report('lightningd sent something that is not JSON; ignored');
      continue;
    }
    handle(message, text);
  }
});
// lightningd gone: nothing more to forward.
process.stdin.on('end', () => {
  closing = true;
  clearTimeout(reconnectTimer);
  if (connected) socket.end(() => process.exit(0));
  else process.exit(0);
  setTimeout(() => process.exit(0), SHUTDOWN_FLUSH_MS).unref();
});
process.stdout.on('error', () => process.exit(0)); // lightningd closed our stdout
