// The primitives.proto wrappers for on-chain and amount parameters: AmountOrAll, AmountOrAny, Feerate,
// Outpoint, OutputDesc. Each has one JSON spelling in CLN (see cln-jsonrpc.json `conversions`).
import { bytesToHex, describe, hexToBytes } from './bytes.ts';
import { amountToJson, msatFromJson, protoAmount } from './amounts.ts';
import { ClnMappingError } from './errors.ts';
import { toUint } from './integers.ts';
import { oneofCase, oneofMessage } from './oneof.ts';

/** AmountOrAll / AmountOrAny: `oneof value { Amount amount; bool <word>; }` ↔ amount string or the word. */
export function amountOrWordToJson(message: unknown, word: 'all' | 'any'): string {
  const which = oneofCase(message, 'value', ['amount', word]);
  if (which === undefined) throw new ClnMappingError(`neither amount nor ${word} is set`);
  return which === word ? word : amountToJson((message as Record<string, unknown>).amount);
}

export function amountOrWordFromJson(value: unknown, word: 'all' | 'any', integerUnit: 'msat' | 'sat'): Record<string, unknown> {
  if (value === word) return oneofMessage('value', word, true);
  return oneofMessage('value', 'amount', protoAmount(msatFromJson(value, integerUnit)));
}

const FEERATE_NAMES = ['slow', 'normal', 'urgent'] as const;
const FEERATE_STYLES = [...FEERATE_NAMES, 'perkb', 'perkw'] as const;

/** Feerate: `slow` | `normal` | `urgent` | `<n>perkb` | `<n>perkw`. */
export function feerateToJson(message: unknown): string {
  const style = oneofCase(message, 'style', FEERATE_STYLES);
  if (style === undefined) throw new ClnMappingError('no feerate style is set');
  if (style === 'perkb' || style === 'perkw') return `${toUint((message as Record<string, unknown>)[style], 32)}${style}`;
  return style;
}

export function feerateFromJson(value: unknown): Record<string, unknown> {
  if (typeof value === 'string') {
    if ((FEERATE_NAMES as readonly string[]).includes(value)) return oneofMessage('style', value, true);
    const rate = /^(\d+)(perkb|perkw)$/.exec(value);
    if (rate) return oneofMessage('style', rate[2]!, toUint(rate[1], 32));
  }
  throw new ClnMappingError(`expected a feerate, got ${describe(value)}`);
}

/** Outpoint {txid, outnum} ↔ `<txid hex>:<outnum>`. */
export function outpointToJson(message: unknown): string {
  if (message === null || typeof message !== 'object') throw new ClnMappingError(`expected a cln.Outpoint, got ${describe(message)}`);
  const { txid, outnum } = message as { txid?: unknown; outnum?: unknown };
  return `${bytesToHex(txid ?? Buffer.alloc(0))}:${toUint(outnum ?? 0, 32)}`;
}

export function outpointFromJson(value: unknown): Record<string, unknown> {
  const parts = typeof value === 'string' ? /^([0-9a-fA-F]*):(\d+)$/.exec(value) : null;
  if (!parts) throw new ClnMappingError(`expected an outpoint txid:outnum, got ${describe(value)}`);
  return { txid: hexToBytes(parts[1]), outnum: toUint(parts[2], 32) };
}

/** OutputDesc {address, amount} ↔ `{"<address>": <amount>}` (bitcoind's output style). */
export function outputDescToJson(message: unknown): Record<string, string> {
  if (message === null || typeof message !== 'object') throw new ClnMappingError(`expected a cln.OutputDesc, got ${describe(message)}`);
  const { address, amount } = message as { address?: unknown; amount?: unknown };
  if (typeof address !== 'string' || address === '') throw new ClnMappingError('OutputDesc without an address');
  return { [address]: amountToJson(amount ?? {}) };
}

export function outputDescFromJson(value: unknown): Record<string, unknown> {
  const entries = value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : [];
  if (entries.length !== 1) throw new ClnMappingError(`expected an object with one address, got ${describe(value)}`);
  const [address, amount] = entries[0]!;
  return { address, amount: protoAmount(msatFromJson(amount, 'sat')) };
}
