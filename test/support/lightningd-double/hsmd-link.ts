// The lightningd TEST DOUBLE's hsmd, run the way lightningd runs it (cln-hsmd.md §1.1–1.2, §1.5):
// `PATH --version` must print lightningd's version and a newline; then PATH [--developer] in
// <lightning-dir>/<network> with fd 0 = status socket, fd 1/2 = ours, fd 3 = the request socket
// (both Node 'pipe's, which are unix socketpairs). Requests go one at a time, each waiting for its
// reply, as lightningd's synchronous hsm calls do. No hsmd_client_hsmfd: the double has no
// subdaemons, so it never needs client sockets.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';
import { encodeHsmd, expectsReply, frame, HsmdFrameReader, peekType, type HsmdMessageInput } from '@greenhouse/common/hsmd';

export class HsmdVersionError extends Error {}

/** Runs `hsmd --version` as lightningd's test_subdaemons does: stdout and stderr must start with `version` + "\n". */
export async function checkHsmdVersion(hsmd: string, version: string): Promise<void> {
  const output = await new Promise<string>((resolve) => {
    execFile(hsmd, ['--version'], { env: process.env }, (error, stdout, stderr) => resolve(error && !stdout && !stderr ? `(${error.message})` : stdout + stderr));
  });
  if (!output.startsWith(version) || output[version.length] !== '\n') {
    throw new HsmdVersionError(`subdaemon hsmd (${hsmd}) claims version ${JSON.stringify(output.split('\n')[0])}, we need ${version}`);
  }
}

export class HsmdLink {
  /** Resolves with the exit code or signal once hsmd has exited. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly master: Socket;
  private readonly reader = new HsmdFrameReader();
  private readonly waiting: { resolve: (reply: Buffer) => void; reject: (error: Error) => void }[] = [];
  private queue: Promise<unknown> = Promise.resolve();
  private closedError: Error | undefined;

  private constructor(private readonly child: ChildProcess) {
    this.master = child.stdio[3] as Socket;
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    this.master.on('data', (chunk: Buffer) => {
      for (const body of this.reader.push(chunk)) this.waiting.shift()?.resolve(Buffer.from(body));
    });
    this.master.on('error', () => undefined); // 'close' follows
    this.master.on('close', () => this.failAll(new Error('hsmd closed its request socket')));
  }

  static spawn(hsmd: string, options: { cwd: string; developer: boolean }): HsmdLink {
    const child = spawn(hsmd, options.developer ? ['--developer'] : [], {
      cwd: options.cwd,
      env: process.env,
      stdio: ['pipe', 'inherit', 'inherit', 'pipe'],
    });
    child.on('error', () => undefined); // a failed spawn shows as exit
    return new HsmdLink(child);
  }

  /** Sends one message; resolves with its reply (or at once for a message that gets none, hsmd_dev_preinit). */
  request(message: HsmdMessageInput): Promise<Buffer> {
    const body = encodeHsmd(message);
    const step = this.queue.then(
      () =>
        new Promise<Buffer>((resolve, reject) => {
          if (this.closedError) return reject(this.closedError);
          if (expectsReply(peekType(body))) this.waiting.push({ resolve, reject });
          this.master.write(frame(body), (error) => {
            if (error) reject(error);
            else if (!expectsReply(peekType(body))) resolve(Buffer.alloc(0));
          });
        }),
    );
    this.queue = step.catch(() => undefined);
    return step;
  }

  /** Closes the request socket (stock hsmd and the proxy then exit) and waits for hsmd to exit, SIGKILL after `graceMs`. */
  async close(graceMs = 5000): Promise<void> {
    this.master.destroy();
    (this.child.stdin as Socket | null)?.destroy();
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  private failAll(error: Error): void {
    this.closedError = error;
    for (const waiter of this.waiting.splice(0)) waiter.reject(error);
  }
}
