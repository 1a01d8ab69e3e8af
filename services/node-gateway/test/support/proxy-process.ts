// The hsmd proxy as lightningd runs it: its executable, fd 3 a socket to "lightningd", env from the gateway.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync } from 'node:fs';
import { HSMD_PROXY_PATH, hsmdProxyEnvironment } from '../../src/hsmd-proxy/index.ts';

export const TEST_LIGHTNINGD_VERSION = 'v26.06.6';

export class ProxyProcess {
  stderr = '';
  readonly exited: Promise<number | null>;

  private constructor(readonly child: ChildProcess) {
    child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  /** Starts the proxy with `proxyFd` as its fd 3 (this process's copy is closed once handed over). */
  static start(options: { proxyFd: number; hsmSocketPath: string; cwd: string }): ProxyProcess {
    const child = spawn(HSMD_PROXY_PATH, ['--developer'], {
      cwd: options.cwd,
      stdio: ['ignore', 'inherit', 'pipe', options.proxyFd],
      env: { ...process.env, ...hsmdProxyEnvironment({ lightningdVersion: TEST_LIGHTNINGD_VERSION, hsmSocketPath: options.hsmSocketPath }) },
    });
    closeSync(options.proxyFd);
    return new ProxyProcess(child);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
    await this.exited;
  }
}
