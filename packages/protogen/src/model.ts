// The schema model: CLN's JSON schemas turned into a tree of composite/array/enum/primitive fields, following
// msggen's model.py rules (which properties count, how conditional `then`/`else` branches are folded in,
// how arrays and enums are recognised, which properties are replaced by hand-picked types).
import { FIELD_REPLACEMENTS, PRIMITIVE_SCHEMA_TYPES } from './msggen-rules.ts';
import { byCodePoint, lastPathSegment, pathToTypeName } from './naming.ts';
import type { SchemaNode } from './sources.ts';

interface FieldBase {
  /** Schema path, rooted at the method name: `ListPeers.peers[].channels[].state`. */
  path: string;
  /** The JSON property name (empty for array items and top-level messages). */
  jsonName: string;
  added: string | null;
  deprecated: string | null;
  required: boolean;
  /** Set by the optional rule (annotate.ts); null until then. */
  optional: boolean | null;
  /** The field gets a number but no proto field. */
  omitted: boolean;
  /** A shared type used instead of the derived one (e.g. `ChannelState`). */
  typeOverride: string | null;
}

export interface CompositeField extends FieldBase {
  kind: 'composite';
  /** Raw type name (see naming.ts). */
  typename: string;
  fields: Field[];
}
export interface ArrayField extends FieldBase {
  kind: 'array';
  itemType: Field;
}
export interface EnumField extends FieldBase {
  kind: 'enum';
  typename: string;
  /** The JSON strings, in schema order. */
  values: string[];
}
export interface PrimitiveField extends FieldBase {
  kind: 'primitive';
  /** Schema type (`msat`, `pubkey`, …) or a primitives.proto type name (`TlvStream`). */
  typename: string;
}
/** A `oneOf` array item; msggen cannot map these, they get a number but no proto field. */
export interface UnionField extends FieldBase {
  kind: 'union';
  typename: string;
  variants: Field[];
}
export type Field = CompositeField | ArrayField | EnumField | PrimitiveField | UnionField;

function firstDeprecation(deprecated: string | string[] | undefined): string | null {
  // A schema `deprecated` is a version or a [deprecated, removed] pair; only the first matters here.
  if (deprecated === undefined || deprecated === null) return null;
  return Array.isArray(deprecated) ? (deprecated[0] ?? null) : deprecated;
}

function base(path: string, jsonName: string, added: string | undefined | null, deprecated: string | string[] | undefined): FieldBase {
  return {
    path,
    jsonName,
    added: added ?? null,
    deprecated: firstDeprecation(deprecated),
    required: false,
    optional: null,
    omitted: false,
    typeOverride: null,
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function compareSortable(a: unknown, b: unknown): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return byCodePoint(String(a), String(b));
}

/** msggen's `merge_dicts`: recursive merge, lists unioned and sorted, the first dict wins on conflicts. */
function mergeSchemas(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort(byCodePoint)) {
    const inA = key in a;
    const inB = key in b;
    if (inA && inB) {
      const va = a[key];
      const vb = b[key];
      if (isPlainObject(va) && isPlainObject(vb)) merged[key] = mergeSchemas(va, vb);
      else if (Array.isArray(va) && Array.isArray(vb)) merged[key] = [...new Set([...va, ...vb])].sort(compareSortable);
      else merged[key] = va;
    } else {
      merged[key] = inA ? a[key] : b[key];
    }
  }
  return merged;
}

/**
 * The properties of an object schema with its conditional branches folded in: properties that only appear
 * under `then`/`else` (at the top or inside `allOf`) become ordinary fields, and properties that appear in
 * both are merged. As in msggen, an object without own properties gets none from its branches.
 */
function flattenedProperties(js: SchemaNode): Record<string, SchemaNode> {
  const properties: Record<string, SchemaNode> = { ...(js.properties ?? {}) };
  const branches: SchemaNode[] = [
    { then: { properties: js.then?.properties ?? {} }, else: { properties: js.else?.properties ?? {} } },
    ...(js.allOf ?? []),
  ];
  const hasOwn = Object.keys(properties).length > 0;
  for (const branch of branches) {
    for (const side of [branch.then, branch.else]) {
      const props = side?.properties;
      if (!hasOwn || !isPlainObject(props)) continue;
      for (const [name, schema] of Object.entries(props)) {
        const existing = properties[name];
        properties[name] = existing
          ? (mergeSchemas(existing as Record<string, unknown>, schema as Record<string, unknown>) as SchemaNode)
          : schema;
      }
    }
  }
  return properties;
}

function replacementField(path: string, jsonName: string): Field | undefined {
  const replacement = FIELD_REPLACEMENTS[path];
  if (!replacement) return undefined;
  if (replacement.kind === 'primitive') {
    return { ...base(path, jsonName, replacement.added, undefined), kind: 'primitive', typename: replacement.type };
  }
  // msggen reuses one item object for the array and keys it by the array's own path (no `[]`).
  const itemType: PrimitiveField = { ...base(path, '', replacement.added, undefined), kind: 'primitive', typename: replacement.itemType };
  return { ...base(path, jsonName, replacement.added, undefined), kind: 'array', itemType };
}

function isStringEnum(js: SchemaNode): boolean {
  const t = js.type;
  const isString = t === 'string' || (Array.isArray(t) && t.length === 2 && t[0] === 'string' && t[1] === 'null');
  return isString && js.enum !== undefined;
}

export function enumFromSchema(js: SchemaNode, path: string, jsonName: string): EnumField {
  return {
    ...base(path, jsonName, js.added, js.deprecated),
    kind: 'enum',
    typename: pathToTypeName(path),
    values: (js.enum ?? []).filter((v): v is string => v !== null),
  };
}

function primitiveFromSchema(js: SchemaNode, path: string, jsonName: string): PrimitiveField {
  return { ...base(path, jsonName, js.added, js.deprecated), kind: 'primitive', typename: js.type as string };
}

export function compositeFromSchema(js: SchemaNode, path: string, jsonName = '', warn: (msg: string) => void = () => {}): CompositeField {
  const properties = flattenedProperties(js);
  const required = js.required ?? [];
  const fields: Field[] = [];
  for (const name of Object.keys(properties).sort(byCodePoint)) {
    const ftype = properties[name]!;
    const fpath = `${path}.${name}`;
    let field: Field | undefined = replacementField(fpath, name);
    if (!field) {
      if (ftype.type === undefined) {
        warn(`${fpath}: no type, skipped (as msggen does)`);
        continue;
      } else if (isStringEnum(ftype)) {
        field = enumFromSchema(ftype, fpath, name);
      } else if (ftype.type === 'object') {
        field = compositeFromSchema(ftype, fpath, name, warn);
      } else if (ftype.type === 'array') {
        field = arrayFromSchema(ftype, fpath, name, warn);
      } else if (typeof ftype.type === 'string' && PRIMITIVE_SCHEMA_TYPES.has(ftype.type)) {
        field = primitiveFromSchema(ftype, fpath, name);
      } else {
        warn(`${fpath}: type ${JSON.stringify(ftype.type)} is not mapped, skipped (as msggen does)`);
        continue;
      }
    }
    field.deprecated = firstDeprecation(ftype.deprecated);
    field.required = required.includes(name);
    fields.push(field);
  }
  return { ...base(path, jsonName, js.added, js.deprecated), kind: 'composite', typename: pathToTypeName(path), fields };
}

function arrayFromSchema(js: SchemaNode, path: string, jsonName: string, warn: (msg: string) => void): ArrayField {
  let child = js.items ?? {};
  let dims = 1;
  while (child.type === 'array') {
    dims += 1;
    child = child.items ?? {};
  }
  const itemPath = path + '[]'.repeat(dims);
  let itemType: Field;
  if (child.oneOf) {
    itemType = unionFromSchema(child, itemPath, warn);
  } else if (child.type === 'object') {
    itemType = compositeFromSchema(child, itemPath, '', warn);
  } else if (isStringEnum(child) && child.type === 'string') {
    itemType = enumFromSchema(child, itemPath, '');
  } else if (typeof child.type === 'string' && PRIMITIVE_SCHEMA_TYPES.has(child.type)) {
    itemType = primitiveFromSchema(child, itemPath, '');
  } else {
    throw new Error(`${itemPath}: array item type ${JSON.stringify(child.type)} is not mapped`);
  }
  return { ...base(itemPath, jsonName, js.added, js.deprecated), kind: 'array', itemType };
}

function unionFromSchema(js: SchemaNode, path: string, warn: (msg: string) => void): UnionField {
  const variants: Field[] = [];
  for (const child of js.oneOf ?? []) {
    if (child.type === 'object') variants.push(compositeFromSchema(child, path, '', warn));
    else if (child.type === 'string' && child.enum) variants.push(enumFromSchema(child, path, ''));
    else if (typeof child.type === 'string' && PRIMITIVE_SCHEMA_TYPES.has(child.type)) variants.push(primitiveFromSchema(child, path, ''));
    else if (child.type === 'array') variants.push(arrayFromSchema(child, path, '', warn));
  }
  return { ...base(path, '', null, undefined), kind: 'union', typename: pathToTypeName(path), variants };
}

/** The proto field name source: the last path segment (msggen's `FieldName`), e.g. `names[]`. */
export function fieldPathName(field: Field): string {
  return lastPathSegment(field.path);
}
