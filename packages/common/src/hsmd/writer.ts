import { HsmdWireError, type HsmdWireErrorCode } from './errors.ts';
import { describeLocation, type WireLocation } from './reader.ts';

/**
 * A growable big-endian byte sink for one message body. Values are range-checked before they are
 * written: CLN's towire_* truncate silently (a u16 length of 70000 becomes 4464), we refuse instead.
 */
export class WireWriter {
  /** Field path being written, for error messages; set by the struct codec. */
  field: string | undefined;
  private buffer = new Uint8Array(256);
  private view = new DataView(this.buffer.buffer);
  private length = 0;

  constructor(readonly location: WireLocation) {}

  fail(code: HsmdWireErrorCode, problem: string): never {
    const where = this.field === undefined ? '' : `, field ${this.field}`;
    throw new HsmdWireError(code, `${describeLocation(this.location)}${where}: ${problem}`, {
      ...this.location,
      ...(this.field === undefined ? {} : { field: this.field }),
    });
  }

  private reserve(n: number): number {
    if (this.length + n > this.buffer.length) {
      const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + n));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
      this.view = new DataView(grown.buffer);
    }
    const at = this.length;
    this.length += n;
    return at;
  }

  private checkInteger(value: unknown, max: number, what: string): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
      this.fail('invalid_value', `${what} must be an integer from 0 to ${max}, got ${String(value)}`);
    }
    return value;
  }

  // Each write reserves first and only then touches this.view/this.buffer: reserve() may replace them.

  u8(value: number): void {
    const checked = this.checkInteger(value, 0xff, 'u8');
    const at = this.reserve(1);
    this.view.setUint8(at, checked);
  }

  u16(value: number): void {
    const checked = this.checkInteger(value, 0xffff, 'u16');
    const at = this.reserve(2);
    this.view.setUint16(at, checked);
  }

  u32(value: number): void {
    const checked = this.checkInteger(value, 0xffff_ffff, 'u32');
    const at = this.reserve(4);
    this.view.setUint32(at, checked);
  }

  u64(value: bigint): void {
    if (typeof value !== 'bigint' || value < 0n || value > 0xffff_ffff_ffff_ffffn) {
      this.fail('invalid_value', `u64 must be a bigint from 0 to 2^64-1, got ${String(value)}`);
    }
    const at = this.reserve(8);
    this.view.setBigUint64(at, value);
  }

  /** Raw bytes; `exactLength` enforces fixed-size fields (pubkeys, secrets, signatures). */
  bytes(value: Uint8Array, exactLength?: number): void {
    if (!(value instanceof Uint8Array)) this.fail('invalid_value', `expected bytes, got ${typeof value}`);
    if (exactLength !== undefined && value.length !== exactLength) {
      this.fail('invalid_length', `must be exactly ${exactLength} bytes, got ${value.length}`);
    }
    const at = this.reserve(value.length);
    this.buffer.set(value, at);
  }

  /** The body written so far, as its own copy. */
  finish(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}
