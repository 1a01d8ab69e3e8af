// Typed encode/decode for every message of CLN's hsmd_wire.csv, driven by the generated table.
import { HsmdWireError } from './errors.ts';
import { peekType } from './framing.ts';
import type {
  HsmdDecoded,
  HsmdMessage,
  HsmdMessageInput,
  HsmdMessageName,
  HsmdMessageOf,
  HsmdTypeOf,
} from './message-types.ts';
import { WireReader } from './reader.ts';
import { readFields, writeFields } from './struct-codec.ts';
import type { MessageDef } from './table-schema.ts';
import { HSMD_MESSAGES } from './wire-table.ts';
import { WireWriter } from './writer.ts';

const byType = new Map<number, MessageDef>(HSMD_MESSAGES.map((m) => [m.type, m]));
const byName = new Map<string, MessageDef>(HSMD_MESSAGES.map((m) => [m.name, m]));

/** Message type numbers by CLN name: `HSMD_TYPE.hsmd_init === 11`. */
export const HSMD_TYPE = Object.freeze(Object.fromEntries(HSMD_MESSAGES.map((m) => [m.name, m.type]))) as {
  readonly [N in HsmdMessageName]: HsmdTypeOf<N>;
};

/** CLN's name for a type number, or undefined if the catalogue does not have it. */
export function hsmdMessageName(type: number): HsmdMessageName | undefined {
  return byType.get(type)?.name as HsmdMessageName | undefined;
}

/** "hsmd_init (11)" or "unknown message type 4242" — for logs and error messages. */
export function describeHsmdType(type: number): string {
  const name = hsmdMessageName(type);
  return name === undefined ? `unknown message type ${type}` : `${name} (${type})`;
}

export interface HsmdDecodeOptions {
  /**
   * CLN's generated fromwire_* ignore bytes after the last field of a message without a TLV stream
   * (so fields can be appended compatibly). By default we refuse them, as VLS does; set this to
   * accept and drop them like CLN.
   */
  readonly allowTrailingBytes?: boolean;
}

function decodeWith(def: MessageDef, body: Uint8Array, options: HsmdDecodeOptions | undefined): HsmdMessage {
  const reader = new WireReader(body, { messageName: def.name, messageType: def.type }, 2);
  const fields = readFields(reader, def.fields);
  if (reader.remaining > 0 && !options?.allowTrailingBytes) {
    reader.fail(
      'trailing_bytes',
      `${reader.remaining} bytes after the last field (CLN ignores trailing bytes; decode with allowTrailingBytes to do the same)`,
    );
  }
  return { kind: def.name, type: def.type, ...fields } as unknown as HsmdMessage;
}

/**
 * Decodes one message body (type included, length prefix excluded). A type the catalogue does not
 * know comes back as `{ kind: 'unknown', type, raw }` so it can still be forwarded; a known type
 * that does not parse throws an HsmdWireError naming the message, field and offset.
 */
export function decodeHsmd(body: Uint8Array, options?: HsmdDecodeOptions): HsmdDecoded {
  const type = peekType(body);
  const def = byType.get(type);
  if (def === undefined) return { kind: 'unknown', type, raw: new Uint8Array(body) };
  return decodeWith(def, body, options);
}

/** Decodes a body that must be the message `name` (e.g. the reply a request expects). */
export function decodeHsmdAs<N extends HsmdMessageName>(name: N, body: Uint8Array, options?: HsmdDecodeOptions): HsmdMessageOf<N> {
  const def = byName.get(name);
  if (def === undefined) throw new HsmdWireError('wrong_type', `${name} is not an hsmd message`);
  const type = peekType(body);
  if (type !== def.type) {
    throw new HsmdWireError('wrong_type', `expected ${describeHsmdType(def.type)}, got ${describeHsmdType(type)}`, {
      messageName: name,
      messageType: type,
    });
  }
  return decodeWith(def, body, options) as unknown as HsmdMessageOf<N>;
}

/** Encodes a message to its body (type included); frame it with `frame()` to send it. */
export function encodeHsmd(message: HsmdMessageInput): Uint8Array {
  const def = byName.get(message.kind);
  if (def === undefined) throw new HsmdWireError('wrong_type', `${String(message.kind)} is not an hsmd message`);
  if (message.type !== undefined && message.type !== def.type) {
    throw new HsmdWireError('wrong_type', `${def.name} has type ${def.type}, not ${String(message.type)}`, {
      messageName: def.name,
      messageType: def.type,
    });
  }
  const writer = new WireWriter({ messageName: def.name, messageType: def.type });
  writer.u16(def.type);
  writeFields(writer, def.fields, message as unknown as Record<string, unknown>);
  return writer.finish();
}
