import type { ClientReadableStream, Metadata } from '@grpc/grpc-js';
import type { GreenhouseError } from '@greenhouse/common';

/** Messages read ahead before the stream is paused until the reader catches up. */
const HIGH_WATER = 256;

export interface NodeStreamOptions {
  /** Whether a failure to open may be retried once (the client then asks the scheduler again). */
  mayRetry: (error: unknown) => boolean;
  wrapError: (error: unknown) => GreenhouseError;
  signal?: AbortSignal | undefined;
}

/**
 * A server stream of the node as an async iterable: `for await (const entry of stream)`. Leaving
 * the loop (or `cancel()`, or the abort signal) cancels the call; an error of the call is thrown
 * from the loop as a GreenhouseError. A stream that fails before the server accepted it (the node
 * moved or stopped) is opened once more where the scheduler says the node is now.
 */
export class NodeStream<T> implements AsyncIterable<T> {
  /** Resolves once the server accepted the stream (sent its headers): events from now on arrive. */
  readonly ready: Promise<void>;
  private call: ClientReadableStream<T> | undefined;
  private readonly queue: T[] = [];
  private ended = false;
  private failure: GreenhouseError | undefined;
  private cancelled = false;
  private wake: (() => void) | undefined;
  private accepted = false;
  private markReady!: () => void;
  private failReady!: (error: unknown) => void;

  constructor(
    private readonly open: (attempt: number) => Promise<ClientReadableStream<T>>,
    private readonly options: NodeStreamOptions,
  ) {
    this.ready = new Promise<void>((resolve, reject) => {
      this.markReady = resolve;
      this.failReady = reject;
    });
    this.ready.catch(() => undefined); // also thrown from the iterator
    if (options.signal?.aborted) this.cancelled = true;
    options.signal?.addEventListener('abort', () => this.cancel(), { once: true });
    void this.start(0);
  }

  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    this.call?.cancel();
    this.finish();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    try {
      for (;;) {
        const next = this.queue.shift();
        if (next !== undefined) {
          if (this.queue.length < HIGH_WATER / 2) this.call?.resume();
          yield next;
          continue;
        }
        if (this.failure) throw this.failure;
        if (this.ended || this.cancelled) return;
        await new Promise<void>((resolve) => (this.wake = resolve));
      }
    } finally {
      this.cancel();
    }
  }

  private async start(attempt: number): Promise<void> {
    if (this.cancelled) return this.finish();
    let call: ClientReadableStream<T>;
    try {
      call = await this.open(attempt);
    } catch (error) {
      return this.fail(error);
    }
    if (this.cancelled) {
      call.cancel();
      return this.finish();
    }
    this.call = call;
    let received = false;
    call.on('metadata', (_metadata: Metadata) => {
      this.accepted = true;
      this.markReady();
    });
    call.on('data', (message: T) => {
      received = true;
      if (!this.accepted) {
        this.accepted = true;
        this.markReady();
      }
      this.queue.push(message);
      if (this.queue.length >= HIGH_WATER) call.pause();
      this.notify();
    });
    call.on('error', (error: unknown) => {
      if (this.cancelled) return this.finish();
      if (attempt === 0 && !received && !this.accepted && this.options.mayRetry(error)) {
        void this.start(1);
        return;
      }
      this.fail(error);
    });
    call.on('end', () => this.finish());
  }

  private fail(error: unknown): void {
    if (this.cancelled) return this.finish();
    this.failure = this.options.wrapError(error);
    this.failReady(this.failure);
    this.finish();
  }

  private finish(): void {
    this.ended = true;
    if (!this.accepted && !this.failure) this.failReady(this.options.wrapError(Object.assign(new Error('the stream ended before it started'), { code: 1, details: 'cancelled' })));
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
