// The shape of the declarative message table (wire-table.ts, generated from CLN's hsmd_wire.csv).
// One row per CSV line kind; the catalogue turns rows into codecs and the types into value types.

/** A plain field: `msgdata,msg,name,type,` — or `?type` when `optional` (u8 0/1 presence byte first). */
export interface ScalarFieldDef {
  readonly name: string;
  readonly type: string;
  readonly optional?: true;
}

/** A count written before an array: `msgdata,msg,len,u16,`. Its value is derived from the array. */
export interface LengthFieldDef {
  readonly name: string;
  readonly type: 'u8' | 'u16' | 'u32' | 'u64';
  readonly lengthOf: string;
}

/** `msgdata,msg,name,type,lenfield`: `u8` arrays are byte strings, anything else a list. */
export interface ArrayFieldDef {
  readonly name: string;
  readonly type: string;
  readonly lengthField: string;
}

/** A TLV stream: always the last field, it runs to the end of the message. */
export interface TlvStreamFieldDef {
  readonly name: string;
  readonly tlv: string;
}

export type FieldDef = ScalarFieldDef | LengthFieldDef | ArrayFieldDef | TlvStreamFieldDef;

export interface MessageDef {
  readonly name: string;
  readonly type: number;
  readonly fields: readonly FieldDef[];
}

export interface TlvRecordDef {
  readonly name: string;
  readonly type: number;
  readonly fields: readonly FieldDef[];
}
