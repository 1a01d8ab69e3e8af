// The two messages Greenlight's signer reports (Debug.ReportSignerRejection) about the operator
// override, in the same format (gl-client signer/report.rs), so server-side tooling can parse them.
import type { StateSignatureMode } from './signature-policy.ts';

export const STATE_SIGNATURE_OVERRIDE_ENABLED_PREFIX = 'STATE_SIGNATURE_OVERRIDE_ENABLED';
export const STATE_SIGNATURE_OVERRIDE_USED_PREFIX = 'STATE_SIGNATURE_OVERRIDE_USED';
const KEY_LOG_LIMIT = 8;

/** Reported once when a signer starts with the override on. */
export function overrideEnabledMessage(mode: StateSignatureMode, nodeId: Uint8Array, note: string | undefined): string {
  return `${STATE_SIGNATURE_OVERRIDE_ENABLED_PREFIX} mode=${mode} node_id=${Buffer.from(nodeId).toString('hex')} note=${formatNote(note)}`;
}

/** Reported for each request whose state was accepted only because of the override. */
export function overrideUsedMessage(
  mode: StateSignatureMode,
  requestId: number,
  usage: { readonly missingKeys: readonly string[]; readonly invalidKeys: readonly string[] },
  note: string | undefined,
): string {
  return (
    `${STATE_SIGNATURE_OVERRIDE_USED_PREFIX} mode=${mode} request_id=${requestId}` +
    ` missing_count=${usage.missingKeys.length} invalid_count=${usage.invalidKeys.length}` +
    ` missing_keys=${summarizeKeys(usage.missingKeys)} invalid_keys=${summarizeKeys(usage.invalidKeys)}` +
    ` note=${formatNote(note)}`
  );
}

function summarizeKeys(keys: readonly string[]): string {
  if (keys.length === 0) return '-';
  const hidden = keys.length - KEY_LOG_LIMIT;
  return keys.slice(0, KEY_LOG_LIMIT).join(',') + (hidden > 0 ? `,+${hidden}more` : '');
}

/** Rust prints the note with `{:?}`; JSON quoting matches it for ordinary text. */
const formatNote = (note: string | undefined): string => (note === undefined ? 'null' : JSON.stringify(note));
