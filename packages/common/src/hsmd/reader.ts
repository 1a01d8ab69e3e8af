import { HsmdWireError, type HsmdWireErrorCode } from './errors.ts';

/** Which message a reader or writer is working on, so errors can say so. */
export interface WireLocation {
  readonly messageName?: string;
  readonly messageType?: number;
}

/** "hsmd_init (11)", "message type 4242" or "" — the prefix every codec error starts with. */
export function describeLocation(location: WireLocation): string {
  if (location.messageName !== undefined && location.messageType !== undefined) {
    return `${location.messageName} (${location.messageType})`;
  }
  if (location.messageType !== undefined) return `message type ${location.messageType}`;
  return location.messageName ?? 'hsmd message';
}

/**
 * A bounds-checked big-endian cursor over one message body. Every read either returns a complete value
 * or throws an HsmdWireError naming the message, the current `field` and the offset — the codecs never
 * see a partial value (CLN's generated fromwire_* instead zero-fills and sets the cursor to NULL).
 */
export class WireReader {
  /** Field path the catalogue is reading, for error messages; set by the struct codec. */
  field: string | undefined;
  private position: number;
  private readonly view: DataView;

  constructor(
    private readonly data: Uint8Array,
    readonly location: WireLocation,
    start = 0,
    private readonly end = data.length,
  ) {
    this.position = start;
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  }

  get offset(): number {
    return this.position;
  }

  get remaining(): number {
    return this.end - this.position;
  }

  fail(code: HsmdWireErrorCode, problem: string, offset = this.position): never {
    const where = this.field === undefined ? '' : `, field ${this.field}`;
    throw new HsmdWireError(code, `${describeLocation(this.location)}${where} at offset ${offset}: ${problem}`, {
      ...this.location,
      ...(this.field === undefined ? {} : { field: this.field }),
      offset,
    });
  }

  private need(n: number, what: string): number {
    if (this.remaining < n) {
      this.fail('truncated', `${what} needs ${n} byte${n === 1 ? '' : 's'}, only ${this.remaining} left`);
    }
    const at = this.position;
    this.position += n;
    return at;
  }

  u8(): number {
    return this.view.getUint8(this.need(1, 'u8'));
  }

  u16(): number {
    return this.view.getUint16(this.need(2, 'u16'));
  }

  u32(): number {
    return this.view.getUint32(this.need(4, 'u32'));
  }

  u64(): bigint {
    return this.view.getBigUint64(this.need(8, 'u64'));
  }

  /** A copy of the next `n` bytes: decoded values never alias a frame buffer the caller may reuse. */
  bytes(n: number, what = 'byte array'): Uint8Array {
    const at = this.need(n, what);
    return new Uint8Array(this.data.subarray(at, at + n));
  }

  /** The next byte without consuming it, or undefined at the end. */
  peekU8(): number | undefined {
    return this.remaining > 0 ? this.view.getUint8(this.position) : undefined;
  }

  /** Index of the first `value` byte at or after the cursor, or -1. */
  indexOf(value: number): number {
    const found = this.data.subarray(this.position, this.end).indexOf(value);
    return found < 0 ? -1 : this.position + found;
  }

  /** A reader over the next `n` bytes only (a TLV record's value); this reader skips past them. */
  sub(n: number, what: string): WireReader {
    const at = this.need(n, what);
    const inner = new WireReader(this.data, this.location, at, at + n);
    inner.field = this.field;
    return inner;
  }
}
