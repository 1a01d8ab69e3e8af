// One running lightningd: spawned with its stdout/stderr in the node's own log file, ready once its
// JSON-RPC socket answers getinfo, stopped with the `stop` RPC, then SIGTERM, then SIGKILL.
import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { status } from '@grpc/grpc-js';
import { ClnRpcClient, ClnRpcConnectionError, waitForRpc } from '@greenhouse/cln-rpc';
import { GreenhouseError } from '@greenhouse/common';
import type { LightningdLaunch } from './arguments.ts';
import { LogWatch } from './log-watch.ts';

/** How a lightningd ended. */
export interface LightningdExit {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Set when the process could not be started at all (e.g. EACCES). */
  error?: Error;
  /** True when stop() asked for it. */
  requested: boolean;
}

/** What `getinfo` answers (the members the gateway reads; lightningd sends more). */
export interface LightningdInfo {
  id: string;
  network: string;
  version: string;
  blockheight: number;
  [member: string]: unknown;
}

export interface ReadyOptions {
  /** Default 120 s: a fresh node's first start creates its database and syncs with bitcoind. */
  timeoutMs?: number;
  /** Aborting rejects ready() (the process keeps running: stop it). */
  signal?: AbortSignal;
}

export interface StopOptions {
  /** How long lightningd gets to finish after the `stop` RPC; default 30 s. */
  rpcGraceMs?: number;
  /** How long after SIGTERM before SIGKILL; default 10 s. */
  termGraceMs?: number;
}

export const DEFAULT_READY_TIMEOUT_MS = 120_000;
/** lightningd's log line once every plugin has started (pyln-testing waits for it too). */
export const READY_LOG_LINE = 'Server started with public key';

/**
 * How often a start checks for lightning-rpc and the ready line. Each check is a connect attempt or
 * a read of what the log gained, a fraction of a millisecond; at 50 ms the wait alone added ≈25 ms
 * per check on average to every start (bench/schedule).
 */
const READY_POLL_MS = 5;
const DEFAULT_RPC_GRACE_MS = 30_000;
const DEFAULT_TERM_GRACE_MS = 10_000;
const LOG_TAIL_BYTES = 8192;
const MAX_LINE_CHARS = 400;

/** lightningd did not get ready: it exited first, or took too long. UNAVAILABLE: trying again may help. */
export class LightningdNotReadyError extends GreenhouseError {
  constructor(
    message: string,
    /** The exit, when it exited before it was ready. */
    readonly exit?: LightningdExit,
  ) {
    super(status.UNAVAILABLE, message);
    this.name = 'LightningdNotReadyError';
  }
}

export class LightningdProcess extends EventEmitter<{ exit: [LightningdExit] }> {
  /** JSON-RPC client on the node's lightning-rpc; closed when the process exits. */
  readonly rpc: ClnRpcClient;
  /** Resolves once the process has exited (never rejects). */
  readonly exited: Promise<LightningdExit>;
  readonly startedAt = Date.now();
  /** getinfo's answer, once ready() resolved. */
  info: LightningdInfo | undefined;
  private exitStatus: LightningdExit | undefined;
  private stopRequested = false;
  private answered = false;
  private readyPromise: Promise<LightningdInfo> | undefined;
  private stopPromise: Promise<LightningdExit> | undefined;

  private constructor(
    private readonly child: ChildProcess,
    readonly launch: LightningdLaunch,
    private readonly logWatch: LogWatch,
  ) {
    super();
    this.rpc = new ClnRpcClient({ socketPath: launch.rpcPath, idPrefix: 'greenhouse-gateway' });
    this.exited = new Promise((resolve) => {
      const finish = (exit: Omit<LightningdExit, 'requested'>) => {
        if (this.exitStatus) return;
        this.exitStatus = { ...exit, requested: this.stopRequested };
        void this.rpc.close();
        resolve(this.exitStatus);
        this.emit('exit', this.exitStatus);
      };
      child.once('exit', (code, signal) => {
        // Whatever is left of its process group (a subdaemon, a plugin, a `--version` probe it was
        // running when it died) has lost its parent: nothing of a node may outlive its lightningd.
        // Done in the same tick as the exit, before the group id could be reused.
        signalGroup(child.pid, 'SIGKILL');
        finish({ code, signal });
      });
      // A spawn that failed (no 'exit' follows); errors of a running child (a failed kill) change nothing.
      child.on('error', (error) => {
        if (child.pid === undefined) finish({ code: null, signal: null, error });
      });
    });
  }

  /**
   * Spawns lightningd. Its stdout and stderr (startup errors, and its subdaemons' and plugins'
   * stderr, e.g. the hsmd proxy's one-line reports) are appended to the node's log file, which
   * lightningd also writes (both append, so lines never overwrite each other). The child has its own
   * process group: a terminal's Ctrl-C reaches the gateway only, which stops its nodes in order, and a
   * last-resort SIGKILL takes the subdaemons and plugins with it; whatever of the group is still
   * there when lightningd exits is killed too. The node's config file (the bitcoind credentials) is
   * written first, private (0600), in one rename so lightningd never reads half of it.
   */
  static start(launch: LightningdLaunch): LightningdProcess {
    mkdirSync(launch.nodeDir, { recursive: true, mode: 0o700 });
    const temporary = `${launch.configFile.path}.${process.pid}.tmp`;
    rmSync(temporary, { force: true }); // a leftover would keep its mode
    writeFileSync(temporary, launch.configFile.content, { mode: 0o600 });
    renameSync(temporary, launch.configFile.path);
    const logFd = openSync(launch.logFile, 'a', 0o600);
    try {
      const logWatch = new LogWatch(launch.logFile, fstatSync(logFd).size); // only this run's lines count
      const child = spawn(launch.command, launch.args, {
        cwd: launch.cwd,
        env: launch.env,
        stdio: ['ignore', logFd, logFd],
        detached: true,
      });
      return new LightningdProcess(child, launch, logWatch);
    } finally {
      closeSync(logFd); // the child has its own copy
    }
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** The exit, once it happened. */
  get exit(): LightningdExit | undefined {
    return this.exitStatus;
  }

  /**
   * Resolves with getinfo once lightning-rpc answers it and lightningd has logged "Server started"
   * (lightning-rpc already answers while plugins are still starting, and their commands, e.g. pay,
   * are missing until then). Rejects with LightningdNotReadyError when
   * the process exits first or is not ready in time (the process is then left as it is: stop it).
   * The first call's options hold; later calls share its outcome.
   */
  ready(options: ReadyOptions = {}): Promise<LightningdInfo> {
    this.readyPromise ??= this.waitReady(options.timeoutMs ?? DEFAULT_READY_TIMEOUT_MS, options.signal);
    return this.readyPromise;
  }

  /**
   * Stops lightningd: the `stop` RPC when it has answered before, else straight to SIGTERM; SIGTERM
   * when it has not exited within rpcGraceMs; SIGKILL to its whole process group after termGraceMs.
   * Resolves with the exit once the process has exited. Concurrent calls share one stop.
   */
  stop(options: StopOptions = {}): Promise<LightningdExit> {
    this.stopPromise ??= this.doStop(options.rpcGraceMs ?? DEFAULT_RPC_GRACE_MS, options.termGraceMs ?? DEFAULT_TERM_GRACE_MS);
    return this.stopPromise;
  }

  /** Sends a signal to lightningd alone (or with `group`, to its process group). For tests and last resorts. */
  kill(signal: NodeJS.Signals, group = false): void {
    const pid = this.child.pid;
    if (pid === undefined || this.exitStatus) return;
    if (group) return signalGroup(pid, signal);
    try {
      process.kill(pid, signal);
    } catch {
      // ESRCH: it exited in the meantime; the exit event follows
    }
  }

  /** The last non-empty line of the node's log file (where lightningd's own errors end up), shortened. */
  lastLogLine(): string {
    return lastLineOf(this.launch.logFile);
  }

  /** How it ended (`when` right after that, e.g. "before it was ready"), then the log's last line: one line for logs and errors. */
  describeExit(exit: LightningdExit, when?: string): string {
    const how = exit.error ? `could not start (${exit.error.message})` : exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
    const line = exit.error ? '' : this.lastLogLine();
    const said = when ? `${how} ${when}` : how;
    return line ? `${said}; its log ends: ${line}` : said;
  }

  private async waitReady(timeoutMs: number, signal: AbortSignal | undefined): Promise<LightningdInfo> {
    const deadline = Date.now() + timeoutMs;
    // Rejects as soon as the process exits or the caller aborts; every wait below races it.
    const interrupted = new Promise<never>((_, reject) => {
      void this.exited.then((exit) => reject(new LightningdNotReadyError(`lightningd ${this.describeExit(exit, 'before it was ready')}`, exit)));
      const onAbort = () => reject(new LightningdNotReadyError('lightningd start was abandoned before it was ready'));
      if (signal?.aborted) onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    interrupted.catch(() => undefined);
    const race = <T>(step: Promise<T>) => Promise.race([step, interrupted]);

    const timedOut = () =>
      new LightningdNotReadyError(`lightningd was not ready within ${timeoutMs} ms; its log ends: ${this.lastLogLine()}`);

    // 1. lightning-rpc answers getinfo (from then on the stop RPC works).
    while (!this.answered) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) throw timedOut();
      try {
        // In short slices, so a process that exits or an abort is noticed promptly.
        await race(waitForRpc(this.launch.rpcPath, Math.min(remaining, 1000), READY_POLL_MS));
        await race(this.rpc.call<LightningdInfo>('getinfo', {}, { timeoutMs: Math.max(remaining, 1) }));
        this.answered = true;
      } catch (error) {
        // Not listening yet, a stale socket from an earlier run, or the socket closed during startup: try again.
        if (!(error instanceof ClnRpcConnectionError)) throw error;
        await race(sleep(READY_POLL_MS));
      }
    }
    // 2. Startup finished: "Server started with public key …" in this run's part of the log.
    while (!(await race(this.logWatch.sawLine(READY_LOG_LINE)))) {
      if (Date.now() >= deadline) throw timedOut();
      await race(sleep(READY_POLL_MS));
    }
    const info = await race(this.rpc.call<LightningdInfo>('getinfo', {}, { timeoutMs: Math.max(deadline - Date.now(), 1000) }));
    this.info = info;
    return info;
  }

  private async doStop(rpcGraceMs: number, termGraceMs: number): Promise<LightningdExit> {
    if (this.exitStatus) return this.exitStatus;
    this.stopRequested = true;
    if (this.answered) {
      const deadline = Date.now() + rpcGraceMs;
      // lightningd answers and then shuts down; the connection may close before the answer arrives.
      await Promise.race([this.rpc.call('stop', {}, { timeoutMs: rpcGraceMs }).catch(() => undefined), this.exited]);
      if (await this.exitWithin(deadline - Date.now())) return this.exitStatus!;
    }
    this.kill('SIGTERM');
    if (await this.exitWithin(termGraceMs)) return this.exitStatus!;
    this.kill('SIGKILL', true);
    return this.exited;
  }

  private async exitWithin(ms: number): Promise<boolean> {
    if (this.exitStatus) return true;
    if (ms <= 0) return false;
    const timeout = new AbortController();
    const timer = sleep(ms, false, { signal: timeout.signal }).catch(() => false);
    const exited = await Promise.race([this.exited.then(() => true), timer]);
    timeout.abort();
    return exited;
  }
}

function signalGroup(leader: number | undefined, signal: NodeJS.Signals): void {
  if (leader === undefined) return;
  try {
    process.kill(-leader, signal);
  } catch {
    // ESRCH: nobody left in the group
  }
}

/**
 * The last non-empty line of a text file (read from its last 8 KiB), or '' when there is none.
 * Synchronous on purpose: it is read once when a process exits, and the supervisor must change
 * state in the same tick the exit arrives.
 */
export function lastLineOf(file: string): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return '';
  }
  try {
    const { size } = fstatSync(fd);
    const length = Math.min(size, LOG_TAIL_BYTES);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    const lines = buffer.toString('utf8').split('\n').map((line) => line.trim()).filter(Boolean);
    const line = lines.at(-1) ?? '';
    return line.length > MAX_LINE_CHARS ? `${line.slice(0, MAX_LINE_CHARS)}…` : line;
  } finally {
    closeSync(fd);
  }
}
