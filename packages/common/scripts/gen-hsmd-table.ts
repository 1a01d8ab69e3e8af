// Generates src/hsmd/wire-table.ts, the declarative hsmd message table, from CLN's hsmd/hsmd_wire.csv.
//
//   git --git-dir=<CLN git dir> show v26.06.6:hsmd/hsmd_wire.csv > /tmp/hsmd_wire.csv
//   pnpm tsx packages/common/scripts/gen-hsmd-table.ts /tmp/hsmd_wire.csv v26.06.6 [out.ts]
//
// The CSV is an argument (CI has no CLN checkout); the generated table is committed. The header
// records the CSV's check-hsm-versions sum, which CLN lists per wire version in common/hsm_version.h.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CSV_TYPE_ALIASES, isFieldTypeName } from '../src/hsmd/field-types.ts';
import type { FieldDef, LengthFieldDef, MessageDef, TlvRecordDef } from '../src/hsmd/table-schema.ts';

interface Table {
  readonly messages: MessageDef[];
  readonly subtypes: Map<string, FieldDef[]>;
  readonly tlvStreams: Map<string, TlvRecordDef[]>;
}

/** The sum hsmd/Makefile's check-hsm-versions computes: sha256 of the non-comment, non-blank lines. */
export function hsmdCsvSum(csv: string): string {
  const lines = csv.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const kept = lines.filter((line) => !/^(#| *$)/.test(line));
  return createHash('sha256').update(kept.map((line) => `${line}\n`).join('')).digest('hex');
}

const MESSAGE_KEYS_RESERVED = new Set(['kind', 'type']); // the decoded message's own properties
const INTEGER_TYPES = new Set(['u8', 'u16', 'u32', 'u64']);

export function parseHsmdCsv(csv: string): Table {
  const rows = csv
    .split('\n')
    .map((line, index) => ({ line: index + 1, cells: line.split(',').map((cell) => cell.trim()) }))
    .filter(({ cells }) => cells[0] !== '' && !cells[0]!.startsWith('#'));
  const fail = (line: number, problem: string): never => {
    throw new Error(`hsmd_wire.csv line ${line}: ${problem}`);
  };

  // Types may be declared after their first use (TLV streams follow their message), so collect names first.
  const tlvNames = new Set(rows.filter((r) => r.cells[0] === 'tlvtype').map((r) => r.cells[1]!));
  const subtypeNames = new Set(rows.filter((r) => r.cells[0] === 'subtype').map((r) => r.cells[1]!));

  const table: Table = { messages: [], subtypes: new Map(), tlvStreams: new Map() };
  const messages = new Map<string, MessageDef & { fields: FieldDef[] }>();
  const tlvRecords = new Map<string, TlvRecordDef & { fields: FieldDef[] }>();

  const addField = (fields: FieldDef[], line: number, name: string, rawType: string, len: string, inMessage: boolean) => {
    if (fields.some((f) => f.name === name)) fail(line, `duplicate field ${name}`);
    if (inMessage && MESSAGE_KEYS_RESERVED.has(name)) fail(line, `field name ${name} collides with the decoded message's own keys`);
    if (fields.some((f) => 'tlv' in f)) fail(line, 'a TLV stream must be the last field');
    const optional = rawType.startsWith('?');
    const bare = optional ? rawType.slice(1) : rawType;
    const type = CSV_TYPE_ALIASES[bare] ?? bare;
    if (tlvNames.has(type)) {
      if (optional || len !== '') fail(line, 'a TLV stream cannot be optional or counted');
      fields.push({ name, tlv: type });
      return;
    }
    if (!isFieldTypeName(type) && !subtypeNames.has(type)) {
      fail(line, `unsupported field type "${rawType}": add a codec to src/hsmd/field-types.ts`);
    }
    if (len === '') {
      fields.push(optional ? { name, type, optional: true } : { name, type });
      return;
    }
    if (optional) fail(line, 'an optional field cannot be an array');
    const lengthField = fields.find((f) => f.name === len);
    if (lengthField === undefined) fail(line, `array length "${len}" is not an earlier field (fixed or implicit lengths are not supported)`);
    if (!('type' in lengthField!) || !INTEGER_TYPES.has(lengthField.type) || 'lengthField' in lengthField) {
      fail(line, `array length field ${len} must be a plain integer field`);
    }
    if ('lengthOf' in lengthField!) fail(line, `length field ${len} already counts ${lengthField.lengthOf}`);
    const index = fields.indexOf(lengthField!);
    fields[index] = { name: len, type: (lengthField as { type: LengthFieldDef['type'] }).type, lengthOf: name };
    fields.push({ name, type, lengthField: len });
  };

  for (const { line, cells } of rows) {
    const [kind, owner = '', a = '', b = '', c = '', d = ''] = cells;
    switch (kind) {
      case 'msgtype': {
        const type = Number(a);
        if (!Number.isInteger(type) || type < 0 || type > 0xffff) fail(line, `bad message type ${a}`);
        if (messages.has(owner)) fail(line, `duplicate message ${owner}`);
        if (table.messages.some((m) => m.type === type)) fail(line, `duplicate message type ${type}`);
        const message = { name: owner, type, fields: [] as FieldDef[] };
        messages.set(owner, message);
        table.messages.push(message);
        break;
      }
      case 'msgdata': {
        const message = messages.get(owner) ?? fail(line, `msgdata for undeclared message ${owner}`);
        addField(message.fields, line, a, b, c, true);
        break;
      }
      case 'subtype':
        table.subtypes.set(owner, []);
        break;
      case 'subtypedata': {
        const fields = table.subtypes.get(owner) ?? fail(line, `subtypedata for undeclared subtype ${owner}`);
        addField(fields, line, a, b, c, false);
        break;
      }
      case 'tlvtype': {
        const type = Number(b);
        if (!Number.isSafeInteger(type) || type < 0) fail(line, `bad TLV type ${b}`);
        const records = table.tlvStreams.get(owner) ?? [];
        if (records.some((r) => r.type >= type)) fail(line, `TLV types of ${owner} must be declared in increasing order`);
        const record = { name: a, type, fields: [] as FieldDef[] };
        records.push(record);
        table.tlvStreams.set(owner, records);
        tlvRecords.set(`${owner}/${a}`, record);
        break;
      }
      case 'tlvdata': {
        const record = tlvRecords.get(`${owner}/${a}`) ?? fail(line, `tlvdata for undeclared record ${owner}.${a}`);
        addField(record.fields, line, b, c, d, false);
        break;
      }
      default:
        fail(line, `unknown line kind ${kind}`);
    }
  }
  return table;
}

function renderField(field: FieldDef): string {
  return `{ ${Object.entries(field)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? `'${value}'` : String(value)}`)
    .join(', ')} }`;
}

/** A named row with its fields, one field per line, at `indent`. */
function renderRow(row: { name: string; type: number; fields: readonly FieldDef[] }, indent: string): string {
  const fields =
    row.fields.length === 0 ? '[]' : `[\n${row.fields.map((f) => `${indent}    ${renderField(f)},\n`).join('')}${indent}  ]`;
  return `${indent}{\n${indent}  name: '${row.name}',\n${indent}  type: ${row.type},\n${indent}  fields: ${fields},\n${indent}},`;
}

export function renderHsmdTable(csv: string, source: string): string {
  const table = parseHsmdCsv(csv);
  const out: string[] = [];
  out.push(
    '// Generated by packages/common/scripts/gen-hsmd-table.ts — do not edit; regenerate from the CSV.',
    `// Source: CLN ${source} hsmd/hsmd_wire.csv (field names and order exactly as in the CSV).`,
    '',
    "import type { FieldDef, MessageDef, TlvRecordDef } from './table-schema.ts';",
    '',
    '/** sha256 of the CSV\'s non-comment lines, as hsmd/Makefile check-hsm-versions computes and common/hsm_version.h lists. */',
    `export const HSMD_WIRE_CSV_SUM = '${hsmdCsvSum(csv)}';`,
    '',
    `/** The CLN release the table was generated from. */`,
    `export const HSMD_WIRE_CSV_SOURCE = '${source}';`,
    '',
    '/** Structured field types declared with `subtype` in the CSV. */',
    'export const HSMD_SUBTYPES = {',
  );
  for (const [name, fields] of table.subtypes) {
    out.push(`  ${name}: [`, ...fields.map((f) => `    ${renderField(f)},`), '  ],');
  }
  out.push('} as const satisfies Record<string, readonly FieldDef[]>;', '');
  out.push('/** TLV streams declared with `tlvtype`, records in increasing type order. */', 'export const HSMD_TLV_STREAMS = {');
  for (const [name, records] of table.tlvStreams) {
    out.push(`  ${name}: [`);
    for (const record of records) out.push(renderRow(record, '    '));
    out.push('  ],');
  }
  out.push('} as const satisfies Record<string, readonly TlvRecordDef[]>;', '');
  out.push('/** Every message of the CSV, in CSV order. */', 'export const HSMD_MESSAGES = [');
  for (const message of table.messages) out.push(renderRow(message, '  '));
  out.push('] as const satisfies readonly MessageDef[];', '');
  return out.join('\n');
}

function main(): void {
  const [csvPath, source, outPath] = process.argv.slice(2);
  if (csvPath === undefined || source === undefined) {
    console.error('usage: gen-hsmd-table.ts <hsmd_wire.csv> <CLN release, e.g. v26.06.6> [out.ts]');
    process.exit(2);
  }
  const out = path.resolve(outPath ?? path.join(import.meta.dirname, '../src/hsmd/wire-table.ts'));
  writeFileSync(out, renderHsmdTable(readFileSync(csvPath, 'utf8'), source));
  console.log(`wrote ${out}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
