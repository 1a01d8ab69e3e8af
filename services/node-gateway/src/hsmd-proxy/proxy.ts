// What the proxy does with each hsmd request. lightningd's own connection (fd 3) may ask for client
// connections (hsmd_client_hsmfd), which the proxy makes itself; every other request goes to the
// gateway's Hsm service, stamped with the context of the connection it came on.
import {
  clientContextFromHsmfd,
  describeHsmdType,
  expectsReply,
  HSMD_CLIENT_HSMFD_REPLY,
  HSMD_TYPE,
  peekType,
  replyTypesFor,
  type HsmdClientContext,
} from '@greenhouse/common/hsmd';
import { fdPassing } from './fd-passing.ts';
import { HsmRequestRefused, type ForwardedRequest } from './hsm-service.ts';
import { serveHsmdSocket, type HsmdAnswer } from './hsmd-socket.ts';
import { reportError } from './report.ts';

/** hsmd's request socket in the process lightningd starts (hsmd/hsmd.c REQ_FD). */
export const MASTER_FD = 3;

/** Greenlight's gl-signerproxy numbers requests from 1000, one counter for all connections. */
const FIRST_REQUEST_ID = 1000;
const MAX_REQUEST_ID = 0xffff_ffff; // HsmRequest.request_id is a uint32

/** Where the proxy sends what it does not answer itself: the gateway's Hsm service, or its stage directly. */
export interface HsmForwarder {
  /** The reply body; rejects with HsmRequestRefused when the answer is no, with `signal`'s reason once it aborts. */
  request(request: ForwardedRequest, signal: AbortSignal): Promise<Uint8Array>;
}

export class HsmdProxy {
  private nextRequestId = FIRST_REQUEST_ID;

  /** `report` hears of client connections closed because a request on them failed. */
  constructor(
    private readonly service: HsmForwarder,
    private readonly report: (text: string) => void = reportError,
  ) {}

  /**
   * Serves lightningd's connection until lightningd closes it. Rejects when a request on it cannot
   * be answered: lightningd has no way to hear "refused" (cln-hsmd.md §1.7) and stock hsmd aborts
   * in that case, so the caller exits and lightningd shuts down rather than blocking forever.
   */
  serveMaster(fd = MASTER_FD): Promise<void> {
    return serveHsmdSocket(fd, (body, closed) => this.answerMaster(body, closed));
  }

  private answerMaster(body: Uint8Array, closed: AbortSignal): Promise<HsmdAnswer> {
    const type = peekType(body);
    if (type === HSMD_TYPE.hsmd_client_hsmfd) return Promise.resolve(this.newClient(body));
    // hsmd_dev_preinit (with --developer) only sets stock hsmd's developer flags, which our signer
    // does not have; it gets no reply, and forwarded it would wait in the gateway for a signer
    // that nobody waits for. So it stops here.
    if (!expectsReply(type)) return Promise.resolve({});
    return this.forward(body, undefined, closed);
  }

  /**
   * hsmd_client_hsmfd: a socketpair; one end (blocking, as the subdaemons' synchronous hsmd calls
   * need) goes to lightningd after the 109 reply, the other is served here in the request's context.
   */
  private newClient(body: Uint8Array): HsmdAnswer {
    const context = clientContextFromHsmfd(body);
    const [ours, theirs] = fdPassing.socketPair();
    serveHsmdSocket(ours, (request, closed) => this.answerClient(request, context, closed)).catch((error: unknown) =>
      // Stock hsmd too closes a client whose request it cannot answer: that subdaemon exits and
      // lightningd carries on (a channel daemon is started again when its peer reconnects).
      this.report(`closed the hsmd client of peer ${hex(context.node_id)} dbid ${context.dbid}: ${messageOf(error)}`),
    );
    return { reply: HSMD_CLIENT_HSMFD_REPLY, passFd: theirs };
  }

  private answerClient(body: Uint8Array, context: HsmdClientContext, closed: AbortSignal): Promise<HsmdAnswer> {
    if (peekType(body) === HSMD_TYPE.hsmd_client_hsmfd) {
      return Promise.reject(new HsmRequestRefused('only lightningd’s own connection may ask for hsmd clients'));
    }
    return this.forward(body, context, closed);
  }

  private async forward(raw: Uint8Array, context: HsmdClientContext | undefined, closed: AbortSignal): Promise<HsmdAnswer> {
    const type = peekType(raw);
    const requestId = this.takeRequestId();
    try {
      const reply = await this.service.request({ requestId, context, raw }, closed);
      checkReplyType(type, reply);
      return { reply };
    } catch (error) {
      if (error instanceof HsmRequestRefused) throw new HsmRequestRefused(`${describeHsmdType(type)}, request ${requestId}: ${error.message}`);
      throw error;
    }
  }

  private takeRequestId(): number {
    const id = this.nextRequestId;
    this.nextRequestId = id === MAX_REQUEST_ID ? FIRST_REQUEST_ID : id + 1;
    return id;
  }
}

/** A reply of the wrong type would make lightningd fatal() with a vaguer message; say it here. */
function checkReplyType(requestType: number, reply: Uint8Array): void {
  const expected = replyTypesFor(requestType);
  if (reply.length < 2) throw new HsmRequestRefused(`the reply has ${reply.length} bytes, not even a type`);
  const type = peekType(reply);
  if (expected && expected.length > 0 && !expected.includes(type)) {
    throw new HsmRequestRefused(`the reply is ${describeHsmdType(type)}, not ${expected.map(describeHsmdType).join(' or ')}`);
  }
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
