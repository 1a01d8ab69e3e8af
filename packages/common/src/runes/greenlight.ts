/**
 * Greenlight's use of runes (gl-client `signer/mod.rs`, `runes.rs`): the signer derives the master
 * secret from the node seed, mints runes bound to a device key, and checks every signed request's
 * rune against the gRPC method, the device key and the time.
 */
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import type { CheckResult, FieldValue } from './check.ts';
import { RuneError } from './errors.ts';
import { MasterRune } from './master.ts';
import { Restriction } from './restriction.ts';
import { Rune } from './rune.ts';

export const GREENLIGHT_RUNE_VERSION = 'gl0';
/** HKDF info for the rune secret (before gl-client commit 9204fd2a it was "rune secret"). */
export const GREENLIGHT_RUNE_SECRET_INFO = 'gl-commando';
/** Greenlight has no id counter yet ("FIXME: Add a counter"): every rune is `=0-gl0&…`. */
export const GREENLIGHT_UNIQUE_ID = '0';
const SEED_BYTES = 32;
const GREENLIGHT_SERVICES = new Set(['cln.Node', 'greenlight.Node']);

/** HKDF-SHA256(ikm = seed, salt = empty, info = "gl-commando"), 32 bytes. */
export function greenlightRuneSecret(seed: Uint8Array): Uint8Array {
  if (seed.length !== SEED_BYTES) throw new RuneError(`a Greenlight seed is ${SEED_BYTES} bytes, got ${seed.length}`);
  return hkdf(sha256, seed, new Uint8Array(0), new TextEncoder().encode(GREENLIGHT_RUNE_SECRET_INFO), 32);
}

/** The signer's master rune: secret from the seed, version "gl0". */
export function greenlightMasterRune(seed: Uint8Array): MasterRune {
  return new MasterRune(greenlightRuneSecret(seed), { version: GREENLIGHT_RUNE_VERSION });
}

/**
 * Greenlight `Signer::create_rune`. Each group is one restriction (its alternatives joined by `|`,
 * in rune text form). Without `baseRune` a fresh `=0-gl0` rune is minted, which must restrict the
 * device key with some `pubkey=` alternative. With `baseRune` the groups are appended to it.
 *
 * Unlike gl-client, which silently skips restrictions it cannot parse when appending and appends
 * to any rune, this throws on bad restrictions and on a base rune `master` did not issue.
 */
export function createGreenlightRune(
  master: MasterRune,
  restrictionGroups: ReadonlyArray<ReadonlyArray<string>>,
  baseRune?: Rune | string,
): string {
  const restrictions = restrictionGroups.map((group) => Restriction.parse(group.join('|')));
  if (baseRune !== undefined) {
    const base = typeof baseRune === 'string' ? Rune.fromBase64(baseRune) : baseRune;
    if (!master.authenticate(base)) throw new RuneError('the base rune was not issued by this signer');
    return base.withRestrictions(restrictions).toBase64();
  }
  if (!restrictions.some(restrictsPubkey)) throw new RuneError('Missing a restriction on the pubkey');
  return master.mint(restrictions, { uniqueId: GREENLIGHT_UNIQUE_ID, version: GREENLIGHT_RUNE_VERSION }).toBase64();
}

/** What a Greenlight signer knows about a request when it checks the rune. */
export interface GreenlightRequest {
  /** gRPC method name, e.g. "CreateInvoice" or "createinvoice"; it is lowercased here. */
  method: string;
  /** The device's public key that signed the request (hex or bytes); hex is lowercased here. */
  pubkey: string | Uint8Array;
  /** When the request is checked; defaults to now. Compared in whole Unix seconds. */
  now?: Date;
}

/**
 * The values Greenlight checks runes against. Only these fields have meaningful values:
 * - `method`: the lowercased gRPC method (`/cln.Node/CreateInvoice` → `createinvoice`);
 * - `pubkey`: lowercase hex of the device key;
 * - `time`: Unix seconds;
 * - `` (the unique-id field): `<rune's id>-gl0`.
 * Every other field — including Core Lightning's `id`, `pnum`, `pnameX`, `rate` — is the empty
 * string, not missing: `field!` never passes and `field=` always does.
 */
export function greenlightFieldValues(rune: Rune, request: GreenlightRequest): (field: string) => FieldValue {
  const values: Record<string, FieldValue> = {
    method: request.method.toLowerCase(),
    pubkey: typeof request.pubkey === 'string' ? request.pubkey.toLowerCase() : Buffer.from(request.pubkey).toString('hex'),
    time: Math.floor((request.now ?? new Date()).getTime() / 1000),
    '': rune.uniqueId === undefined ? '' : `${rune.uniqueId}-${GREENLIGHT_RUNE_VERSION}`,
  };
  return (field) => (Object.hasOwn(values, field) ? values[field]! : '');
}

/**
 * Greenlight `Signer::verify_rune`: decode the rune, insist it restricts `pubkey=`, and check it
 * against the request with `master` (which must be the signer's, version "gl0").
 *
 * gl-client evaluates the id restriction `=<id>-<version>` against `<id>-gl0`, which passes exactly
 * when the rune's version is gl0; `MasterRune.check` enforces that as its version check. gl-client
 * finds "pubkey=" by searching the rune's text; we look for a real `pubkey=` alternative, which
 * every rune `createGreenlightRune` mints has.
 */
export function verifyGreenlightRune(master: MasterRune, rune: Rune | string, request: GreenlightRequest): CheckResult {
  let parsed: Rune;
  try {
    parsed = typeof rune === 'string' ? Rune.fromBase64(rune) : rune;
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
  if (!parsed.restrictions.some(restrictsPubkey)) return { ok: false, reason: 'rune has no restriction on the pubkey' };
  return master.check(parsed, greenlightFieldValues(parsed, request));
}

/**
 * The rune `method` for a gRPC path such as `/cln.Node/CreateInvoice`: Greenlight only accepts
 * calls to `cln.Node` and `greenlight.Node`, and matches methods in lowercase.
 */
export function greenlightMethodFromPath(path: string): string {
  const [empty, service, method, ...rest] = path.split('/');
  if (empty !== '' || !service || !method || rest.length > 0) throw new RuneError(`"${path}" is not a gRPC method path`);
  if (!GREENLIGHT_SERVICES.has(service)) throw new RuneError(`service ${service} is not valid for runes (cln.Node or greenlight.Node only)`);
  return method.toLowerCase();
}

function restrictsPubkey(restriction: Restriction): boolean {
  return restriction.alternatives.some((alternative) => alternative.field === 'pubkey' && alternative.operator === '=');
}
