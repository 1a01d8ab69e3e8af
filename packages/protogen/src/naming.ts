// msggen's naming rules (contrib/msggen/msggen/model.py, gen/grpc/util.py), restated. Type and field names
// only matter for source compatibility, but keeping them identical keeps our node.proto a drop-in for CLN's.

/** Python's `str.capitalize()` for ASCII: first character upper case, the rest lower case. */
export function pyCapitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

/** Code-point order, as Python's `sorted()` orders strings. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The raw type name of the object/enum at a schema path: each `_`- or `.`-separated segment capitalized
 * (`ListPeers.peers[].channels[]` → `ListpeersPeersChannels`). Raw names may still hold `-`, ` ` or `/`;
 * msggen keys its field-number map by the raw name and prints the normalized one.
 */
export function pathToTypeName(path: string): string {
  return path.replaceAll('[]', '').split(/_|\./).map(pyCapitalize).join('');
}

/** How a raw type name is printed in the .proto file. */
export function protoTypeName(raw: string): string {
  return raw.replaceAll(' ', '_').replaceAll('-', '').replaceAll('/', '_');
}

/** The proto field name for a JSON property name (`type` and `return` are keywords in generated code). */
export function protoFieldName(jsonName: string): string {
  const renamed = jsonName === 'type' ? 'item_type' : jsonName === 'return' ? 'return_' : jsonName;
  return renamed.replaceAll(' ', '_').replaceAll('-', '_').replaceAll('[]', '').replaceAll('/', '_');
}

/** The last segment of a schema path: the field's JSON name, with array markers. */
export function lastPathSegment(path: string): string {
  const parts = path.split('.');
  return parts[parts.length - 1]!;
}

function isPyDigits(s: string): boolean {
  return /^[0-9]+$/.test(s);
}

/** The proto name of an enum variant: numbers become `NUM_…`, everything else upper snake case. */
export function enumVariantName(variant: string): string {
  if (isPyDigits(variant.replace('.', '')) || isPyDigits(variant.replace(/^-+/, '').replace('.', ''))) {
    return `NUM_${variant.replaceAll('.', '_')}`;
  }
  return variant.replaceAll(' ', '_').replaceAll('-', '_').replaceAll('/', '_').toUpperCase();
}

/**
 * gRPC stubs have built-in methods (`connect`) that would clash with generated ones, and `InvoiceRequest`
 * would clash with the `Invoice` RPC's request message; msggen renames these two RPCs.
 */
export const RPC_NAME_OVERRIDES: Readonly<Record<string, string>> = {
  Connect: 'ConnectPeer',
  InvoiceRequest: 'CreateInvoiceRequest',
};

/** The gRPC method name for an msggen method name (`AskRene-Age` → `AskReneAge`, `FundChannel_Cancel` → `FundChannelCancel`). */
export function rpcNameFor(msggenName: string): string {
  const withoutUnderscores = msggenName.replaceAll('_', '');
  return protoTypeName(RPC_NAME_OVERRIDES[withoutUnderscores] ?? withoutUnderscores);
}

/**
 * Recover msggen's method name (the root of every schema path, e.g. `AskRene-Age`, `FundChannel_Cancel`) from
 * the RPC name and the JSON-RPC method: the casing comes from the RPC name, the separators from the method.
 */
export function msggenMethodName(rpc: string, jsonrpcMethod: string): string {
  const renamedFrom = Object.entries(RPC_NAME_OVERRIDES).find(([, to]) => to === rpc)?.[0] ?? rpc;
  let out = '';
  let i = 0;
  for (const ch of jsonrpcMethod) {
    if (ch === '-' || ch === '_') {
      out += ch;
      continue;
    }
    const cased = renamedFrom[i++];
    if (cased === undefined || cased.toLowerCase() !== ch.toLowerCase()) {
      throw new Error(`cannot align RPC name ${rpc} with JSON-RPC method ${jsonrpcMethod}`);
    }
    out += cased;
  }
  if (i !== renamedFrom.length) throw new Error(`cannot align RPC name ${rpc} with JSON-RPC method ${jsonrpcMethod}`);
  return out;
}

/**
 * Notification messages share a namespace with method messages; the `connect` notification's types would
 * collide with the `Connect` method's, so msggen prefixes every notification type starting with `Connect`.
 */
export function notificationTypeName(raw: string): string {
  const printed = protoTypeName(raw);
  return printed.startsWith('Connect') ? `Peer${printed}` : raw;
}
