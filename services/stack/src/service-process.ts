import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  /** The fields of the service's ready log line (ports, paths). */
  ready: Record<string, unknown>;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 60_000;
const DEFAULT_STOP_TIMEOUT_MS = 10_000;

/**
 * Starts a service's main module in a child Node process with the same TypeScript loader as this
 * one, passes its log through, and resolves once it logs its ready message.
 */
export function startService(options: {
  name: string;
  main: string;
  args: string[];
  readyMessage: string;
  onExit: (code: number | null) => void;
  /** Pass the service's log lines through to this process's stdout (default true). */
  forwardOutput?: boolean;
  env?: NodeJS.ProcessEnv;
  /** How long stop() waits after SIGTERM before SIGKILL; default 10 s. */
  stopTimeoutMs?: number;
}): Promise<ServiceProcess> {
  const child = spawn(process.execPath, [...process.execArgv, options.main, ...options.args], {
    // stdin stays open as a lifeline: the service exits when it closes, even if this process is killed.
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...(options.env ?? process.env), GREENHOUSE_EXIT_WITH_PARENT: '1' },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${options.name} did not become ready within ${READY_TIMEOUT_MS / 1000} s`));
    }, READY_TIMEOUT_MS);
    let isReady = false;
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!isReady) reject(new Error(`${options.name} exited with code ${code} before it was ready`));
      else options.onExit(code);
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (options.forwardOutput !== false) process.stdout.write(line + '\n');
      if (isReady) return;
      const entry = parseLogLine(line);
      if (entry?.msg === options.readyMessage) {
        isReady = true;
        clearTimeout(timer);
        resolve({
          name: options.name,
          child,
          ready: entry,
          stop: async () => {
            if (child.exitCode !== null || child.signalCode !== null) return;
            child.kill('SIGTERM');
            const killer = setTimeout(() => child.kill('SIGKILL'), options.stopTimeoutMs ?? DEFAULT_STOP_TIMEOUT_MS);
            await exited;
            clearTimeout(killer);
          },
        });
      }
    });
  });
}

function parseLogLine(line: string): Record<string, unknown> | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined; // a service may print plain text too; only JSON log lines carry readiness
  }
}
