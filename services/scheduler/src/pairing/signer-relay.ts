import { randomBytes } from 'node:crypto';
import type { ServerDuplexStream } from '@grpc/grpc-js';
import type { Logger } from '@greenhouse/common';
import { Rune } from '@greenhouse/common/runes';
import type { SignerRequest } from '@greenhouse/common/generated/scheduler/SignerRequest.ts';
import type { SignerResponse__Output } from '@greenhouse/common/generated/scheduler/SignerResponse.ts';
import type { PairingOutcome, PairingSessionRecord, Registry } from '../registry/registry.ts';
import { decodeApproval } from './approval-codec.ts';
import { PAIRING_POLL_MS, shortId, type PairingEvents } from './session-events.ts';

export type SignerStream = ServerDuplexStream<SignerResponse__Output, SignerRequest>;

interface Forwarded {
  deviceId: string;
  sessionId: string;
  nodeId: Buffer;
  stream: SignerStream;
}

/**
 * This replica's end of `SignerRequestsStream`: the signers attached here, by node. Approvals wait
 * in the registry (state `approving`, `forwarded_by` unset) until a replica holding a signer of
 * their node takes one with a conditional UPDATE and writes it to that signer; the signer's answer
 * is written back to the row. Attached replicas look for approvals every PAIRING_POLL_MS, and at
 * once when an approval arrives here.
 */
export class SignerRelay {
  /** Names this process in `pairing_sessions.forwarded_by`. */
  readonly replicaId = randomBytes(8).toString('hex');
  private readonly streams = new Map<string, SignerStream[]>();
  private readonly forwarded = new Map<number, Forwarded>();
  private nextRequestId = 1;
  private timer: NodeJS.Timeout | undefined;
  private polling = false;

  constructor(
    private readonly registry: Registry,
    private readonly events: PairingEvents,
    private readonly logger: Logger,
  ) {}

  hasSigner(nodeId: Buffer): boolean {
    return (this.streams.get(nodeId.toString('hex'))?.length ?? 0) > 0;
  }

  /** A signer of `nodeId` opened its stream: it serves pairing approvals until the stream ends. */
  attach(stream: SignerStream, nodeId: Buffer): void {
    const key = nodeId.toString('hex');
    this.streams.set(key, [...(this.streams.get(key) ?? []), stream]);
    this.logger.info({ node_id: key }, 'signer attached for pairing approvals');
    let detached = false;
    const detach = () => {
      if (detached) return;
      detached = true;
      this.detach(stream, key);
    };
    stream.on('data', (response: SignerResponse__Output) => {
      this.answer(stream, nodeId, response).catch((error: unknown) => this.logger.error({ err: error }, 'could not record a signer answer'));
    });
    stream.on('end', () => {
      detach();
      stream.end();
    });
    stream.on('error', detach);
    stream.on('close', detach);
    stream.on('cancelled', detach);
    this.startPolling();
    this.forwardNow(nodeId).catch((error: unknown) => this.logger.warn({ err: error }, 'could not look for pairing approvals'));
  }

  /** Takes the approvals waiting for `nodeId` (or for every node attached here) and hands them to a signer. */
  async forwardNow(nodeId?: Buffer): Promise<void> {
    const nodes = nodeId ? (this.hasSigner(nodeId) ? [nodeId] : []) : [...this.streams.keys()].map((key) => Buffer.from(key, 'hex'));
    if (nodes.length === 0) return;
    for (const session of await this.registry.claimPairingApprovals(this.replicaId, nodes)) this.send(session);
  }

  /** Ends every signer stream (they reconnect, to another replica if this one is going away). */
  close(): void {
    this.stopPolling();
    for (const stream of [...this.streams.values()].flat()) stream.end();
  }

  private stopPolling(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private send(session: PairingSessionRecord): void {
    const nodeId = session.nodeId!;
    const stream = this.streams.get(nodeId.toString('hex'))?.[0];
    if (!stream || !session.approval) {
      // The signer left between the claim and now: put the approval back for another.
      void this.withdraw(session.deviceId, session.sessionId);
      return;
    }
    const requestId = this.nextRequestId;
    this.nextRequestId = (this.nextRequestId % 0xffffffff) + 1;
    this.forwarded.set(requestId, { deviceId: session.deviceId, sessionId: session.sessionId, nodeId, stream });
    try {
      stream.write({ request_id: requestId, approve_pairing: decodeApproval(session.approval) });
    } catch (error) {
      this.forwarded.delete(requestId);
      this.logger.warn({ err: error, node_id: nodeId.toString('hex') }, 'could not write a pairing approval to the signer');
      void this.withdraw(session.deviceId, session.sessionId);
      return;
    }
    this.logger.info({ node_id: nodeId.toString('hex'), device_id: shortId(session.deviceId), request_id: requestId }, 'pairing approval forwarded to the signer');
    this.events.changed(session.deviceId);
  }

  private async answer(stream: SignerStream, nodeId: Buffer, response: SignerResponse__Output): Promise<void> {
    const pending = this.forwarded.get(response.request_id);
    if (!pending || pending.stream !== stream) {
      this.logger.warn({ node_id: nodeId.toString('hex'), request_id: response.request_id }, 'a signer answered a request it was not sent; ignored');
      return;
    }
    this.forwarded.delete(response.request_id);
    const outcome = this.outcome(pending, response);
    const recorded = await this.registry.finishPairingApproval(pending.deviceId, pending.sessionId, this.replicaId, outcome);
    this.logger.info(
      { node_id: nodeId.toString('hex'), device_id: shortId(pending.deviceId), outcome: 'rune' in outcome ? 'approved' : 'refused', recorded },
      'signer answered a pairing approval',
    );
    this.events.changed(pending.deviceId);
  }

  /** The signer's answer, checked: its rune must be for this device and node. */
  private outcome(pending: Forwarded, response: SignerResponse__Output): PairingOutcome {
    const approved = response.approve_pairing;
    if (response.response !== 'approve_pairing' || !approved) return { refusal: 'the signer refused the approval' };
    const problem = (() => {
      if (approved.device_id !== pending.deviceId) return `an answer for another device (${shortId(approved.device_id)})`;
      if (!Buffer.from(approved.node_id).equals(pending.nodeId)) return `an answer for another node (${Buffer.from(approved.node_id).toString('hex')})`;
      let rune: Rune;
      try {
        rune = Rune.fromBase64(approved.rune);
      } catch (error) {
        return `a rune that does not decode (${(error as Error).message})`;
      }
      const binding = `pubkey=${pending.deviceId}`;
      if (!rune.restrictions.some((r) => r.encode() === binding)) return 'a rune not bound to the new device\'s key';
      return undefined;
    })();
    if (problem) return { refusal: `the signer answered with ${problem}` };
    return { rune: approved.rune };
  }

  private detach(stream: SignerStream, key: string): void {
    const left = (this.streams.get(key) ?? []).filter((s) => s !== stream);
    if (left.length > 0) this.streams.set(key, left);
    else this.streams.delete(key);
    if (this.streams.size === 0) this.stopPolling();
    this.logger.info({ node_id: key }, 'signer detached from pairing approvals');
    for (const [requestId, pending] of this.forwarded) {
      if (pending.stream !== stream) continue;
      this.forwarded.delete(requestId);
      void this.withdraw(pending.deviceId, pending.sessionId);
    }
  }

  /** An approval whose signer left unanswered goes back to `waiting`: the trusted device may approve again. */
  private async withdraw(deviceId: string, sessionId: string): Promise<void> {
    try {
      await this.registry.withdrawPairingApproval(deviceId, sessionId, this.replicaId);
    } catch (error) {
      this.logger.warn({ err: error, device_id: shortId(deviceId) }, 'could not put an unanswered pairing approval back');
    }
    this.events.changed(deviceId);
  }

  private startPolling(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.polling) return;
      this.polling = true;
      this.forwardNow()
        .catch((error: unknown) => this.logger.warn({ err: error }, 'could not look for pairing approvals'))
        .finally(() => (this.polling = false));
    }, PAIRING_POLL_MS);
    this.timer.unref();
  }
}
