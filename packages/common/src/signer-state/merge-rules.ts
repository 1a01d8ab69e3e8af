// Greenlight's merge rule for one key (`State::merge` in gl-client's persist.rs), as a pure decision.
import { isTombstone, sameBytes, TOMBSTONE_VALUE, type StateEntry } from './state-entry.ts';

export type MergeDecision =
  /** Unknown key: take the incoming entry (a tombstone keeps its signature, its value becomes null). */
  | { readonly action: 'insert'; readonly entry: StateEntry }
  /** Incoming tombstone over a live value: the tombstone wins whatever the versions. */
  | { readonly action: 'tombstone'; readonly entry: StateEntry }
  /** Higher incoming version: take the whole incoming entry, signature included (even an empty one). */
  | { readonly action: 'replace'; readonly entry: StateEntry }
  /** Same version, same value, different signature: take the incoming signature (even an empty one). */
  | { readonly action: 'update-signature'; readonly signature: Uint8Array }
  /** Nothing to do: identical entry, both tombstones, or same version with a different value (kept ours, Greenlight counts no conflict). */
  | { readonly action: 'keep'; readonly divergentValue: boolean }
  /** Ignored and counted as a conflict: live value against our tombstone, or an older version. */
  | { readonly action: 'conflict'; readonly reason: 'local-tombstone' | 'stale-version' };

export function decideMerge(local: StateEntry | undefined, incoming: StateEntry): MergeDecision {
  const incomingTombstone = isTombstone(incoming);
  if (local === undefined) {
    return { action: 'insert', entry: incomingTombstone ? { ...incoming, value: TOMBSTONE_VALUE } : incoming };
  }
  if (incomingTombstone) {
    if (isTombstone(local)) return { action: 'keep', divergentValue: false };
    return { action: 'tombstone', entry: { ...incoming, value: TOMBSTONE_VALUE } };
  }
  if (isTombstone(local)) return { action: 'conflict', reason: 'local-tombstone' };
  if (incoming.version === local.version) {
    if (incoming.value !== local.value) return { action: 'keep', divergentValue: true };
    if (sameBytes(incoming.signature, local.signature)) return { action: 'keep', divergentValue: false };
    return { action: 'update-signature', signature: incoming.signature };
  }
  if (incoming.version < local.version) return { action: 'conflict', reason: 'stale-version' };
  return { action: 'replace', entry: incoming };
}
