/**
 * A rune: a 32-byte authcode plus the restrictions it vouches for. Anyone holding a rune can add
 * restrictions (the authcode is a resumable SHA-256 state); only the holder of the master secret
 * can tell whether the authcode matches the restrictions (see `MasterRune`).
 */
import { RuneError } from './errors.ts';
import { encodeRestrictions, parseRestrictions, toRestriction, type Restriction } from './restriction.ts';
import { absorbWithEndMarker, paddedLength, Sha256Midstate } from './sha256-midstate.ts';

export const AUTHCODE_BYTES = 32;
/** The secret and its padding fill exactly one SHA-256 block, so restrictions start at byte 64. */
export const SECRET_BLOCK_BYTES = 64;

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export class Rune {
  readonly restrictions: readonly Restriction[];
  readonly #authcode: Uint8Array;

  /** Pair an authcode with restrictions; throws if the unique-id rules are broken. */
  constructor(authcode: Uint8Array, restrictions: readonly Restriction[]) {
    if (authcode.length !== AUTHCODE_BYTES) throw new RuneError(`an authcode is ${AUTHCODE_BYTES} bytes, got ${authcode.length}`);
    checkUniqueIdPlacement(restrictions);
    this.#authcode = Uint8Array.from(authcode);
    this.restrictions = [...restrictions];
  }

  /** A copy, so nobody can alter the rune through it. */
  get authcode(): Uint8Array {
    return Uint8Array.from(this.#authcode);
  }

  /** The id of a leading `=<id>[-<version>]` restriction, if any. */
  get uniqueId(): string | undefined {
    return splitUniqueId(this)?.id;
  }

  /** The version of a leading `=<id>-<version>` restriction, if any. */
  get version(): string | undefined {
    return splitUniqueId(this)?.version;
  }

  get restrictionsText(): string {
    return encodeRestrictions(this.restrictions);
  }

  /**
   * A new rune with `more` restrictions after these, its authcode carried on from this one's
   * (no secret needed). Restrictions can only ever be added, never removed or changed.
   */
  withRestrictions(more: ReadonlyArray<Restriction | string>): Rune {
    const added = more.map(toRestriction);
    const state = added.reduce(absorbRestriction, this.resumeState());
    return new Rune(state.toBytes(), [...this.restrictions, ...added]);
  }

  /** authcode ‖ UTF-8 restriction text: what the base64 form encodes. */
  toBytes(): Uint8Array {
    const text = utf8.encode(this.restrictionsText);
    const bytes = new Uint8Array(AUTHCODE_BYTES + text.length);
    bytes.set(this.#authcode, 0);
    bytes.set(text, AUTHCODE_BYTES);
    return bytes;
  }

  /** The usual text form (Core Lightning and Greenlight alike): base64url with `=` padding. */
  toBase64(): string {
    return encodeBase64Url(this.toBytes());
  }

  /** ccan/rune's debugging form `rune_to_string`: 64 hex digits, `:`, restriction text. */
  toHexForm(): string {
    return `${Buffer.from(this.#authcode).toString('hex')}:${this.restrictionsText}`;
  }

  static fromBytes(bytes: Uint8Array): Rune {
    if (bytes.length < AUTHCODE_BYTES) {
      throw new RuneError(`a rune is at least ${AUTHCODE_BYTES} bytes (its authcode), this one has ${bytes.length}`);
    }
    return new Rune(bytes.subarray(0, AUTHCODE_BYTES), parseRestrictionBytes(bytes.subarray(AUTHCODE_BYTES)));
  }

  static fromBase64(text: string): Rune {
    return Rune.fromBytes(decodeBase64Url(text));
  }

  static fromHexForm(text: string): Rune {
    const match = /^([0-9a-fA-F]{64}):/.exec(text);
    if (!match) throw new RuneError('a rune in hex form starts with 64 hex digits and ":"');
    return new Rune(Buffer.from(match[1]!, 'hex'), parseRestrictions(text.slice(match[0].length)));
  }

  /** The SHA-256 state this rune's authcode represents, ready for more restrictions. */
  private resumeState(): Sha256Midstate {
    return Sha256Midstate.fromBytes(this.#authcode, hashedLength(this.restrictions));
  }
}

/** Feed one restriction into the authcode: its text, then an end marker. */
export function absorbRestriction(state: Sha256Midstate, restriction: Restriction): Sha256Midstate {
  return absorbWithEndMarker(state, utf8.encode(restriction.encode()));
}

/** How many bytes SHA-256 has consumed once the secret block and these restrictions are in. */
function hashedLength(restrictions: readonly Restriction[]): number {
  return restrictions.reduce(
    (total, restriction) => total + paddedLength(total, utf8.encode(restriction.encode()).length),
    SECRET_BLOCK_BYTES,
  );
}

/**
 * ccan/rune's rule: an empty field name is the unique id, allowed only as the sole alternative of
 * the first restriction and only with `=`. Otherwise a later restriction could pose as the id.
 */
function checkUniqueIdPlacement(restrictions: readonly Restriction[]): void {
  restrictions.forEach((restriction, index) => {
    const id = restriction.alternatives.find((alternative) => alternative.isUniqueId);
    if (!id) return;
    if (index !== 0) throw new RuneError(`only the first restriction may be a unique id, but restriction ${index + 1} is "${restriction.encode()}"`);
    if (restriction.alternatives.length !== 1) throw new RuneError(`the unique id cannot have alternatives: "${restriction.encode()}"`);
    if (id.operator !== '=') throw new RuneError(`the unique id must use "=", not "${id.operator}": "${restriction.encode()}"`);
  });
}

function splitUniqueId(rune: Rune): { id: string; version: string | undefined } | undefined {
  const first = rune.restrictions[0];
  if (!first?.isUniqueId) return undefined;
  const value = first.alternatives[0]!.value;
  const dash = value.indexOf('-');
  return dash < 0 ? { id: value, version: undefined } : { id: value.slice(0, dash), version: value.slice(dash + 1) };
}

function parseRestrictionBytes(bytes: Uint8Array): Restriction[] {
  let text: string;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    throw new RuneError('rune restrictions are not valid UTF-8');
  }
  try {
    return parseRestrictions(text);
  } catch (error) {
    throw new RuneError(`rune restrictions are malformed: ${(error as Error).message}`);
  }
}

/** base64url with `=` padding (what Rust's `URL_SAFE` engine and ccan print). */
export function encodeBase64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
}

const BASE64URL_CHARACTER = /^[A-Za-z0-9_-]$/;

/**
 * Strict base64url: the URL-safe alphabet, `=` padding optional but correct if present, and
 * canonical trailing bits, so every rune has exactly one text form. Node's own decoder silently
 * skips garbage, which would let a typo through as a different rune.
 */
export function decodeBase64Url(text: string): Uint8Array {
  if (text.length === 0) throw new RuneError('rune text is empty');
  const unpadded = text.replace(/={1,2}$/, '');
  const characters = [...unpadded];
  const bad = characters.findIndex((c) => !BASE64URL_CHARACTER.test(c));
  if (bad >= 0) {
    const c = characters[bad]!;
    const hint = c === '+' || c === '/' ? ' (that is standard base64; runes use base64url, with "-" and "_")' : '';
    throw new RuneError(`rune text is not base64url: ${JSON.stringify(c)} at position ${bad}${hint}`);
  }
  const padding = text.length - unpadded.length;
  if (unpadded.length % 4 === 1 || (padding > 0 && text.length % 4 !== 0)) {
    throw new RuneError(`rune text has an impossible base64 length (${text.length} characters)`);
  }
  const bytes = Buffer.from(unpadded, 'base64url');
  if (bytes.toString('base64url') !== unpadded) throw new RuneError('rune text is not canonical base64url (stray bits at the end)');
  return new Uint8Array(bytes);
}
