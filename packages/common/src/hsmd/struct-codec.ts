// Reads and writes a list of table fields — a message body, a CSV subtype or a TLV record — the way
// CLN's generated fromwire_*/towire_* do: in order, counts before their arrays, `?T` as a presence
// byte then T, a TLV stream to the end. Values are plain objects keyed by the CSV field names.
import { FIELD_CODECS, isFieldTypeName } from './field-types.ts';
import type { WireReader } from './reader.ts';
import type { ArrayFieldDef, FieldDef, LengthFieldDef, ScalarFieldDef, TlvRecordDef } from './table-schema.ts';
import { readTlvStream, writeTlvStream, type RecordFieldsCodec } from './tlv.ts';
import { HSMD_SUBTYPES, HSMD_TLV_STREAMS } from './wire-table.ts';
import type { WireWriter } from './writer.ts';

const subtypes: Readonly<Record<string, readonly FieldDef[]>> = HSMD_SUBTYPES;
const tlvStreams: Readonly<Record<string, readonly TlvRecordDef[]>> = HSMD_TLV_STREAMS;

const isLength = (f: FieldDef): f is LengthFieldDef => 'lengthOf' in f;
const isArray = (f: FieldDef): f is ArrayFieldDef => 'lengthField' in f;

function readElement(r: WireReader, type: string, path: string): unknown {
  if (isFieldTypeName(type)) return FIELD_CODECS[type].read(r);
  return readFields(r, subtypes[type]!, `${path}.`);
}

function writeElement(w: WireWriter, type: string, value: unknown, path: string): void {
  if (isFieldTypeName(type)) {
    (FIELD_CODECS[type].write as (w: WireWriter, v: unknown) => void)(w, value);
    return;
  }
  if (typeof value !== 'object' || value === null) w.fail('invalid_value', `expected an object for ${type}`);
  writeFields(w, subtypes[type]!, value as Record<string, unknown>, `${path}.`);
}

const records: RecordFieldsCodec = { read: readFields, write: writeFields };

/** Reads `fields` in order; `prefix` is prepended to field names in error messages. */
export function readFields(r: WireReader, fields: readonly FieldDef[], prefix = ''): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const counts = new Map<string, number>();
  for (const field of fields) {
    const path = `${prefix}${field.name}`;
    r.field = path;
    if ('tlv' in field) {
      values[field.name] = readTlvStream(r, tlvStreams[field.tlv]!, path, records);
    } else if (isLength(field)) {
      const at = r.offset;
      const count = field.type === 'u64' ? r.u64() : BigInt(FIELD_CODECS[field.type].read(r));
      if (count > BigInt(r.remaining)) {
        // Every element takes at least one byte, so this count cannot be satisfied; say so early.
        r.fail('truncated', `count ${count} for ${field.lengthOf} exceeds the ${r.remaining} bytes left`, at);
      }
      counts.set(field.name, Number(count));
    } else if (isArray(field)) {
      const count = counts.get(field.lengthField)!;
      if (field.type === 'u8') {
        values[field.name] = r.bytes(count, `${count}-byte ${field.name}`);
      } else {
        const items: unknown[] = [];
        for (let i = 0; i < count; i++) {
          r.field = `${path}[${i}]`;
          items.push(readElement(r, field.type, `${path}[${i}]`));
        }
        values[field.name] = items;
      }
    } else if ((field as ScalarFieldDef).optional) {
      const at = r.offset;
      const present = r.u8();
      if (present > 1) r.fail('invalid_value', `optional field presence byte must be 0 or 1, got ${present}`, at);
      values[field.name] = present === 1 ? readElement(r, field.type, path) : undefined;
    } else {
      values[field.name] = readElement(r, field.type, path);
    }
    r.field = undefined;
  }
  return values;
}

/** Writes `value`'s fields in table order; counts are taken from the arrays they describe. */
export function writeFields(w: WireWriter, fields: readonly FieldDef[], value: Record<string, unknown>, prefix = ''): void {
  for (const field of fields) {
    const path = `${prefix}${field.name}`;
    w.field = path;
    const fieldValue = value[field.name];
    if ('tlv' in field) {
      if (fieldValue !== undefined && (typeof fieldValue !== 'object' || fieldValue === null)) {
        w.fail('invalid_value', 'a TLV stream must be an object');
      }
      writeTlvStream(w, tlvStreams[field.tlv]!, fieldValue as Record<string, unknown> | undefined, path, records);
    } else if (isLength(field)) {
      const counted = value[field.lengthOf];
      if (!(counted instanceof Uint8Array) && !Array.isArray(counted)) {
        w.field = `${prefix}${field.lengthOf}`;
        w.fail('invalid_value', counted === undefined ? 'missing required field' : 'expected an array');
      }
      const count = counted.length;
      if (field.type === 'u64') w.u64(BigInt(count));
      else {
        const max = field.type === 'u8' ? 0xff : field.type === 'u16' ? 0xffff : 0xffff_ffff;
        if (count > max) w.fail('invalid_length', `${field.lengthOf} has ${count} entries, more than ${field.type} can count`);
        FIELD_CODECS[field.type].write(w, count);
      }
    } else if (isArray(field)) {
      if (field.type === 'u8') {
        w.bytes(fieldValue as Uint8Array);
      } else {
        (fieldValue as readonly unknown[]).forEach((item, i) => {
          w.field = `${path}[${i}]`;
          writeElement(w, field.type, item, `${path}[${i}]`);
        });
      }
    } else if ((field as ScalarFieldDef).optional) {
      w.u8(fieldValue === undefined ? 0 : 1);
      if (fieldValue !== undefined) writeElement(w, field.type, fieldValue, path);
    } else {
      if (fieldValue === undefined) w.fail('invalid_value', 'missing required field');
      writeElement(w, field.type, fieldValue, path);
    }
    w.field = undefined;
  }
}
