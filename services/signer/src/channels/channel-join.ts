// Two versions of one channel record joined into one that knows everything either knew. Two signers of
// a node (or one signer and the node's copy) can write the same channel entry from the same base:
// Greenlight's merge rule then keeps one version and drops the other (last writer wins, or the first
// of two equal versions), and with it, say, a revocation. Every field of the record only ever grows,
// so the join is well defined (a semilattice: commutative, associative, idempotent):
//   revoked_local, validated_local            the larger number
//   remote_secrets                            the store that reaches further (the peer's secrets all
//                                             come from one seed: the further store derives the other's)
//   remote_points                             the union, less the commitments whose secret is known
//   locked_outpoints                          the union, sorted
//   setup                                     the one that is set (setup_channel happens once)
//   latest_local, latest_remote               the later commitment (absent < null < a summary)
// Where two versions disagree on something that should be unique (two setups, two points for one
// commitment), the smaller canonical text is kept, so every signer picks the same. Fields this code
// does not know must be equal in both, else the records are not joined (Greenlight's rule applies).
// The payments the signer approved (payment-approvals.ts) join too: the union by payment hash (the
// later approval of a hash), the MAX_APPROVALS latest kept.
import { canonicalJson, type JsonObject, type JsonValue } from '@greenhouse/common/signer-state';
import { hexToBytes } from '@noble/hashes/utils.js';
import { ShachainReceiver, type ShachainKnown } from '../crypto/shachain.ts';
import { CHANNEL_KEY_PREFIX } from './channel-state.ts';
import { MAX_APPROVALS, PAYMENT_APPROVALS_KEY } from './payment-approvals.ts';

type RecordJson = { readonly [field: string]: JsonValue | undefined };

const JOINED_FIELDS = new Set([
  'peer_id',
  'dbid',
  'setup',
  'revoked_local',
  'validated_local',
  'remote_points',
  'remote_secrets',
  'locked_outpoints',
  'latest_local',
  'latest_remote',
]);

/**
 * The join of two values of a state entry, for the entries that have one (channel records), as the
 * value to write; undefined for any other key, or when either value is not a channel record this
 * code understands. `ours` and `theirs` are canonical JSON texts.
 */
export function joinStateValues(key: string, ours: string, theirs: string): JsonValue | undefined {
  if (key === PAYMENT_APPROVALS_KEY) return joinApprovals(ours, theirs);
  if (!key.startsWith(CHANNEL_KEY_PREFIX)) return undefined;
  const a = parseRecord(ours);
  const b = parseRecord(theirs);
  if (!a || !b) return undefined;
  return joinChannelRecords(a, b);
}

/** The join of two versions of one channel's record; undefined when they cannot be joined. */
export function joinChannelRecords(a: RecordJson, b: RecordJson): JsonObject | undefined {
  if (a.peer_id !== b.peer_id || a.dbid !== b.dbid) return undefined;
  const joined: { [field: string]: JsonValue } = {};
  for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (JOINED_FIELDS.has(field)) continue;
    const [x, y] = [a[field], b[field]];
    if (x === undefined || y === undefined || canonicalJson(x) !== canonicalJson(y)) return undefined;
    joined[field] = x;
  }
  const secrets = furtherSecrets(a.remote_secrets, b.remote_secrets);
  if (!secrets) return undefined;
  const points = unionPoints(a.remote_points, b.remote_points, secrets.next);
  const outpoints = unionStrings(a.locked_outpoints, b.locked_outpoints);
  if (!points || !outpoints) return undefined;
  Object.assign(joined, {
    peer_id: a.peer_id!,
    dbid: a.dbid!,
    setup: either(a.setup ?? null, b.setup ?? null),
    revoked_local: Math.max(asNumber(a.revoked_local), asNumber(b.revoked_local)),
    validated_local: Math.max(asNumber(a.validated_local), asNumber(b.validated_local)),
    remote_points: points,
    remote_secrets: secrets.value,
    locked_outpoints: outpoints,
  });
  for (const field of ['latest_local', 'latest_remote']) {
    const later = laterCommitment(a[field], b[field]);
    if (later === false) return undefined;
    if (later !== undefined) joined[field] = later;
  }
  return joined;
}

function parseRecord(text: string): RecordJson | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as RecordJson;
  if (typeof record.peer_id !== 'string' || typeof record.dbid !== 'string') return undefined;
  if (!Number.isSafeInteger(record.revoked_local) || !Number.isSafeInteger(record.validated_local)) return undefined;
  return record;
}

const asNumber = (value: JsonValue | undefined): number => value as number;

/** Of two values that should be the same, the set one, or the smaller canonical text. */
function either(x: JsonValue, y: JsonValue): JsonValue {
  if (x === null) return y;
  if (y === null) return x;
  const [tx, ty] = [canonicalJson(x), canonicalJson(y)];
  return tx <= ty ? x : y;
}

/** The compact store that knows the later secrets (both are consistent: we checked each secret). */
function furtherSecrets(x: JsonValue | undefined, y: JsonValue | undefined): { value: JsonValue; next: number } | undefined {
  const a = readSecrets(x);
  const b = readSecrets(y);
  if (!a || !b) return undefined;
  if (a.next !== b.next) return a.next > b.next ? a : b;
  return canonicalJson(a.value) <= canonicalJson(b.value) ? a : b;
}

function readSecrets(value: JsonValue | undefined): { value: JsonValue; next: number } | undefined {
  if (!Array.isArray(value)) return undefined;
  const known: (ShachainKnown | undefined)[] = [];
  for (const item of value as readonly JsonValue[]) {
    if (!Array.isArray(item) || item.length !== 3) return undefined;
    const [position, index, secret] = item as readonly JsonValue[];
    if (typeof position !== 'number' || typeof index !== 'string' || typeof secret !== 'string' || !/^([0-9a-f]{2}){32}$/.test(secret)) return undefined;
    known[position] = { index: Number(index), secret: hexToBytes(secret) };
  }
  return { value, next: new ShachainReceiver(known).nextCommitment };
}

/** Points by commitment number from both, except the commitments whose secret is known (below `next`). */
function unionPoints(x: JsonValue | undefined, y: JsonValue | undefined, next: number): JsonObject | undefined {
  if (!isObject(x) || !isObject(y)) return undefined;
  const points: { [commitment: string]: JsonValue } = {};
  for (const source of [x, y]) {
    for (const [commitment, point] of Object.entries(source)) {
      if (typeof point !== 'string' || !/^\d+$/.test(commitment)) return undefined;
      if (Number(commitment) < next) continue;
      const held = points[commitment];
      points[commitment] = held === undefined || point < (held as string) ? point : held;
    }
  }
  return points;
}

function unionStrings(x: JsonValue | undefined, y: JsonValue | undefined): string[] | undefined {
  if (!Array.isArray(x) || !Array.isArray(y)) return undefined;
  const all = [...(x as readonly JsonValue[]), ...(y as readonly JsonValue[])];
  if (!all.every((item) => typeof item === 'string')) return undefined;
  return [...new Set(all as string[])].sort();
}

/**
 * The summary of the later commitment: absent < null < a summary with a lower commitment number.
 * Returns undefined when both are absent, false when a summary is malformed.
 */
function laterCommitment(x: JsonValue | undefined, y: JsonValue | undefined): JsonValue | undefined | false {
  if (x === undefined) return y;
  if (y === undefined) return x;
  if (x === null) return y;
  if (y === null) return x;
  if (!isObject(x) || !isObject(y) || typeof x.commitment !== 'number' || typeof y.commitment !== 'number') return false;
  if (x.commitment !== y.commitment) return x.commitment > y.commitment ? x : y;
  return either(x, y);
}

const isObject = (value: JsonValue | undefined): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Two versions of the approved payments: every approval of either, the later one of a payment hash,
 * in order of approval (then hash), the MAX_APPROVALS latest kept. Approvals too old to count are
 * left for the next write to drop (a join does not depend on the clock).
 */
function joinApprovals(ours: string, theirs: string): JsonObject | undefined {
  const lists = [ours, theirs].map(readApprovals);
  if (lists.some((list) => list === undefined)) return undefined;
  const byHash = new Map<string, JsonObject>();
  for (const approval of lists.flat() as JsonObject[]) {
    const hash = approval.payment_hash as string;
    const held = byHash.get(hash);
    if (!held || compareApprovals(approval, held) > 0) byHash.set(hash, approval);
  }
  const approvals = [...byHash.values()].sort(compareApprovals).slice(-MAX_APPROVALS);
  return { approvals };
}

function readApprovals(text: string): JsonObject[] | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObject(value as JsonValue) || !Array.isArray((value as JsonObject).approvals)) return undefined;
  const approvals = (value as JsonObject).approvals as readonly JsonValue[];
  const valid = approvals.every((a) => isObject(a) && typeof a.payment_hash === 'string' && Number.isSafeInteger(a.approved_at_ms));
  return valid ? (approvals as JsonObject[]) : undefined;
}

/** By time of approval, then payment hash, then canonical text: a total order every signer shares. */
function compareApprovals(x: JsonObject, y: JsonObject): number {
  const dt = (x.approved_at_ms as number) - (y.approved_at_ms as number);
  if (dt !== 0) return dt;
  if (x.payment_hash !== y.payment_hash) return (x.payment_hash as string) < (y.payment_hash as string) ? -1 : 1;
  const [tx, ty] = [canonicalJson(x), canonicalJson(y)];
  return tx === ty ? 0 : tx < ty ? -1 : 1;
}

