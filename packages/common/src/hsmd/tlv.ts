// TLV streams as CLN's wire/tlvstream.c reads and writes them (BOLT 1 rules). A stream is always the
// last field of a message and runs to the end of the body, so it has no outer length.
import { readBigSize, writeBigSize } from './bigsize.ts';
import type { WireReader } from './reader.ts';
import type { FieldDef, TlvRecordDef } from './table-schema.ts';
import { WireWriter } from './writer.ts';

/** A record whose type this table does not know; only odd ones can be read (it's OK to be odd). */
export interface TlvUnknownRecord {
  readonly type: bigint;
  readonly value: Uint8Array;
}

/** How the struct codec reads and writes a record's fields; passed in to keep the modules acyclic. */
export interface RecordFieldsCodec {
  read(r: WireReader, fields: readonly FieldDef[], path: string): Record<string, unknown>;
  write(w: WireWriter, fields: readonly FieldDef[], value: Record<string, unknown>, path: string): void;
}

/** A record with exactly one field is represented by that field's value, as CLN's generator does. */
function singletonField(record: TlvRecordDef): FieldDef | undefined {
  return record.fields.length === 1 ? record.fields[0] : undefined;
}

export function readTlvStream(
  r: WireReader,
  records: readonly TlvRecordDef[],
  path: string,
  fields: RecordFieldsCodec,
): Record<string, unknown> {
  const stream: Record<string, unknown> = {};
  const unknown: TlvUnknownRecord[] = [];
  let previous: bigint | undefined;
  while (r.remaining > 0) {
    r.field = path;
    const at = r.offset;
    const type = readBigSize(r);
    if (previous !== undefined && type <= previous) {
      r.fail('invalid_tlv', `TLV type ${type} after ${previous}: types must strictly increase`, at);
    }
    previous = type;
    const record = records.find((candidate) => BigInt(candidate.type) === type);
    if (record === undefined && type % 2n === 0n) r.fail('invalid_tlv', `unknown even TLV type ${type}`, at);
    const length = readBigSize(r);
    if (length > BigInt(r.remaining)) {
      r.fail('truncated', `TLV type ${type} claims ${length} bytes, only ${r.remaining} left`, at);
    }
    const body = r.sub(Number(length), `TLV type ${type}`);
    if (record === undefined) {
      unknown.push({ type, value: body.bytes(body.remaining) });
      continue;
    }
    const recordPath = `${path}.${record.name}`;
    const single = singletonField(record);
    const values = fields.read(body, record.fields, single === undefined ? `${recordPath}.` : `${path}.`);
    if (body.remaining > 0) {
      body.field = recordPath;
      body.fail('invalid_tlv', `${body.remaining} bytes left over in TLV record ${record.name}`);
    }
    stream[record.name] = single === undefined ? values : values[single.name];
  }
  r.field = undefined;
  if (unknown.length > 0) stream['unknown'] = unknown;
  return stream;
}

export function writeTlvStream(
  w: WireWriter,
  records: readonly TlvRecordDef[],
  value: Record<string, unknown> | undefined,
  path: string,
  fields: RecordFieldsCodec,
): void {
  const stream = value ?? {};
  const unknown = (stream['unknown'] ?? []) as readonly TlvUnknownRecord[];
  const entries: { type: bigint; write: (inner: WireWriter) => void }[] = [];
  for (const record of records) {
    const recordValue = stream[record.name];
    if (recordValue === undefined) continue;
    const single = singletonField(record);
    const recordFields = single === undefined ? (recordValue as Record<string, unknown>) : { [single.name]: recordValue };
    const prefix = single === undefined ? `${path}.${record.name}.` : `${path}.`;
    entries.push({ type: BigInt(record.type), write: (inner) => fields.write(inner, record.fields, recordFields, prefix) });
  }
  for (const extra of unknown) {
    w.field = `${path}.unknown`;
    if (records.some((record) => BigInt(record.type) === extra.type)) {
      w.fail('invalid_tlv', `unknown record has the known type ${extra.type}`);
    }
    if (extra.type % 2n === 0n) w.fail('invalid_tlv', `unknown record type ${extra.type} is even: readers must refuse it`);
    entries.push({ type: extra.type, write: (inner) => inner.bytes(extra.value) });
  }
  // CLN writes known and unknown records merged in increasing type order.
  entries.sort((a, b) => (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  for (let i = 1; i < entries.length; i++) {
    if (entries[i]!.type === entries[i - 1]!.type) {
      w.field = path;
      w.fail('invalid_tlv', `TLV type ${entries[i]!.type} appears twice`);
    }
  }
  for (const entry of entries) {
    const inner = new WireWriter(w.location);
    entry.write(inner);
    const bytes = inner.finish();
    writeBigSize(w, entry.type);
    writeBigSize(w, BigInt(bytes.length));
    w.bytes(bytes);
  }
}
