// One hsmd socket (lightningd's fd 3, or a client socket made for hsmd_client_hsmfd): framed
// requests in, framed replies out, one at a time and in order, as lightningd and its subdaemons
// expect (they block on each reply).
import { closeSync } from 'node:fs';
import { Socket } from 'node:net';
import { frame, HsmdFrameReader } from '@greenhouse/common/hsmd';
import { fdPassing } from './fd-passing.ts';

export interface HsmdAnswer {
  /** The reply body; absent for a request that gets none (hsmd_dev_preinit). */
  reply?: Uint8Array;
  /** An fd to pass right after the reply (hsmd_client_hsmfd); this process's copy is closed once sent. */
  passFd?: number;
}

/** Answers one request; `closed` aborts when the socket closes, so a wait for the signer can stop. */
export type AnswerRequest = (body: Uint8Array, closed: AbortSignal) => Promise<HsmdAnswer>;

/**
 * Serves the socket on `fd` until it closes. Requests are read as soon as they arrive (so a peer that
 * goes away is noticed even while a request waits for the signer) but answered strictly in order.
 * Resolves when the peer closes the socket; rejects, after closing the socket, when a request cannot
 * be answered or the stream is not hsmd wire.
 */
export function serveHsmdSocket(fd: number, answer: AnswerRequest): Promise<void> {
  const socket = new Socket({ fd, readable: true, writable: true });
  const reader = new HsmdFrameReader();
  const closed = new AbortController();
  let answered = Promise.resolve();

  return new Promise((resolve, reject) => {
    const fail = (error: unknown) => {
      if (closed.signal.aborted) return; // already closed: the error only echoes that
      closed.abort(error);
      socket.destroy();
      reject(error);
    };
    const answerInTurn = async (body: Uint8Array) => {
      if (closed.signal.aborted) return;
      const { reply, passFd } = await answer(body, closed.signal);
      try {
        if (reply === undefined) return;
        await write(socket, frame(reply));
        // After the reply has reached the kernel, never before: the fd travels on a byte of its own.
        if (passFd !== undefined) fdPassing.sendFd(fd, passFd);
      } finally {
        if (passFd !== undefined) closeSync(passFd);
      }
    };

    socket.on('data', (chunk: Buffer) => {
      let bodies: Uint8Array[];
      try {
        bodies = reader.push(chunk);
      } catch (error) {
        return fail(error);
      }
      for (const body of bodies) answered = answered.then(() => answerInTurn(body)).catch(fail);
    });
    socket.on('error', () => undefined); // a reset peer: 'close' follows and ends the service
    socket.on('close', () => {
      closed.abort(new Error('hsmd socket closed'));
      resolve();
    });
  });
}

function write(socket: Socket, data: Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => socket.write(data, (error) => (error ? reject(error) : resolve())));
}
