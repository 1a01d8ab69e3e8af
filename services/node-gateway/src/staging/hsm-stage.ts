// One node's HSM stage (research §4.3, §5.3, G10–G13): every hsmd request the proxy forwards for this
// node either gets a canned answer here (startup messages, hsmd_init, dev_memleak) or waits here until
// one of the node's attached signers answers it. Signers attach with StreamHsmRequests and answer with
// RespondHsmRequest; the node-relayed signer_state travels with both, merged and stored here.
//
// Rules (README.md here has the why):
// - every attached signer gets every request (backlog first, then live ones); first answer wins;
// - no timeouts: a request waits for a signer as long as its caller (the proxy's call) waits;
// - a repeat of a request id with the same message joins the wait (or gets the answer already given);
// - an answer is forwarded only once all state merged so far is on disk (journaled: state-file.ts);
// - a signer's refusal (`error`) is final: the proxy gets it, and onSignerRefusal listeners hear of it.
import { createHash } from 'node:crypto';
import { status } from '@grpc/grpc-js';
import { GreenhouseError, invalidArgument, type Logger } from '@greenhouse/common';
import { HSMD_TYPE } from '@greenhouse/common/hsmd';
import {
  fromWireEntries,
  StateDecodeError,
  StateSketch,
  toWireEntries,
  type KeyedStateEntry,
  type SignerState,
  type WireStateEntryLike,
} from '@greenhouse/common/signer-state';
import type { HsmRequest } from '@greenhouse/common/generated/greenlight/HsmRequest.ts';
import type { HsmResponse } from '@greenhouse/common/generated/greenlight/HsmResponse.ts';
import type { PendingRequest } from '@greenhouse/common/generated/greenlight/PendingRequest.ts';
import { StateFileStore } from './state-file.ts';

/** A canned request/response pair from registration (`startupmsgs`), both without the length prefix. */
export interface StartupMessage {
  readonly request: Uint8Array;
  readonly response: Uint8Array;
}

export interface HsmStageOptions {
  /** The node's 33-byte id (for logs and for the caller's routing). */
  nodeId: Uint8Array;
  /** `init_msg` from registration: the answer to lightningd's hsmd_init (type 11). */
  initMsg: Uint8Array;
  /** `startupmsgs` from registration: replayed when a request equals one byte for byte. */
  startupMessages: readonly StartupMessage[];
  /** Where the node's signer_state is kept (created on the first write). */
  stateFile: string;
  logger: Logger;
  /** The signed client calls in flight for this node, sent to signers with each request (`requests`). */
  pendingCalls?: () => PendingRequest[];
}

/** The context of a request from a subdaemon's own hsmd connection, as it arrives over gRPC. */
export interface HsmRequestContextLike {
  readonly node_id: Uint8Array;
  readonly dbid: string | number | bigint;
  readonly capabilities: string | number | bigint;
}

/** What the Hsm service hands the stage (an `HsmRequest__Output` fits). */
export interface IncomingHsmRequest {
  readonly request_id: number;
  readonly raw: Uint8Array;
  readonly context?: HsmRequestContextLike | null;
}

/** What a signer sends back (an `HsmResponse__Output` fits). */
export interface IncomingHsmResponse {
  readonly request_id: number;
  readonly raw?: Uint8Array;
  readonly signer_state?: readonly WireStateEntryLike[];
  readonly error?: string;
}

/** What became of a response: the first answer to a waiting request, a later one, or one for no request we know. */
export type RespondOutcome = 'answered' | 'duplicate' | 'unknown';

export interface SignerRefusal {
  readonly requestId: number;
  /** The signer's `error` text. */
  readonly reason: string;
  /** The hsmd message type refused. */
  readonly type: number;
  /** Null for lightningd's own connection. */
  readonly context: HsmRequestContextLike | null;
  /** The signed client calls that were pending when the request was staged: the calls it most likely serves. */
  readonly pendingCalls: readonly PendingRequest[];
}

/** One attached signer's view of the stage: the requests it must answer, in order. */
export interface SignerAttachment extends AsyncIterable<HsmRequest> {
  readonly id: number;
  /**
   * The next request for this signer (the backlog first, then new ones), with the signer_state it has
   * not seen yet; undefined once detached or the stage is closed. Each request goes to one caller of next().
   */
  next(): Promise<HsmRequest | undefined>;
  /** Stops receiving requests. Staged requests stay staged for the other signers. */
  detach(): void;
  /** Why it ended, once it has: `detached` (by the signer side) or `stage-closed` (the node stopped). */
  readonly endedBy: AttachmentEnd | undefined;
  /** Resolves when it ends, with the same reason. */
  readonly ended: Promise<AttachmentEnd>;
}

export type AttachmentEnd = 'detached' | 'stage-closed';

/** hsmd_dev_memleak_reply (type 133) saying "no leak", as Greenlight answers it. */
export const MEMLEAK_REPLY: Buffer = Buffer.from([0x00, 0x85, 0x00]);

/** How many settled or withdrawn requests are remembered so that a repeat of one is recognised. */
const REMEMBERED_REQUESTS = 256;

export const nodeStopped = (): GreenhouseError => new GreenhouseError(status.UNAVAILABLE, 'node stopped');

interface Waiter {
  resolve(response: HsmResponse): void;
  reject(error: unknown): void;
  /** Removes the abort listener. */
  release(): void;
}

interface NormalizedContext {
  node_id: Buffer;
  dbid: string;
  capabilities: string;
}

/** A staged request and who waits for it. */
class Entry {
  readonly waiters = new Set<Waiter>();
  /** Attachments it has been handed to. */
  readonly deliveredTo = new Set<number>();
  /** Set once a first answer was taken and is being made durable; cleared if that fails. */
  claimed = false;
  state: 'staged' | 'withdrawn' | 'answered' | 'superseded' | 'closed' = 'staged';

  constructor(
    readonly id: number,
    readonly raw: Buffer,
    readonly context: NormalizedContext | null,
    readonly pendingCalls: readonly PendingRequest[],
  ) {}

  get type(): number {
    return this.raw.readUInt16BE(0);
  }

  sameAs(raw: Buffer, context: NormalizedContext | null): boolean {
    return this.raw.equals(raw) && sameContext(this.context, context);
  }
}

/** A settled request as remembered: its message by digest (messages can be large), and its answer. */
interface Settled {
  readonly digest: Buffer;
  readonly context: NormalizedContext | null;
  readonly reply: HsmResponse;
}

export class HsmStage {
  readonly nodeId: Buffer;
  readonly logger: Logger;
  private readonly initMsg: Buffer;
  private readonly startup: readonly { request: Buffer; response: Buffer }[];
  private readonly stateFile: string;
  private readonly pendingCalls: () => PendingRequest[];
  private readonly store: StateFileStore;
  private readonly state: SignerState;

  /** Requests waiting for an answer, in staging order: the backlog a new signer gets. */
  private readonly staged = new Map<number, Entry>();
  /** Requests nobody waits for any more (their caller went away); an answer is still recorded. */
  private readonly withdrawn = new Map<number, Entry>();
  /** Recently settled requests and their answer, for a caller that asks again. */
  private readonly answered = new Map<number, Settled>();
  private readonly attachments = new Map<number, Attachment>();
  private nextAttachmentId = 1;

  private readonly refusalListeners = new Set<(refusal: SignerRefusal) => void>();
  private readonly idleListeners = new Set<(idle: boolean) => void>();
  private wasIdle = true;

  /** Bumped by every merge that changed the state; `persisted` is the generation on disk. */
  private generation = 0;
  private persisted = 0;
  /** Keys changed since the last write began (what the next journal line holds). */
  private unwritten = new Set<string>();
  private writing: Promise<void> | undefined;
  private closing: Promise<void> | undefined;
  private closed = false;

  constructor(options: HsmStageOptions) {
    this.nodeId = Buffer.from(options.nodeId);
    this.logger = options.logger.child({ node_id: this.nodeId.toString('hex') });
    this.initMsg = Buffer.from(options.initMsg);
    this.startup = options.startupMessages.map((m) => ({ request: Buffer.from(m.request), response: Buffer.from(m.response) }));
    this.stateFile = options.stateFile;
    this.pendingCalls = options.pendingCalls ?? (() => []);
    this.store = new StateFileStore(options.stateFile);
    this.state = this.store.state;
  }

  /** Signers attached now. */
  get attachedSigners(): number {
    return this.attachments.size;
  }

  /** Requests waiting for a signer's answer. */
  get pendingCount(): number {
    return this.staged.size;
  }

  /** No signer attached and nothing pending: the node needs nothing from anyone. */
  get idle(): boolean {
    return this.attachments.size === 0 && this.staged.size === 0;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** The node's signer_state entries as stored (tombstones included), in key order. */
  stateEntries(): KeyedStateEntry[] {
    return this.state.entries();
  }

  /** Hears of every final refusal by a signer; returns an unsubscribe. */
  onSignerRefusal(listener: (refusal: SignerRefusal) => void): () => void {
    this.refusalListeners.add(listener);
    return () => this.refusalListeners.delete(listener);
  }

  /** Hears every change of `idle` (true: nothing attached, nothing pending); returns an unsubscribe. */
  onIdleChange(listener: (idle: boolean) => void): () => void {
    this.idleListeners.add(listener);
    return () => this.idleListeners.delete(listener);
  }

  /**
   * The answer to one proxied hsmd request. Canned answers come at once; anything else waits for the
   * first signer's answer, for as long as it takes (until `signal` aborts or the stage closes).
   */
  handle(request: IncomingHsmRequest, signal?: AbortSignal): Promise<HsmResponse> {
    if (this.closed) return Promise.reject(nodeStopped());
    const id = request.request_id;
    const raw = Buffer.from(request.raw);
    if (raw.length < 2) return Promise.resolve(refusalReply(id, 'hsmd request without a message type'));

    const type = raw.readUInt16BE(0);
    // lightningd sends hsmd_init once per start, from a new proxy whose request ids start over.
    if (type === HSMD_TYPE.hsmd_init) this.forgetSettled();
    const startup = this.startup.find((m) => m.request.equals(raw));
    if (startup) return Promise.resolve(reply(id, startup.response));
    if (type === HSMD_TYPE.hsmd_init) return Promise.resolve(reply(id, this.initMsg));
    if (type === HSMD_TYPE.hsmd_dev_memleak) return Promise.resolve(reply(id, MEMLEAK_REPLY));

    const context = normalizeContext(request.context);
    const settled = this.answered.get(id);
    if (settled) {
      if (sameContext(settled.context, context) && digestOf(raw).equals(settled.digest)) {
        this.logger.debug({ request_id: id }, 'repeat of an answered hsmd request: same answer');
        return Promise.resolve(settled.reply);
      }
      this.answered.delete(id);
    }

    let entry = this.staged.get(id) ?? this.withdrawn.get(id);
    if (entry && !entry.sameAs(raw, context)) {
      this.supersede(entry);
      entry = undefined;
    }
    if (entry) {
      this.logger.debug({ request_id: id, type }, 'repeat of a staged hsmd request joins its wait');
    } else {
      entry = new Entry(id, raw, context, this.snapshotCalls());
      this.logger.debug({ request_id: id, type, signers: this.attachments.size }, 'hsmd request staged');
    }
    const waiting = this.wait(entry, signal);
    if (entry.state !== 'staged' || !this.staged.has(id)) this.stage(entry);
    return waiting;
  }

  /**
   * A signer's answer. Its signer_state is merged (whatever the outcome) and stored; the first answer
   * to a staged request then goes to whoever waits. Throws INVALID_ARGUMENT for state that does not
   * decode and UNAVAILABLE when the state could not be stored: the answer is then not forwarded and
   * the request stays staged, so the signer should send it again.
   */
  async respond(response: IncomingHsmResponse): Promise<RespondOutcome> {
    if (this.closed) throw nodeStopped();
    const id = response.request_id;
    let incoming: KeyedStateEntry[];
    try {
      incoming = fromWireEntries(response.signer_state ?? []);
    } catch (error) {
      if (error instanceof StateDecodeError) throw invalidArgument(`signer_state of the answer to request ${id}: ${error.message}`);
      throw error;
    }
    const merge = this.state.merge(incoming);
    if (merge.applied.length > 0) {
      this.generation += 1;
      for (const change of merge.applied) this.unwritten.add(change.key);
    }
    if (merge.conflicts.length > 0) {
      this.logger.debug({ request_id: id, conflicts: merge.conflicts.map((c) => `${c.key}: ${c.reason}`) }, 'signer_state entries older than ours ignored');
    }

    // First answer wins, decided on arrival; durability comes before forwarding.
    const entry = this.staged.get(id) ?? this.withdrawn.get(id);
    let outcome: RespondOutcome;
    if (entry && !entry.claimed) {
      entry.claimed = true;
      outcome = 'answered';
    } else {
      outcome = entry || this.answered.has(id) ? 'duplicate' : 'unknown';
    }

    try {
      await this.flush();
    } catch (error) {
      const reason = (error as Error).message;
      this.logger.error({ request_id: id, state_file: this.stateFile, reason }, 'could not store signer state; answer not forwarded');
      if (entry && outcome === 'answered') this.unclaim(entry);
      throw new GreenhouseError(
        status.UNAVAILABLE,
        `the node could not store its signer state (${reason}); the answer to request ${id} was not forwarded, send it again`,
      );
    }

    if (outcome === 'answered') this.settle(entry!, response);
    else this.logger.debug({ request_id: id }, outcome === 'duplicate' ? 'duplicate answer ignored' : 'answer to an unknown request ignored');
    return outcome;
  }

  /** A new signer: it gets every request still waiting, then every new one. */
  attach(): SignerAttachment {
    if (this.closed) throw nodeStopped();
    const attachment = new Attachment(this.nextAttachmentId++, {
      deliver: (entry, to) => this.deliver(entry, to),
      detached: (to) => {
        this.attachments.delete(to.id);
        this.logger.info({ signer: to.id, signers: this.attachments.size }, 'signer detached');
        this.noteIdle();
      },
    });
    this.attachments.set(attachment.id, attachment);
    for (const entry of this.staged.values()) attachment.offer(entry);
    this.logger.info({ signer: attachment.id, signers: this.attachments.size, backlog: this.staged.size }, 'signer attached');
    this.noteIdle();
    return attachment;
  }

  /**
   * Fails every waiting request with UNAVAILABLE "node stopped" and ends every attachment; resolves
   * once any state write has finished and the journal is folded into the snapshot.
   */
  async close(): Promise<void> {
    if (!this.closed) {
      this.closed = true;
      for (const entry of this.staged.values()) {
        entry.state = 'closed';
        this.failWaiters(entry, nodeStopped());
      }
      this.staged.clear();
      this.withdrawn.clear();
      for (const attachment of this.attachments.values()) attachment.end('stage-closed');
      this.attachments.clear();
      this.logger.info('hsm stage closed');
      this.noteIdle();
    }
    await this.writing?.catch(() => undefined);
    this.closing ??= this.store.close().catch((error: unknown) => {
      // Nothing is lost: the journal stays, and the next start reads it.
      this.logger.warn({ state_file: this.stateFile, reason: (error as Error).message }, 'could not fold the signer state journal into the snapshot');
    });
    await this.closing;
  }

  // ---- staging

  /** Answers and withdrawn requests of an earlier lightningd run are no use to a new one (ids restart at 1000). */
  private forgetSettled(): void {
    this.answered.clear();
    this.withdrawn.clear();
  }

  private wait(entry: Entry, signal: AbortSignal | undefined): Promise<HsmResponse> {
    return new Promise<HsmResponse>((resolve, reject) => {
      const abort = () => this.leave(entry, waiter, signal!.reason);
      const waiter: Waiter = {
        resolve,
        reject,
        release: () => signal?.removeEventListener('abort', abort),
      };
      entry.waiters.add(waiter);
      if (signal?.aborted) abort();
      else signal?.addEventListener('abort', abort, { once: true });
    });
  }

  /** Puts an entry (new, or withdrawn and asked for again) in the queue of every signer that has not had it. */
  private stage(entry: Entry): void {
    if (entry.waiters.size === 0) return; // its only caller left already
    this.withdrawn.delete(entry.id);
    entry.state = 'staged';
    this.staged.set(entry.id, entry);
    for (const attachment of this.attachments.values()) attachment.offer(entry);
    this.noteIdle();
  }

  /** A caller went away. With nobody left waiting the request is withdrawn: signers no longer get it. */
  private leave(entry: Entry, waiter: Waiter, reason: unknown): void {
    if (!entry.waiters.delete(waiter)) return;
    waiter.release();
    waiter.reject(reason);
    if (entry.waiters.size === 0 && entry.state === 'staged' && !entry.claimed) this.withdraw(entry);
  }

  private withdraw(entry: Entry): void {
    this.staged.delete(entry.id);
    entry.state = 'withdrawn';
    remember(this.withdrawn, entry.id, entry);
    this.logger.debug({ request_id: entry.id }, 'hsmd request withdrawn: nobody waits for it any more');
    this.noteIdle();
  }

  /** The same request id came back with another message: the old one belongs to a proxy that is gone. */
  private supersede(entry: Entry): void {
    this.logger.warn({ request_id: entry.id }, 'request id reused for a different hsmd request; the older one is dropped');
    this.staged.delete(entry.id);
    this.withdrawn.delete(entry.id);
    entry.state = 'superseded';
    this.failWaiters(entry, new GreenhouseError(status.FAILED_PRECONDITION, `hsmd request id ${entry.id} was reused for a different request`));
    this.noteIdle();
  }

  private unclaim(entry: Entry): void {
    entry.claimed = false;
    if (entry.state !== 'staged') return;
    if (entry.waiters.size === 0) return this.withdraw(entry);
    // Signers that skipped it while it was being answered get it again.
    for (const attachment of this.attachments.values()) attachment.offer(entry);
  }

  private settle(entry: Entry, response: IncomingHsmResponse): void {
    if (entry.state === 'closed' || entry.state === 'superseded') return;
    this.staged.delete(entry.id);
    this.withdrawn.delete(entry.id);
    entry.state = 'answered';
    const answer = response.error ? refusalReply(entry.id, response.error) : reply(entry.id, response.raw ?? Buffer.alloc(0));
    remember(this.answered, entry.id, { digest: digestOf(entry.raw), context: entry.context, reply: answer });
    for (const waiter of entry.waiters) {
      waiter.release();
      waiter.resolve(answer);
    }
    entry.waiters.clear();
    this.logger.debug({ request_id: entry.id, type: entry.type, refused: Boolean(response.error) }, 'hsmd request answered');
    if (response.error) this.reportRefusal(entry, response.error);
    this.noteIdle();
  }

  private failWaiters(entry: Entry, error: unknown): void {
    for (const waiter of entry.waiters) {
      waiter.release();
      waiter.reject(error);
    }
    entry.waiters.clear();
  }

  /** The message for one signer: the request, the state it lacks (then noted as known), the pending calls. */
  private deliver(entry: Entry, to: Attachment): HsmRequest | undefined {
    if (entry.state !== 'staged' || entry.claimed || this.closed) return undefined;
    const diff = this.state.diff(to.sketch);
    to.sketch.record(diff);
    entry.deliveredTo.add(to.id);
    return {
      request_id: entry.id,
      ...(entry.context && { context: entry.context }),
      raw: entry.raw,
      signer_state: toWireEntries(diff),
      requests: this.snapshotCalls(),
    };
  }

  private snapshotCalls(): PendingRequest[] {
    try {
      return [...this.pendingCalls()];
    } catch (error) {
      this.logger.error({ reason: (error as Error).message }, 'could not list pending calls; sending none');
      return [];
    }
  }

  // ---- state

  /**
   * Resolves once every state change merged before the call is on disk; throws if writing fails.
   * Writes do not overlap: changes merged while one is under way wait for it, then share the next
   * one (one journal line for all of them), so a burst of answers costs one write after the first.
   */
  private async flush(): Promise<void> {
    const target = this.generation;
    while (this.persisted < target) {
      this.writing ??= this.writeState().finally(() => (this.writing = undefined));
      await this.writing;
    }
  }

  private async writeState(): Promise<void> {
    const generation = this.generation;
    const keys = this.unwritten;
    this.unwritten = new Set();
    try {
      await this.store.persist(keys);
    } catch (error) {
      for (const key of keys) this.unwritten.add(key);
      throw error;
    }
    this.persisted = Math.max(this.persisted, generation);
  }

  // ---- events

  private reportRefusal(entry: Entry, reason: string): void {
    this.logger.warn({ request_id: entry.id, type: entry.type, reason }, 'a signer refused an hsmd request');
    const refusal: SignerRefusal = { requestId: entry.id, reason, type: entry.type, context: entry.context, pendingCalls: entry.pendingCalls };
    for (const listener of this.refusalListeners) {
      try {
        listener(refusal);
      } catch (error) {
        this.logger.error({ reason: (error as Error).message }, 'signer refusal listener failed');
      }
    }
  }

  private noteIdle(): void {
    const idle = this.idle;
    if (idle === this.wasIdle) return;
    this.wasIdle = idle;
    for (const listener of this.idleListeners) {
      try {
        listener(idle);
      } catch (error) {
        this.logger.error({ reason: (error as Error).message }, 'idle listener failed');
      }
    }
  }
}

interface AttachmentHooks {
  deliver(entry: Entry, to: Attachment): HsmRequest | undefined;
  detached(attachment: Attachment): void;
}

class Attachment implements SignerAttachment {
  /** What this signer has been sent of the state. */
  readonly sketch = new StateSketch();
  /** Entries to hand over, in order (a Set keeps insertion order and each entry once). */
  private readonly queue = new Set<Entry>();
  /** Callers of next() waiting for something to hand over. */
  private readonly sleepers = new Set<() => void>();
  private endReason: AttachmentEnd | undefined;
  private markEnded!: (reason: AttachmentEnd) => void;
  readonly ended = new Promise<AttachmentEnd>((resolve) => (this.markEnded = resolve));

  constructor(
    readonly id: number,
    private readonly hooks: AttachmentHooks,
  ) {}

  get endedBy(): AttachmentEnd | undefined {
    return this.endReason;
  }

  offer(entry: Entry): void {
    if (this.endReason || entry.deliveredTo.has(this.id)) return;
    this.queue.add(entry);
    this.wakeUp();
  }

  async next(): Promise<HsmRequest | undefined> {
    for (;;) {
      if (this.endReason) return undefined;
      for (const entry of this.queue) {
        this.queue.delete(entry);
        const message = this.hooks.deliver(entry, this);
        if (message) return message;
      }
      await new Promise<void>((resolve) => this.sleepers.add(resolve));
    }
  }

  detach(): void {
    if (this.endReason) return;
    this.end('detached');
    this.hooks.detached(this);
  }

  end(reason: AttachmentEnd): void {
    if (this.endReason) return;
    this.endReason = reason;
    this.markEnded(reason);
    this.queue.clear();
    this.wakeUp();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<HsmRequest> {
    for (let message = await this.next(); message; message = await this.next()) yield message;
  }

  private wakeUp(): void {
    const sleepers = [...this.sleepers];
    this.sleepers.clear();
    for (const wake of sleepers) wake();
  }
}

function reply(requestId: number, raw: Uint8Array): HsmResponse {
  return { request_id: requestId, raw: Buffer.from(raw), signer_state: [], error: '' };
}

function refusalReply(requestId: number, error: string): HsmResponse {
  return { request_id: requestId, raw: Buffer.alloc(0), signer_state: [], error };
}

/** Absent context, or one without a peer, is lightningd's own connection. */
function normalizeContext(context: HsmRequestContextLike | null | undefined): NormalizedContext | null {
  if (!context) return null;
  return { node_id: Buffer.from(context.node_id), dbid: String(context.dbid), capabilities: String(context.capabilities) };
}

function sameContext(a: NormalizedContext | null, b: NormalizedContext | null): boolean {
  if (a === null || b === null) return a === b;
  return a.node_id.equals(b.node_id) && a.dbid === b.dbid && a.capabilities === b.capabilities;
}

const digestOf = (raw: Buffer): Buffer => createHash('sha256').update(raw).digest();

function remember<V>(map: Map<number, V>, key: number, value: V): void {
  map.delete(key);
  map.set(key, value);
  while (map.size > REMEMBERED_REQUESTS) map.delete(map.keys().next().value!);
}
