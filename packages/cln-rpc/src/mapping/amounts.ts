// cln.Amount{msat} ↔ CLN amounts. Requests send `<msat>msat` strings (what cln-grpc sends; lightningd accepts
// them for sat-typed params when they are whole satoshis). Responses carry msat integers; older nodes and a few
// plugins write strings with an msat/sat/btc suffix, which are read too.
import { describe } from './bytes.ts';
import { ClnMappingError } from './errors.ts';
import { toUint64 } from './integers.ts';

const MSAT_PER_SAT = 1000n;
const MSAT_PER_BTC = 100_000_000_000n;

/** cln.Amount as proto-loader writes and reads it (longs: String). */
export interface ProtoAmount {
  msat: string;
}

export function msatFromProtoAmount(amount: unknown): bigint {
  if (amount === null || typeof amount !== 'object') throw new ClnMappingError(`expected a cln.Amount, got ${describe(amount)}`);
  const { msat } = amount as { msat?: unknown };
  // proto3: an Amount whose msat is 0 may come without the member at all.
  return msat === undefined || msat === null ? 0n : toUint64(msat);
}

/** cln.Amount → the request string `<msat>msat`. */
export function amountToJson(amount: unknown): string {
  return `${msatFromProtoAmount(amount)}msat`;
}

/**
 * A JSON amount → msat. `integerUnit` says what a bare integer counts: `msat` fields hold millisatoshi, `sat`
 * fields satoshi. Suffixed strings say their own unit.
 */
export function msatFromJson(value: unknown, integerUnit: 'msat' | 'sat'): bigint {
  if (typeof value === 'number' || (typeof value === 'string' && /^\d+$/.test(value)) || typeof value === 'bigint') {
    const count = toUint64(value);
    return integerUnit === 'sat' ? count * MSAT_PER_SAT : count;
  }
  if (typeof value === 'string') {
    const suffixed = /^(\d+)(msat|sat)$/.exec(value);
    if (suffixed) return BigInt(suffixed[1]!) * (suffixed[2] === 'sat' ? MSAT_PER_SAT : 1n);
    const btc = /^(\d+)(?:\.(\d{1,11}))?btc$/.exec(value);
    if (btc) return BigInt(btc[1]!) * MSAT_PER_BTC + BigInt((btc[2] ?? '').padEnd(11, '0'));
  }
  throw new ClnMappingError(`expected an amount, got ${describe(value)}`);
}

export function protoAmount(msat: bigint): ProtoAmount {
  return { msat: msat.toString() };
}
