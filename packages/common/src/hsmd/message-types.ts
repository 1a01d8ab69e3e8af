// TypeScript value types derived from the generated table, so a message's type follows the CSV:
// regenerate the table and the compiler points at every caller a CSV change affects.
import type { FieldTypeValues } from './field-types.ts';
import type { TlvUnknownRecord } from './tlv.ts';
import type { HSMD_MESSAGES, HSMD_SUBTYPES, HSMD_TLV_STREAMS } from './wire-table.ts';

type Subtypes = typeof HSMD_SUBTYPES;
type TlvStreams = typeof HSMD_TLV_STREAMS;
type MessageDefs = (typeof HSMD_MESSAGES)[number];

type Simplify<T> = { [K in keyof T]: T[K] } & {};

type ElementValue<T> = T extends keyof FieldTypeValues
  ? FieldTypeValues[T]
  : T extends keyof Subtypes
    ? StructValue<Subtypes[T]>
    : never;

/** `u8` arrays are byte strings; other arrays are lists; a TLV stream is an object of optional records. */
type FieldValue<F> = F extends { readonly tlv: infer S extends keyof TlvStreams }
  ? TlvStreamValue<S>
  : F extends { readonly lengthField: string; readonly type: 'u8' }
    ? Uint8Array
    : F extends { readonly lengthField: string; readonly type: infer T }
      ? readonly ElementValue<T>[]
      : F extends { readonly type: infer T }
        ? ElementValue<T>
        : never;

type NameOf<F> = F extends { readonly name: infer N extends string } ? N : never;
/** Fields a value may leave out: `?T` fields and TLV streams. Count fields never appear in values. */
type OmittableField = { readonly optional: true } | { readonly tlv: string };

/** The value of a list of fields: counts are implied by their arrays and so left out. */
export type StructValue<Fields extends readonly unknown[]> = Simplify<
  {
    readonly [F in Fields[number] as F extends { readonly lengthOf: string } | OmittableField ? never : NameOf<F>]: FieldValue<F>;
  } & {
    readonly [F in Fields[number] as F extends OmittableField ? NameOf<F> : never]?: FieldValue<F> | undefined;
  }
>;

/** A record with a single field is represented by that field's value (CLN's generator does the same). */
type RecordValue<R> = R extends { readonly fields: readonly [infer Only] }
  ? FieldValue<Only>
  : R extends { readonly fields: infer Fields extends readonly unknown[] }
    ? StructValue<Fields>
    : never;

export type TlvStreamValue<S extends keyof TlvStreams> = Simplify<
  { readonly [R in TlvStreams[S][number] as NameOf<R>]?: RecordValue<R> | undefined } & {
    /** Records with odd types this table does not know, kept so a message re-encodes unchanged. */
    readonly unknown?: readonly TlvUnknownRecord[] | undefined;
  }
>;

/** CLN's name of every message in the catalogue, e.g. `hsmd_init`. */
export type HsmdMessageName = MessageDefs['name'];

type DefOf<N extends HsmdMessageName> = Extract<MessageDefs, { readonly name: N }>;

/** The type number of a message, as a literal type. */
export type HsmdTypeOf<N extends HsmdMessageName> = DefOf<N>['type'];

/** The fields of a message, keyed by their CSV names. */
export type HsmdFields<N extends HsmdMessageName> = StructValue<DefOf<N>['fields']>;

/** A decoded message: `kind` is CLN's message name, `type` its number, then its fields. */
export type HsmdMessageOf<N extends HsmdMessageName> = Simplify<
  { readonly kind: N; readonly type: HsmdTypeOf<N> } & HsmdFields<N>
>;

export type HsmdMessage = { [N in HsmdMessageName]: HsmdMessageOf<N> }[HsmdMessageName];

/** A message whose type is not in the catalogue: carried as raw bytes so a proxy can forward it. */
export interface HsmdUnknownMessage {
  readonly kind: 'unknown';
  readonly type: number;
  /** The whole body, including the 2-byte type. */
  readonly raw: Uint8Array;
}

export type HsmdDecoded = HsmdMessage | HsmdUnknownMessage;

/** What `encodeHsmd` takes: a decoded message, or one without `type` (it follows from `kind`). */
export type HsmdMessageInputOf<N extends HsmdMessageName> = Simplify<
  { readonly kind: N; readonly type?: HsmdTypeOf<N> } & HsmdFields<N>
>;

export type HsmdMessageInput = { [N in HsmdMessageName]: HsmdMessageInputOf<N> }[HsmdMessageName];
