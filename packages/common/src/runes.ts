/**
 * Runes: bearer tokens whose restrictions can be narrowed by anyone and verified only by the holder
 * of the master secret. Compatible with Core Lightning's commando/clnrest runes (ccan/rune) and
 * Greenlight's device runes (runeauth).
 *
 * - `Rune`: authcode + restrictions; base64url and hex text forms; `withRestrictions` to narrow.
 * - `Restriction` / `Alternative`: the `field operator value` language, parsing and printing.
 * - `MasterRune`: `mint`, `authenticate`, `check(rune, values)` with reasons people can read.
 * - Greenlight: seed → master rune, `createGreenlightRune`, `verifyGreenlightRune`.
 */
export { RuneError } from './runes/errors.ts';
export {
  Alternative,
  Restriction,
  OPERATORS,
  encodeRestrictions,
  escapeValue,
  parseRestrictions,
  type Operator,
} from './runes/restriction.ts';
export { Rune, AUTHCODE_BYTES, decodeBase64Url, encodeBase64Url } from './runes/rune.ts';
export { checkRestrictions, whyAlternativeFails, type CheckResult, type FieldValue, type FieldValues } from './runes/check.ts';
export { MasterRune, MAX_SECRET_BYTES, type MintOptions } from './runes/master.ts';
export {
  GREENLIGHT_RUNE_SECRET_INFO,
  GREENLIGHT_RUNE_VERSION,
  GREENLIGHT_UNIQUE_ID,
  createGreenlightRune,
  greenlightFieldValues,
  greenlightMasterRune,
  greenlightMethodFromPath,
  greenlightRuneSecret,
  verifyGreenlightRune,
  type GreenlightRequest,
} from './runes/greenlight.ts';
export { Sha256Midstate, sha256EndMarker } from './runes/sha256-midstate.ts';
