import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hsmdCsvSum, parseHsmdCsv, renderHsmdTable } from '../scripts/gen-hsmd-table.ts';

const SAMPLE = `# comment
msgtype,hsmd_thing,77
msgdata,hsmd_thing,num,u16,
msgdata,hsmd_thing,points,pubkey,num
msgdata,hsmd_thing,maybe,?secret,
msgdata,hsmd_thing,htlc,hsm_htlc,
msgdata,hsmd_thing,tlvs,hsmd_thing_tlvs,
tlvtype,hsmd_thing_tlvs,flag,1
tlvdata,hsmd_thing_tlvs,flag,on,bool,

subtype,hsm_htlc
subtypedata,hsm_htlc,side,enum side,
`;

describe('gen-hsmd-table', () => {
  it('turns CSV rows into table rows: counts, arrays, optionals, subtypes, TLV streams', () => {
    const table = parseHsmdCsv(SAMPLE);
    expect(table.messages).toEqual([
      {
        name: 'hsmd_thing',
        type: 77,
        fields: [
          { name: 'num', type: 'u16', lengthOf: 'points' },
          { name: 'points', type: 'pubkey', lengthField: 'num' },
          { name: 'maybe', type: 'secret', optional: true },
          { name: 'htlc', type: 'hsm_htlc' },
          { name: 'tlvs', tlv: 'hsmd_thing_tlvs' },
        ],
      },
    ]);
    expect(table.subtypes.get('hsm_htlc')).toEqual([{ name: 'side', type: 'side' }]);
    expect(table.tlvStreams.get('hsmd_thing_tlvs')).toEqual([{ name: 'flag', type: 1, fields: [{ name: 'on', type: 'bool' }] }]);
  });

  it('computes the sum hsmd/Makefile check-hsm-versions computes (comment and blank lines skipped)', () => {
    expect(hsmdCsvSum('# x\nmsgtype,a,1\n\n  \nmsgdata,a,b,u8,\n')).toBe(hsmdCsvSum('msgtype,a,1\nmsgdata,a,b,u8,\n'));
  });

  it('refuses what the codec cannot represent', () => {
    expect(() => parseHsmdCsv('msgtype,m,1\nmsgdata,m,x,mystery_type,\n')).toThrow(/line 2: unsupported field type "mystery_type"/);
    expect(() => parseHsmdCsv('msgtype,m,1\nmsgdata,m,x,u8,...\n')).toThrow(/not an earlier field/);
    expect(() => parseHsmdCsv('msgtype,m,1\nmsgdata,m,type,u8,\n')).toThrow(/collides/);
    expect(() => parseHsmdCsv('msgtype,m,1\nmsgtype,n,1\n')).toThrow(/duplicate message type 1/);
  });

  // With the CSV at hand (HSMD_WIRE_CSV=path, e.g. from `git show v26.06.6:hsmd/hsmd_wire.csv`), check
  // that the committed table is exactly what the generator makes of it.
  it.skipIf(!process.env['HSMD_WIRE_CSV'])('the committed table is up to date with $HSMD_WIRE_CSV', () => {
    const committed = readFileSync(path.join(import.meta.dirname, '../src/hsmd/wire-table.ts'), 'utf8');
    const source = /HSMD_WIRE_CSV_SOURCE = '([^']+)'/.exec(committed)![1]!;
    expect(renderHsmdTable(readFileSync(process.env['HSMD_WIRE_CSV']!, 'utf8'), source)).toBe(committed);
  });
});
