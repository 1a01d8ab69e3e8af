// "Still working" on stderr while a command waits (the node starting, a call waiting for the
// signer): a line that counts seconds on a terminal; one plain line when stderr is not a terminal
// and the wait is long enough to wonder about. stdout stays the result only.

const TICK_MS = 1000;
/** Quiet for quick answers: nothing is shown before this. */
const SHOW_AFTER_MS = 1500;

export class Progress {
  private timer: NodeJS.Timeout | undefined;
  private started = 0;
  private text = '';
  private shown = false;
  /** The last line printed when stderr is not a terminal (each different text once). */
  private printed: string | undefined;
  private readonly tty: boolean;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {
    this.tty = Boolean(stream.isTTY);
  }

  /** Shows `text` (replacing what was shown) until `stop()` or the next `start`. */
  start(text: string): void {
    const continuing = this.timer !== undefined;
    this.text = text;
    if (continuing) {
      if (this.shown) this.render();
      return;
    }
    this.started = Date.now();
    this.shown = false;
    this.timer = setInterval(() => this.render(), TICK_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    if (this.shown && this.tty) this.stream.write('\r\x1b[2K');
    this.shown = false;
  }

  private render(): void {
    const elapsed = Date.now() - this.started;
    if (elapsed < SHOW_AFTER_MS) return;
    if (this.tty) {
      this.stream.write(`\r\x1b[2K${this.text} (${Math.round(elapsed / 1000)} s)`);
      this.shown = true;
    } else if (this.printed !== this.text) {
      this.stream.write(`greenhouse: ${this.text}\n`);
      this.printed = this.text;
      this.shown = true;
    }
  }
}
