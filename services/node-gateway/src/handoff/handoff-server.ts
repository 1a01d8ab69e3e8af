// Where a node's greenhouse-hsmd and greenhouse-events-plugin (native/handoff.c) hand over the
// descriptors lightningd gave them, so the gateway serves lightningd's hsmd and its plugin in its own
// process instead of starting Node.js twice per lightningd start (README.md here). One socket per
// node, private to the gateway's user; each connection carries one handoff and then stays open for
// as long as the gateway serves it: closing it lets the helper exit (with a status, when given).
import { closeSync } from 'node:fs';
import { unlink } from 'node:fs/promises';
import net from 'node:net';
import type { Logger } from '@greenhouse/common';
import { fdPassing } from '../hsmd-proxy/fd-passing.ts';
import { listenPrivately } from '../private-socket.ts';

export type HandoffRole = 'hsmd' | 'plugin';

/** How many fds each role hands over (native/handoff.c HANDED_FDS). */
const FD_COUNT: Record<HandoffRole, number> = { hsmd: 2, plugin: 2 };

/** The helper sends right after it connects; one that has not after this long is dropped. */
const RECEIVE_DEADLINE_MS = 5_000;

/** One helper's descriptors, ours to serve until `finish`. */
export interface Handoff {
  readonly role: HandoffRole;
  /** hsmd: [status socket, request socket]; plugin: [lightningd's requests (read), our answers (write)]. */
  readonly fds: readonly number[];
  /** Lets the helper exit, with `exitStatus` (default 0): lightningd sees that status as its subdaemon's. */
  finish(exitStatus?: number): void;
  /** Calls `listener` once if the helper goes away first (lightningd killed it, or it crashed). */
  onGone(listener: () => void): void;
}

export type HandoffHandler = (handoff: Handoff) => void;

export class HandoffServer {
  private readonly connections = new Set<net.Socket>();
  private closed = false;

  private constructor(
    private readonly server: net.Server,
    readonly socketPath: string,
    private readonly handlers: Record<HandoffRole, HandoffHandler>,
    private readonly logger: Logger,
  ) {
    server.on('connection', (socket) => this.accept(socket));
    server.on('error', (error) => logger.warn({ err: error, socket: socketPath }, 'handoff socket error'));
  }

  /** Listens on `socketPath` (a stale socket file of an earlier run is replaced), for this user only. */
  static async listen(options: { socketPath: string; handlers: Record<HandoffRole, HandoffHandler>; logger: Logger }): Promise<HandoffServer> {
    // Paused: libuv must not read the first message itself, or the fds it carries would be lost.
    const server = await listenPrivately(options.socketPath, { pauseOnConnect: true });
    return new HandoffServer(server, options.socketPath, options.handlers, options.logger);
  }

  /**
   * Stops listening and lets every helper still connected exit (the node's lightningd is stopped by
   * then; descriptors still being served stay with their sessions until lightningd closes them).
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const stopped = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.connections) socket.destroy();
    await stopped;
    await unlink(this.socketPath).catch(() => undefined);
  }

  private accept(socket: net.Socket): void {
    if (this.closed) {
      socket.destroy();
      return;
    }
    this.connections.add(socket);
    socket.once('close', () => this.connections.delete(socket));
    const fd = socketFd(socket);
    if (fd === undefined) {
      this.logger.error('handoff connection without a file descriptor; dropped');
      socket.destroy();
      return;
    }
    const started = Date.now();
    let delay = 0;
    const attempt = () => {
      let message: { role: string; fds: number[] } | null;
      try {
        message = fdPassing.tryReceiveHandoff(fd);
      } catch (error) {
        this.logger.warn({ err: error }, 'handoff connection sent no descriptors; dropped');
        socket.destroy();
        return;
      }
      if (message) return this.receive(socket, message);
      if (Date.now() - started > RECEIVE_DEADLINE_MS) {
        this.logger.warn('handoff connection sent nothing in time; dropped');
        socket.destroy();
        return;
      }
      delay = Math.min(Math.max(1, delay * 2), 50);
      setTimeout(attempt, delay);
    };
    attempt();
  }

  private receive(socket: net.Socket, message: { role: string; fds: number[] }): void {
    const role = message.role as HandoffRole;
    const handler = Object.hasOwn(this.handlers, role) ? this.handlers[role] : undefined;
    if (!handler || message.fds.length !== FD_COUNT[role]) {
      this.logger.warn({ role: message.role, fds: message.fds.length }, 'handoff of an unknown kind; dropped');
      for (const fd of message.fds) closeSync(fd);
      socket.end(Buffer.from([1]));
      socket.resume(); // to see it close
      return;
    }
    let finished = false;
    const goneListeners: (() => void)[] = [];
    // From here on only the end matters: the helper writes nothing more.
    socket.on('data', () => undefined);
    socket.on('error', () => undefined); // 'close' follows
    socket.on('close', () => {
      if (finished) return;
      finished = true;
      for (const listener of goneListeners.splice(0)) listener();
    });
    socket.resume();
    const handoff: Handoff = {
      role,
      fds: message.fds,
      finish: (exitStatus = 0) => {
        if (finished) return;
        finished = true;
        if (exitStatus === 0) socket.end();
        else socket.end(Buffer.from([exitStatus & 0xff]));
      },
      onGone: (listener) => {
        if (finished) return;
        goneListeners.push(listener);
      },
    };
    try {
      handler(handoff);
    } catch (error) {
      // A bug here must not take the gateway down with every other node: this node's lightningd
      // loses its hsmd or plugin instead, and says so in its log.
      this.logger.error({ err: error, role }, 'could not serve a handoff; the helper exits 1');
      for (const fd of message.fds) closeUnlessClosed(fd);
      handoff.finish(1);
    }
  }
}

function closeUnlessClosed(fd: number): void {
  try {
    closeSync(fd);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EBADF') throw error;
  }
}

/** The descriptor under a net.Socket (libuv's handle; Node has no public accessor). */
function socketFd(socket: net.Socket): number | undefined {
  const fd = (socket as unknown as { _handle?: { fd?: unknown } })._handle?.fd;
  return typeof fd === 'number' && fd >= 0 ? fd : undefined;
}

