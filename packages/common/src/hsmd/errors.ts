/**
 * Why an hsmd frame or message could not be read or written. Callers branch on `code`; people read
 * `message`, which names the message, the field and the byte offset involved.
 */
export type HsmdWireErrorCode =
  /** The body ended before a field was complete. */
  | 'truncated'
  /** Bytes are left over after the last field of a message without a TLV stream. */
  | 'trailing_bytes'
  /** A field has the right size but a value CLN would refuse (bad point, bool 2, control char…). */
  | 'invalid_value'
  /** A byte array, array or count has a length the field cannot have. */
  | 'invalid_length'
  /** A TLV stream breaks BOLT 1's rules (order, minimal BigSize, unknown even type, record size). */
  | 'invalid_tlv'
  /** `decodeHsmdAs` was given a message of another type. */
  | 'wrong_type'
  /** A frame announces a length above the limit; the stream cannot be trusted any more. */
  | 'frame_too_large'
  /** A frame or body is too short to hold the 2-byte message type. */
  | 'frame_too_short';

export interface HsmdWireErrorDetails {
  /** CLN's name of the message, e.g. `hsmd_init`, when known. */
  readonly messageName?: string;
  /** Message type number, when known. */
  readonly messageType?: number;
  /** Field path inside the message, e.g. `inputs[1].script_pubkey` or `tlvs.hsm_passphrase`. */
  readonly field?: string;
  /** Byte offset in the body (including the 2-byte type) where the problem was found. */
  readonly offset?: number;
}

export class HsmdWireError extends Error {
  readonly messageName: string | undefined;
  readonly messageType: number | undefined;
  readonly field: string | undefined;
  readonly offset: number | undefined;

  constructor(
    readonly code: HsmdWireErrorCode,
    message: string,
    details: HsmdWireErrorDetails = {},
  ) {
    super(message);
    this.name = 'HsmdWireError';
    this.messageName = details.messageName;
    this.messageType = details.messageType;
    this.field = details.field;
    this.offset = details.offset;
  }
}
