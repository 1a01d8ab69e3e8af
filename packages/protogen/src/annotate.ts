// msggen's model patches (patch.py), applied in its order: version annotation (which CLN version added or
// deprecated each field), the optional rule, then per-field overrides and omissions. The optional rule is
// what decides `optional` in the proto, so its quirks are kept exactly.
import type { CompositeField, Field } from './model.ts';
import { OMITTED_FIELDS, OPTIONAL_IF_ADDED_SINCE, SHARED_TYPE_OVERRIDES } from './msggen-rules.ts';
import type { FieldNumbers } from './sources.ts';

/** One gRPC request/response pair (for a notification: the subscribe request and the notification). */
export interface MessagePair {
  request: CompositeField;
  response: CompositeField;
}

type Visitor = (field: Field, parent: Field | undefined, inheritedAdded: string | null, inheritedDeprecated: string | null) => void;

/**
 * Visit every field in msggen's pre-order. A child is visited once from its parent's loop (with the parent)
 * and once more when descended into (without); visitors that set a value only once rely on that order.
 */
function walk(pairs: readonly MessagePair[], visit: Visitor): void {
  const recurse = (f: Field, added: string | null, deprecated: string | null): void => {
    visit(f, undefined, added, deprecated);
    if (f.kind === 'array') {
      const a = f.added || added;
      const d = f.deprecated || deprecated;
      visit(f.itemType, f, a, d);
      recurse(f.itemType, a, d);
    } else if (f.kind === 'composite') {
      for (const c of f.fields) {
        visit(c, f, added, deprecated);
        recurse(c, c.added || f.added || added, c.deprecated || f.deprecated || deprecated);
      }
    }
  };
  for (const pair of pairs) {
    const rootAdded = pair.request.added;
    const rootDeprecated = pair.request.deprecated;
    recurse(pair.request, rootAdded, rootDeprecated);
    recurse(pair.response, rootAdded, rootDeprecated);
  }
}

/**
 * Fill in `added`/`deprecated`: a field's own schema annotation, else its ancestors', else what msggen
 * recorded in `model-field-versions` for fields that predate the annotations.
 */
function annotateVersions(pairs: readonly MessagePair[], fieldNumbers: FieldNumbers): void {
  const known = structuredClone(fieldNumbers['model-field-versions']);
  walk(pairs, (f, _parent, inheritedAdded, inheritedDeprecated) => {
    const recorded = known[f.path];
    if (f.added === null) f.added = inheritedAdded;
    if (f.added === null) f.added = recorded?.added ?? null;
    if (f.deprecated === null) f.deprecated = recorded?.deprecated || inheritedDeprecated;
    // msggen writes back what it derived; later visits of the same path read it.
    known[f.path] = { added: f.added, deprecated: f.deprecated };
  });
}

/** `v24.11` → a sortable number; `pre-v0.10.1` sorts first. */
export function versionNumber(version: string): number {
  if (version === 'pre-v0.10.1') return 0;
  if (!version.startsWith('v')) throw new Error(`unexpected version ${version}`);
  const parts = version.slice(1).split('.').map((p) => Number.parseInt(p, 10));
  let n = ((parts[0] ?? 0) * 12 + (parts[1] ?? 0)) * 10;
  if (parts.length === 3) n += parts[2] ?? 0;
  return n;
}

/**
 * A field is `optional` when the schema does not require it, when it was deprecated separately from its
 * parent, or when it was added recently (≥ v24.11) so that clients still work against older nodes. A field
 * added together with its parent keeps the schema's requiredness.
 */
function markOptional(pairs: readonly MessagePair[]): void {
  const supported = versionNumber(OPTIONAL_IF_ADDED_SINCE);
  walk(pairs, (f, parent) => {
    if (f.optional !== null) return;
    f.optional = !f.required;
    if (parent) {
      if (parent.added === f.added) return;
      if (f.deprecated && f.deprecated !== parent.deprecated) f.optional = true;
    }
    if (f.added === null) throw new Error(`${f.path}: no added version`);
    if (versionNumber(f.added) >= supported) f.optional = true;
  });
}

function applyOverrides(pairs: readonly MessagePair[]): void {
  walk(pairs, (f) => {
    f.omitted = OMITTED_FIELDS.has(f.path);
    f.typeOverride = SHARED_TYPE_OVERRIDES[f.path] ?? null;
  });
}

export function annotate(pairs: readonly MessagePair[], fieldNumbers: FieldNumbers): void {
  annotateVersions(pairs, fieldNumbers);
  markOptional(pairs);
  applyOverrides(pairs);
}
