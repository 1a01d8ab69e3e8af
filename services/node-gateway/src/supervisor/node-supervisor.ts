// Keeps one node's lightningd running while it is wanted: starts it on demand (concurrent callers
// share one start), restarts it after an unexpected exit with exponential backoff, gives up after
// too many quick failures, and stops it after a quiet spell with no calls and no signer attached.
import { EventEmitter } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { status } from '@grpc/grpc-js';
import { GreenhouseError, type Logger } from '@greenhouse/common';
import { lightningdVersionOf } from './lightningd-version.ts';
import { lightningdArguments, type LightningdLaunch, type LightningdNodeConfig } from './arguments.ts';
import {
  LightningdProcess,
  type LightningdExit,
  type LightningdInfo,
  type StopOptions,
} from './lightningd-process.ts';
import { stopLeftoverLightningd } from './leftover.ts';
import { locateLightningd } from './locate.ts';

/**
 * - `stopped`: not running and not wanted (initially, after stop(), after an idle stop).
 * - `starting`: a lightningd was (or is about to be) spawned and is not ready yet.
 * - `running`: ready: its lightning-rpc answered getinfo.
 * - `stopping`: stop() or the idle rule is stopping it.
 * - `backoff`: it exited or failed to start while wanted; the next start waits for the backoff delay.
 * - `failed`: it failed maxQuickFailures times in a row; no more restarts on its own (see ensureRunning).
 */
export type NodeState = 'stopped' | 'starting' | 'running' | 'stopping' | 'backoff' | 'failed';

export interface BackoffOptions {
  /** Delay before the first restart; doubles with each quick failure in a row. Default 1 s. */
  initialDelayMs?: number;
  /** Longest delay. Default 60 s. */
  maxDelayMs?: number;
  /** Running this long counts as healthy: the failure count and the delay start over. Default 60 s. */
  healthyAfterMs?: number;
  /** Quick failures in a row after which the supervisor gives up (state `failed`). Default 6. */
  maxQuickFailures?: number;
  /** In `failed`, ensureRunning tries once more (from scratch) when this long has passed since it gave up. Default maxDelayMs. */
  failedRetryAfterMs?: number;
}

export interface IdleOptions {
  /** Stop after this long without markActivity()/ensureRunning() while isIdle() says so. 0 or absent: never. */
  afterMs?: number;
  /** Whether nothing else keeps the node busy, e.g. no signer attached and no open stream. Default: always idle. */
  isIdle?: () => boolean;
}

export interface NodeSupervisorOptions {
  /** The node's id (hex), for logs and errors; when getinfo reports another id the start fails. */
  nodeId?: string;
  /**
   * The node's lightningd configuration. `lightningd` defaults to locateLightningd(env) and
   * `lightningdVersion` to `lightningd --version`, both found again at each start.
   */
  config: Omit<LightningdNodeConfig, 'lightningd' | 'lightningdVersion'> & { lightningd?: string; lightningdVersion?: string };
  /** Where LIGHTNINGD and PATH are looked up when config.lightningd is absent; default process.env. */
  env?: NodeJS.ProcessEnv;
  /** The gateway's logger: one line per start failure, unexpected exit and give-up; never node output. */
  logger?: Logger;
  /** How long a start may take until getinfo answers. Default 120 s. */
  readyTimeoutMs?: number;
  stop?: StopOptions;
  backoff?: BackoffOptions;
  idle?: IdleOptions;
}

export type NodeStopReason = 'requested' | 'idle';

export interface NodeSupervisorEvents {
  /** Every state change. */
  state: [state: NodeState, previous: NodeState];
  /** lightningd answered getinfo. */
  ready: [info: LightningdInfo];
  /** lightningd exited; `expected` is true when stop() (or the idle rule) asked for it, false for a crash. */
  exit: [exit: LightningdExit & { expected: boolean; description: string }];
  /** A restart is scheduled. */
  backoff: [details: { delayMs: number; failures: number; reason: string }];
  /** Gave up after too many quick failures. */
  failed: [error: GreenhouseError];
  /** Stopped because it was idle. */
  idle: [];
}

const DEFAULTS = {
  initialDelayMs: 1000,
  maxDelayMs: 60_000,
  healthyAfterMs: 60_000,
  maxQuickFailures: 6,
};

export class NodeSupervisor extends EventEmitter<NodeSupervisorEvents> {
  private current: NodeState = 'stopped';
  private process: LightningdProcess | undefined;
  /** The start in progress (including a backoff wait before it), shared by every ensureRunning caller. */
  private attempt: Promise<void> | undefined;
  private attemptAbort: AbortController | undefined;
  private stopping: Promise<void> | undefined;
  private quickFailures = 0;
  private failure: GreenhouseError | undefined;
  private failedAt = 0;
  private lastActivity = Date.now();
  private idleTimer: NodeJS.Timeout | undefined;
  private healthyTimer: NodeJS.Timeout | undefined;
  private readonly backoff: Required<BackoffOptions>;
  private readonly label: string;

  constructor(private readonly options: NodeSupervisorOptions) {
    super();
    const backoff = { ...DEFAULTS, ...options.backoff };
    this.backoff = { ...backoff, failedRetryAfterMs: options.backoff?.failedRetryAfterMs ?? backoff.maxDelayMs };
    this.label = options.nodeId ? `node ${options.nodeId}` : `the node in ${options.config.nodeDir}`;
  }

  get state(): NodeState {
    return this.current;
  }

  /** The running lightningd (its `rpc` client, getinfo `info`), when state is `running`. */
  get lightningd(): LightningdProcess | undefined {
    return this.current === 'running' ? this.process : undefined;
  }

  /** Why it gave up, in state `failed`. */
  get lastFailure(): GreenhouseError | undefined {
    return this.failure;
  }

  /** Counts as a call: the idle timer starts over. */
  markActivity(): void {
    this.lastActivity = Date.now();
  }

  /**
   * Resolves once lightningd is running, starting it if needed; concurrent callers share one start.
   * During a backoff it waits for the scheduled restart. Rejects with:
   * - FAILED_PRECONDITION when lightningd cannot be run at all (not found, bad configuration), or in
   *   state `failed` (until failedRetryAfterMs has passed since it gave up; then it tries afresh);
   * - UNAVAILABLE when this start failed (lightningd exited or was not ready in time; a restart
   *   follows with backoff) or stop() was called meanwhile.
   */
  ensureRunning(): Promise<void> {
    this.markActivity();
    switch (this.current) {
      case 'running':
        return Promise.resolve();
      case 'starting':
      case 'backoff':
        return this.attempt!;
      case 'stopping':
        return this.stopping!.then(() => this.ensureRunning());
      case 'failed':
        if (Date.now() - this.failedAt < this.backoff.failedRetryAfterMs) return Promise.reject(this.failure!);
        this.quickFailures = 0;
        this.failure = undefined;
        return this.beginAttempt(0);
      case 'stopped':
        return this.beginAttempt(0);
    }
  }

  /** Stops lightningd cleanly (see LightningdProcess.stop) and cancels any restart; state ends `stopped`. */
  stop(): Promise<void> {
    return this.stopFor('requested');
  }

  /** Leaves `failed` for `stopped`, forgetting the failures, so the next ensureRunning starts at once. */
  reset(): void {
    if (this.current !== 'failed') return;
    this.quickFailures = 0;
    this.failure = undefined;
    this.setState('stopped');
  }

  private stopFor(reason: NodeStopReason): Promise<void> {
    if (this.stopping) return this.stopping;
    if (this.current === 'stopped') return Promise.resolve();
    this.stopping = (async () => {
      this.clearTimers();
      this.attemptAbort?.abort();
      this.setState('stopping');
      await this.process?.stop(this.options.stop);
      await this.attempt?.catch(() => undefined); // it ends now that its process is gone or its wait aborted
      this.quickFailures = 0;
      this.failure = undefined;
      this.setState('stopped');
      if (reason === 'idle') this.emit('idle');
    })().finally(() => {
      this.stopping = undefined;
    });
    return this.stopping;
  }

  /** Starts an attempt after `delayMs` (a backoff), which every ensureRunning until it settles shares. */
  private beginAttempt(delayMs: number): Promise<void> {
    const abort = new AbortController();
    this.attemptAbort = abort;
    const attempt = (async () => {
      await Promise.resolve(); // begin once this.attempt and the state are set: a 'state' listener may call ensureRunning
      if (delayMs > 0) {
        await sleep(delayMs, undefined, { signal: abort.signal, ref: false }).catch(() => {
          throw stoppedError(this.label);
        });
        this.setState('starting');
      }
      await this.launchUntilReady(abort.signal);
    })();
    this.attempt = attempt;
    this.setState(delayMs > 0 ? 'backoff' : 'starting');
    attempt.then(
      () => {
        if (this.attempt === attempt) this.attempt = undefined;
      },
      (error: unknown) => {
        if (this.attempt === attempt) this.attempt = undefined;
        if (!abort.signal.aborted) this.afterFailedStart(error);
      },
    );
    return attempt;
  }

  private async launchUntilReady(signal: AbortSignal): Promise<void> {
    const launch = await this.prepareLaunch();
    if (signal.aborted) throw stoppedError(this.label);
    const leftover = await stopLeftoverLightningd(launch, this.options.stop);
    if (leftover !== undefined) this.options.logger?.warn({ node: this.options.nodeId, pid: leftover }, `stopped a lightningd left running on ${launch.nodeDir}`);
    if (signal.aborted) throw stoppedError(this.label);

    const lightningd = LightningdProcess.start(launch);
    this.process = lightningd;
    lightningd.once('exit', (exit) => this.afterExit(lightningd, exit));
    let info: LightningdInfo;
    try {
      info = await lightningd.ready({ timeoutMs: this.options.readyTimeoutMs, signal });
      const expected = this.options.nodeId;
      if (expected && info.id !== expected) {
        throw new GreenhouseError(
          status.FAILED_PRECONDITION,
          `lightningd in ${launch.nodeDir} runs node ${info.id}, not ${expected}: its Hsm service answers for another node`,
        );
      }
    } catch (error) {
      if (signal.aborted) throw stoppedError(this.label);
      await lightningd.stop(this.options.stop); // not ready in time, or the wrong node: no half-started node stays behind
      throw error;
    }
    if (signal.aborted) throw stoppedError(this.label); // stop() came in the same tick as the answer
    this.lastActivity = Date.now(); // the idle clock starts now, not when the (maybe long) start was asked for
    this.setState('running');
    this.emit('ready', info);
    this.healthyTimer = setTimeout(() => (this.quickFailures = 0), this.backoff.healthyAfterMs).unref();
    this.armIdleTimer();
  }

  /** Locates lightningd and its version (read again when the binary changed), then builds the command line. */
  private async prepareLaunch(): Promise<LightningdLaunch> {
    const config = this.options.config;
    const lightningd = config.lightningd ?? locateLightningd(this.options.env ?? process.env);
    let lightningdVersion = config.lightningdVersion;
    if (!lightningdVersion) {
      try {
        lightningdVersion = await lightningdVersionOf(lightningd);
      } catch (error) {
        throw new GreenhouseError(status.FAILED_PRECONDITION, `cannot run ${lightningd} --version: ${(error as Error).message.split('\n')[0]}`, { cause: error });
      }
    }
    return lightningdArguments({ ...config, lightningd, lightningdVersion });
  }

  private afterFailedStart(error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error);
    // lightningd cannot be run as configured (not found, no version, bad configuration, another
    // node's signer): retrying on a timer cannot help; the next ensureRunning tries again anyway.
    if (error instanceof GreenhouseError && error.code === status.FAILED_PRECONDITION) {
      this.options.logger?.error({ node: this.options.nodeId }, `cannot start lightningd: ${reason}`);
      this.setState('stopped');
      return;
    }
    this.options.logger?.warn({ node: this.options.nodeId }, `lightningd start failed: ${reason}`);
    this.afterFailure(reason);
  }

  /** Runs in the tick the exit arrives, so no caller is told `running` about a process that is gone. */
  private afterExit(lightningd: LightningdProcess, exit: LightningdExit): void {
    if (this.process === lightningd) this.process = undefined;
    const description = lightningd.describeExit(exit);
    this.emit('exit', { ...exit, expected: exit.requested, description });
    // An exit before ready fails the start attempt (handled there); after stop() it was asked for.
    if (exit.requested || this.current !== 'running') return;
    this.clearTimers();
    this.options.logger?.warn({ node: this.options.nodeId, code: exit.code, signal: exit.signal }, `lightningd ${description}`);
    this.afterFailure(`lightningd ${description}`);
  }

  /** One more quick failure: a restart after the backoff delay, or giving up. */
  private afterFailure(reason: string): void {
    this.quickFailures += 1;
    if (this.quickFailures >= this.backoff.maxQuickFailures) {
      this.failure = new GreenhouseError(
        status.FAILED_PRECONDITION,
        `lightningd for ${this.label} failed ${this.quickFailures} times in a row and is not restarted any more; last: ${reason}. Fix the cause (see its log in ${this.options.config.nodeDir}), then start it again`,
      );
      this.failedAt = Date.now();
      this.options.logger?.error({ node: this.options.nodeId }, this.failure.message);
      this.setState('failed');
      this.emit('failed', this.failure);
      return;
    }
    const delayMs = Math.min(this.backoff.initialDelayMs * 2 ** (this.quickFailures - 1), this.backoff.maxDelayMs);
    this.emit('backoff', { delayMs, failures: this.quickFailures, reason });
    this.beginAttempt(delayMs).catch(() => undefined); // its outcome goes to whoever waits for it, and to afterFailedStart
  }

  private armIdleTimer(): void {
    const afterMs = this.options.idle?.afterMs;
    if (!afterMs) return;
    clearTimeout(this.idleTimer);
    const dueIn = Math.max(this.lastActivity + afterMs - Date.now(), 0);
    this.idleTimer = setTimeout(() => this.checkIdle(afterMs), dueIn).unref();
  }

  private checkIdle(afterMs: number): void {
    this.idleTimer = undefined;
    if (this.current !== 'running') return;
    const quietFor = Date.now() - this.lastActivity;
    if (quietFor < afterMs) return this.armIdleTimer();
    if (this.options.idle?.isIdle && !this.options.idle.isIdle()) {
      // Busy (a signer attached, a stream open): look again after another idle period.
      this.idleTimer = setTimeout(() => this.checkIdle(afterMs), afterMs).unref();
      return;
    }
    this.options.logger?.info({ node: this.options.nodeId }, `stopping lightningd: idle for ${Math.round(quietFor / 1000)} s`);
    void this.stopFor('idle');
  }

  private clearTimers(): void {
    clearTimeout(this.idleTimer);
    clearTimeout(this.healthyTimer);
    this.idleTimer = undefined;
    this.healthyTimer = undefined;
  }

  private setState(next: NodeState): void {
    const previous = this.current;
    if (previous === next) return;
    this.current = next;
    this.emit('state', next, previous);
  }
}

function stoppedError(label: string): GreenhouseError {
  return new GreenhouseError(status.UNAVAILABLE, `lightningd for ${label} was stopped before it was ready`);
}
