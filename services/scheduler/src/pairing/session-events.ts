import { EventEmitter } from 'node:events';
import type { Logger } from '@greenhouse/common';

/** How often a replica looks at a pairing session row another replica may change. */
export const PAIRING_POLL_MS = 200;

/**
 * Waiting on pairing session rows. Whatever changes a row says so here, which wakes waiters in
 * this process at once; changes made by other replicas are seen by polling the row every
 * PAIRING_POLL_MS. The row is always the truth; an event only means "look again now".
 */
export class PairingEvents {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  constructor(private readonly logger: Logger) {}

  changed(deviceId: string): void {
    this.emitter.emit(deviceId);
  }

  /**
   * Calls `check` until it answers something other than undefined, `timeoutMs` passes (then
   * undefined) or `signal` aborts (then undefined). A failing check (the database away for a
   * moment) is logged and tried again at the next poll.
   */
  async waitFor<T>(deviceId: string, check: () => Promise<T | undefined>, options: { timeoutMs: number; signal?: AbortSignal }): Promise<T | undefined> {
    const until = Date.now() + options.timeoutMs;
    for (;;) {
      if (options.signal?.aborted) return undefined;
      try {
        const answer = await check();
        if (answer !== undefined) return answer;
      } catch (error) {
        this.logger.warn({ err: error, device_id: shortId(deviceId) }, 'could not read a pairing session; trying again');
      }
      const left = until - Date.now();
      if (left <= 0 || options.signal?.aborted) return undefined;
      await this.wake(deviceId, Math.min(PAIRING_POLL_MS, left), options.signal);
    }
  }

  private wake(deviceId: string, ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.emitter.off(deviceId, done);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.emitter.once(deviceId, done);
      signal?.addEventListener('abort', done, { once: true });
    });
  }
}

/** A device id is 130 hex digits; logs and messages show its start. */
export function shortId(deviceId: string): string {
  return deviceId.length > 16 ? `${deviceId.slice(0, 16)}…` : deviceId;
}
