/**
 * The master rune: the secret from which runes are minted, and the only thing that can tell a
 * genuine rune from a forged or tampered one.
 */
import { timingSafeEqual } from 'node:crypto';
import { checkRestrictions, type CheckResult, type FieldValues } from './check.ts';
import { RuneError } from './errors.ts';
import { Restriction, toRestriction } from './restriction.ts';
import { absorbRestriction, Rune } from './rune.ts';
import { absorbWithEndMarker, Sha256Midstate } from './sha256-midstate.ts';

/** The secret plus SHA-256's 9 bytes of end marker must fit one block (ccan `rune_new`). */
export const MAX_SECRET_BYTES = 55;

export interface MintOptions {
  /** Makes the rune distinguishable (e.g. for revocation): becomes the first restriction `=<id>`. */
  uniqueId?: string | number;
  /** Appended to the id as `=<id>-<version>`; defaults to the master's version. Needs `uniqueId`. */
  version?: string;
}

export class MasterRune {
  /** Runes this master accepts carry exactly this version (none: no version). */
  readonly version: string | undefined;
  /** SHA-256 state after the padded secret: the authcode of a rune with no restrictions. */
  readonly #base: Sha256Midstate;

  constructor(secret: Uint8Array, options: { version?: string } = {}) {
    if (secret.length === 0 || secret.length > MAX_SECRET_BYTES) {
      throw new RuneError(`a rune secret is 1 to ${MAX_SECRET_BYTES} bytes, got ${secret.length}`);
    }
    if (options.version === '') throw new RuneError('a rune version cannot be empty');
    this.version = options.version;
    this.#base = absorbWithEndMarker(Sha256Midstate.initial(), secret);
  }

  /** A new rune with these restrictions, preceded by the unique id if one is given. */
  mint(restrictions: ReadonlyArray<Restriction | string>, options: MintOptions = {}): Rune {
    const all = [...uniqueIdRestriction(options, this.version), ...restrictions.map(toRestriction)];
    return new Rune(this.authcodeFor(all), all);
  }

  /** Whether the rune's authcode is what this secret gives for its restrictions. */
  authenticate(rune: Rune): boolean {
    return timingSafeEqual(this.authcodeFor(rune.restrictions), rune.authcode);
  }

  /**
   * Whether the request described by `values` may use `rune`: the rune must be genuine, carry
   * this master's version, and pass every restriction. Failures come with a reason for people.
   */
  check(rune: Rune, values: FieldValues): CheckResult {
    if (!this.authenticate(rune)) {
      return { ok: false, reason: 'rune is not authentic: its authcode does not match its restrictions under this secret' };
    }
    if (rune.version !== this.version) {
      return { ok: false, reason: `rune version is ${describeVersion(rune.version)}, expected ${describeVersion(this.version)}` };
    }
    return checkRestrictions(rune.restrictions, values);
  }

  private authcodeFor(restrictions: readonly Restriction[]): Uint8Array {
    return restrictions.reduce(absorbRestriction, this.#base).toBytes();
  }
}

function uniqueIdRestriction(options: MintOptions, masterVersion: string | undefined): Restriction[] {
  if (options.uniqueId === undefined) {
    // ccan asserts the same: the version lives in the id restriction, so no id means no version.
    if (options.version !== undefined) throw new RuneError('a rune version needs a unique id to go with it');
    if (masterVersion !== undefined) {
      throw new RuneError(`this master only accepts runes of version "${masterVersion}", which needs a unique id`);
    }
    return [];
  }
  return [Restriction.uniqueId(String(options.uniqueId), options.version ?? masterVersion)];
}

function describeVersion(version: string | undefined): string {
  return version === undefined ? 'none' : JSON.stringify(version);
}
