// What proto-loader (defaults: true, longs: String, enums: String, oneofs: true) puts in a decoded message for a
// field the wire did not carry. Results are built in that same shape, so a mapped result deep-equals its own
// serialize → deserialize round trip.
import type { FieldMapping, MappingTable } from './mapping-table.ts';

const SIXTY_FOUR_BIT = new Set(['uint64', 'int64', 'sint64', 'fixed64', 'sfixed64']);

export type AbsentField = { present: false } | { present: true; value: unknown };

/**
 * proto3 `optional` fields are a synthetic oneof: proto-loader leaves them (and their `_name` discriminator) out
 * when unset. Every other field gets its type's default: [] for repeated, {} for maps, null for messages.
 */
export function absentFieldValue(field: FieldMapping, table: MappingTable): AbsentField {
  if (field.label === 'repeated') return { present: true, value: [] };
  if (field.kind === 'map') return { present: true, value: {} };
  if (field.label === 'optional') return { present: false };
  if (field.kind === 'message') return { present: true, value: null };
  if (field.kind === 'enum') return { present: true, value: table.enumIndex(field.type).zeroName };
  if (field.type === 'bool') return { present: true, value: false };
  if (field.type === 'string') return { present: true, value: '' };
  if (field.type === 'bytes') return { present: true, value: Buffer.alloc(0) };
  if (SIXTY_FOUR_BIT.has(field.type)) return { present: true, value: '0' };
  return { present: true, value: 0 };
}
