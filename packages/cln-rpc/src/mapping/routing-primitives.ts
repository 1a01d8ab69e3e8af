// The primitives.proto wrappers for routing data: route hints (keysend's input spelling and decode's output
// spelling) and TLV streams.
import { bytesToHex, describe, hexToBytes } from './bytes.ts';
import { amountToJson, msatFromJson, protoAmount } from './amounts.ts';
import { atPath, ClnMappingError } from './errors.ts';
import { toUint, toUint64 } from './integers.ts';

/** The JSON member names of one hop, in the order of the proto fields id/pubkey, scid, fee base, fee ppm, cltv. */
interface HopSpelling {
  proto: readonly [string, string, string, string, string];
  json: readonly [string, string, string, string, string];
}

/** RoutehintList: keysend's `routehints`, hops `{id, scid, feebase, feeprop, expirydelta}`. */
const ROUTEHINT_HOP: HopSpelling = {
  proto: ['id', 'scid', 'feebase', 'feeprop', 'expirydelta'],
  json: ['id', 'scid', 'feebase', 'feeprop', 'expirydelta'],
};

/** DecodeRoutehintList: decode's `routes`, hops `{pubkey, short_channel_id, fee_base_msat, …}`. */
const DECODE_HOP: HopSpelling = {
  proto: ['pubkey', 'short_channel_id', 'fee_base_msat', 'fee_proportional_millionths', 'cltv_expiry_delta'],
  json: ['pubkey', 'short_channel_id', 'fee_base_msat', 'fee_proportional_millionths', 'cltv_expiry_delta'],
};

export type RoutehintFlavour = 'RoutehintList' | 'DecodeRoutehintList';

const SPELLINGS: Record<RoutehintFlavour, HopSpelling> = { RoutehintList: ROUTEHINT_HOP, DecodeRoutehintList: DECODE_HOP };

function records(value: unknown, what: string): Record<string, unknown>[] {
  if (!Array.isArray(value)) throw new ClnMappingError(`expected ${what} array, got ${describe(value)}`);
  return value.map((item) => {
    if (item === null || typeof item !== 'object') throw new ClnMappingError(`expected ${what} entries to be objects, got ${describe(item)}`);
    return item as Record<string, unknown>;
  });
}

/** `{hints: [{hops: [hop…]}…]}` → `[[hop…]…]`. */
export function routehintsToJson(message: unknown, flavour: RoutehintFlavour): unknown[] {
  const { proto, json } = SPELLINGS[flavour];
  const hints = records((message as { hints?: unknown } | null)?.hints ?? [], 'a hints');
  return hints.map((hint, h) =>
    atPath(`hints[${h}]`, () =>
      records(hint.hops ?? [], 'a hops').map((hop, i) =>
        atPath(`hops[${i}]`, () => ({
          [json[0]]: bytesToHex(hop[proto[0]] ?? Buffer.alloc(0)),
          [json[1]]: String(hop[proto[1]] ?? ''),
          [json[2]]: amountToJson(hop[proto[2]] ?? {}),
          [json[3]]: toUint(hop[proto[3]] ?? 0, 32),
          [json[4]]: toUint(hop[proto[4]] ?? 0, 32),
        })),
      ),
    ),
  );
}

export function routehintsFromJson(value: unknown, flavour: RoutehintFlavour): Record<string, unknown> {
  const { proto, json } = SPELLINGS[flavour];
  if (!Array.isArray(value)) throw new ClnMappingError(`expected an array of route hints, got ${describe(value)}`);
  return {
    hints: value.map((hint, h) =>
      atPath(`[${h}]`, () => ({
        hops: records(hint, 'a route hint').map((hop, i) =>
          atPath(`[${i}]`, () => ({
            [proto[0]]: hexToBytes(hop[json[0]]),
            [proto[1]]: String(hop[json[1]] ?? ''),
            [proto[2]]: protoAmount(msatFromJson(hop[json[2]] ?? 0, 'msat')),
            [proto[3]]: toUint(hop[json[3]] ?? 0, 32),
            [proto[4]]: toUint(hop[json[4]] ?? 0, 32),
          })),
        ),
      })),
    ),
  };
}

/** TlvStream `{entries: [{type, value}]}` ↔ `{"<type>": "<hex>"}`. */
export function tlvStreamToJson(message: unknown): Record<string, string> {
  const entries = records((message as { entries?: unknown } | null)?.entries ?? [], 'a TLV entries');
  const json: Record<string, string> = {};
  entries.forEach((entry, i) =>
    atPath(`entries[${i}]`, () => {
      json[toUint64(entry.type ?? 0).toString()] = bytesToHex(entry.value ?? Buffer.alloc(0));
    }),
  );
  return json;
}

export function tlvStreamFromJson(value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new ClnMappingError(`expected a TLV object, got ${describe(value)}`);
  return {
    entries: Object.entries(value).map(([type, hex]) => atPath(type, () => ({ type: toUint64(type).toString(), value: hexToBytes(hex) }))),
  };
}
