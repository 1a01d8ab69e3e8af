// The streams open on one node (StreamLog, StreamIncoming, Subscribe…): at most `limit` at a time, and
// every one of them ended at once when the node stops.
import { status } from '@grpc/grpc-js';
import { GreenhouseError } from '@greenhouse/common';

export const DEFAULT_MAX_STREAMS_PER_NODE = 64;

export interface StreamLease {
  /** The RPC, e.g. `/greenlight.Node/StreamLog`. */
  readonly method: string;
  /** Aborted by endAll(); its `reason` is the GreenhouseError the stream ends with. */
  readonly signal: AbortSignal;
  /** Gives the slot back (idempotent). */
  release(): void;
}

export class StreamLeases {
  private readonly open = new Set<{ lease: StreamLease; abort: AbortController }>();

  constructor(
    readonly limit: number,
    private readonly nodeHex: string,
    /** Called when a lease is released (the node counts that as activity). */
    private readonly onRelease: () => void = () => undefined,
  ) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`the stream limit must be a positive integer, got ${limit}`);
  }

  /** Streams open now. */
  get size(): number {
    return this.open.size;
  }

  /** Takes a slot for a new stream, or RESOURCE_EXHAUSTED when the node has `limit` open. */
  acquire(method: string): StreamLease {
    if (this.open.size >= this.limit) {
      throw new GreenhouseError(
        status.RESOURCE_EXHAUSTED,
        `node ${this.nodeHex} already has ${this.open.size} streams open on this gateway (the limit is ${this.limit}); close one before opening ${method}`,
      );
    }
    const abort = new AbortController();
    let released = false;
    const entry = {
      abort,
      lease: {
        method,
        signal: abort.signal,
        release: () => {
          if (released) return;
          released = true;
          this.open.delete(entry);
          this.onRelease();
        },
      },
    };
    this.open.add(entry);
    return entry.lease;
  }

  /** Ends every open stream with `reason` (their owners see their lease's signal abort). */
  endAll(reason: GreenhouseError): void {
    for (const { abort } of [...this.open]) abort.abort(reason);
  }
}
