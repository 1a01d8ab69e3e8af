// Greenlight's wire contract wins. Greenlight's `cln` interface was generated from an older CLN; a
// Greenlight client must keep working against Greenhouse. We walk Greenlight's `cln.Node` methods and our
// generated ones side by side (message types may have been renamed, so we pair them by position, not by
// name) and patch our protos wherever a Greenlight element is missing or has a wire-incompatible type:
//   - a field CLN dropped is added back with Greenlight's number, label and type (deprecated);
//   - a field whose wire type changed gets Greenlight's type;
//   - a field whose repeatedness changed gets Greenlight's label;
//   - an enum value CLN dropped is added back;
//   - message/enum types only Greenlight has are copied from the contract.
// Greenlight types no method reaches are matched by name. Pure renames are recorded, not patched.
import { ProtoRegistry } from './proto-registry.ts';
import { isScalar, type FieldLabel, type ProtoEnum, type ProtoField, type ProtoFile, type ProtoMessage } from './proto-ast.ts';
import type { WireContract, WireEnum, WireField, WireMessage } from './sources.ts';
import { SCHEMA_TYPE_FOR_WIRE_TYPE } from './schema-reconstruction.ts';

const PACKAGE = 'cln';
const SERVICE = 'cln.Node';
const CLN_VERSION = 'CLN v26.06.6';

/** Wire type families: values in one family decode as each other (proto3 encoding rules). */
function wireFamily(type: string, kind: 'scalar' | 'enum' | 'message'): string {
  if (kind === 'enum') return 'varint';
  if (kind === 'message') return 'message';
  switch (type) {
    case 'int32': case 'int64': case 'uint32': case 'uint64': case 'bool':
      return 'varint';
    case 'sint32': case 'sint64':
      return 'zigzag';
    case 'fixed64': case 'sfixed64': case 'double':
      return 'i64';
    case 'fixed32': case 'sfixed32': case 'float':
      return 'i32';
    case 'string': case 'bytes':
      return 'bytes';
    default:
      if (type.startsWith('map<')) return 'map';
      throw new Error(`unknown scalar ${type}`);
  }
}

export interface CompatReport {
  /** Greenlight RPCs we do not serve (CLN removed the JSON-RPC method). */
  missingRpcs: string[];
  addedFields: string[];
  changedTypes: string[];
  changedLabels: string[];
  addedEnumValues: string[];
  /** Types copied from Greenlight's contract because CLN no longer has them. */
  copiedTypes: string[];
  /** Greenlight type ↔ our type pairs with different names but the same wire format. */
  renamedTypes: string[];
  /** Enum values with a different name but the same number. */
  renamedEnumValues: string[];
}

function emptyReport(): CompatReport {
  return { missingRpcs: [], addedFields: [], changedTypes: [], changedLabels: [], addedEnumValues: [], copiedTypes: [], renamedTypes: [], renamedEnumValues: [] };
}

/** Enum value names compared loosely: `CHANNELD_NORMAL` and `ChanneldNormal` are the same value. */
function looseName(name: string): string {
  return name.replace(/[^A-Za-z0-9]/g, '').toUpperCase();
}

function stripPackage(name: string): string {
  if (!name.startsWith(`${PACKAGE}.`)) throw new Error(`${name} is not in package ${PACKAGE}`);
  return name.slice(PACKAGE.length + 1);
}

function glLabel(f: WireField): FieldLabel {
  return f.label;
}

/** The Greenlight types reachable from the given methods' request and response types. */
export function reachableTypes(contract: WireContract, roots: readonly string[]): Set<string> {
  const messages = new Map(contract.messages.map((m) => [m.message, m]));
  const enums = new Set(contract.enums.map((e) => e.enum));
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name) || (!messages.has(name) && !enums.has(name))) return;
    seen.add(name);
    for (const f of messages.get(name)?.fields ?? []) visit(f.type);
  };
  roots.forEach(visit);
  return seen;
}

class GreenlightPatcher {
  readonly report = emptyReport();
  private readonly registry: ProtoRegistry;
  private readonly glMessages: Map<string, WireMessage>;
  private readonly glEnums: Map<string, WireEnum>;
  private readonly compared = new Set<string>();
  /** Greenlight type → our type, for every pair compared. */
  private readonly matched = new Map<string, string>();

  constructor(
    private readonly node: ProtoFile,
    others: readonly ProtoFile[],
    private readonly contract: WireContract,
  ) {
    this.registry = new ProtoRegistry([node, ...others]);
    this.glMessages = new Map(contract.messages.filter((m) => m.message.startsWith(`${PACKAGE}.`)).map((m) => [m.message, m]));
    this.glEnums = new Map(contract.enums.filter((e) => e.enum.startsWith(`${PACKAGE}.`)).map((e) => [e.enum, e]));
  }

  run(): CompatReport {
    const service = this.contract.services.find((s) => s.service === SERVICE);
    if (!service) throw new Error(`greenlight-wire.json has no ${SERVICE}`);
    const ours = new Map(this.node.service!.rpcs.map((r) => [r.name, r]));
    for (const method of service.methods) {
      const rpc = ours.get(method.name);
      if (!rpc) {
        this.report.missingRpcs.push(method.name);
        continue;
      }
      if (method.server_streaming !== rpc.serverStreaming || method.client_streaming) {
        throw new Error(`${method.name}: streaming differs from Greenlight's`);
      }
      this.compareMessage(method.request, rpc.request);
      this.compareMessage(method.response, rpc.response);
    }
    // Types no Greenlight method reaches can only be matched by name.
    const reachable = reachableTypes(this.contract, service.methods.flatMap((m) => [m.request, m.response]));
    for (const name of this.glMessages.keys()) {
      if (!reachable.has(name) && !this.matched.has(name)) this.ourTypeFor(name, null);
    }
    for (const name of this.glEnums.keys()) {
      if (!reachable.has(name) && !this.matched.has(name)) this.ourTypeFor(name, null);
    }
    return this.report;
  }

  private compareMessage(glName: string, ourName: string): void {
    const key = `${glName}|${ourName}`;
    if (this.compared.has(key)) return;
    this.compared.add(key);
    this.matched.set(glName, ourName);
    const gl = this.glMessages.get(glName);
    const ours = this.registry.message(ourName);
    if (!gl) throw new Error(`greenlight-wire.json has no message ${glName}`);
    if (!ours) throw new Error(`no message ${ourName}`);
    if (stripPackage(glName) !== ourName) {
      this.report.renamedTypes.push(`${glName} → cln.${ourName}`);
      ours.message.comments.push(`Greenlight calls this type ${glName} (renamed only, same wire format).`);
    }
    for (const glField of gl.fields) this.compareField(glField, ours.message);
  }

  private compareField(glField: WireField, ours: ProtoMessage): void {
    const where = `${ours.name}.${glField.name} = ${glField.number}`;
    const field = ours.fields.find((f) => f.number === glField.number);
    if (!field) {
      this.addField(ours, glField, where);
      return;
    }
    if ((glField.label === 'repeated') !== (field.label === 'repeated')) {
      this.report.changedLabels.push(`cln.${where}: ${field.label || 'singular'} → ${glField.label || 'singular'}`);
      field.comments.push(`Greenlight compat: ${CLN_VERSION} has this field ${field.label || 'singular'}; Greenlight's label wins.`);
      field.label = glLabel(glField);
      field.greenlightCompat = 'label';
    }
    const ourType = this.registry.resolveField(field, ours);
    const glKind = this.glKind(glField.type);
    const familyDiffers = wireFamily(ourType.kind === 'scalar' ? ourType.type : '', ourType.kind) !== wireFamily(glField.type, glKind);
    // Two message types can share the wire family and still disagree inside (cln.Amount vs cln.AmountOrAll):
    // then the field must change type; patching the inner type would break its other users.
    const messagesDisagree = !familyDiffers && ourType.kind === 'message' && this.conflicts(glField.type, ourType.fullName, new Set());
    if (familyDiffers || messagesDisagree) {
      if (ourType.kind !== 'scalar' && glKind !== 'scalar' && stripPackage(glField.type) === ourType.fullName) {
        throw new Error(`cln.${where}: our ${ourType.fullName} and Greenlight's disagree on the wire; cannot patch by switching types`);
      }
      const newType = this.ourTypeFor(glField.type, ours);
      this.report.changedTypes.push(`cln.${where}: ${field.type} → ${newType} (Greenlight: ${glField.type})`);
      field.comments.push(`Greenlight compat: ${CLN_VERSION} declares this field as ${field.type}; Greenlight's wire type wins.`);
      field.type = newType;
      field.greenlightCompat = 'type';
      if (field.json) field.json = { ...field.json, schemaType: schemaTypeForWireType(glField.type) };
      return;
    }
    if (glKind === 'message' && ourType.kind === 'message') this.compareMessage(glField.type, ourType.fullName);
    if (glKind === 'enum' && ourType.kind === 'enum') this.compareEnum(glField.type, ourType.fullName);
  }

  /**
   * Whether Greenlight message `glName` and our message `ourName` disagree on the wire for a field number
   * both have (label or wire family), looking through nested messages. Fields only one side has are not
   * conflicts: those can be added.
   */
  private conflicts(glName: string, ourName: string, seen: Set<string>): boolean {
    const key = `${glName}|${ourName}`;
    if (seen.has(key)) return false;
    seen.add(key);
    const gl = this.glMessages.get(glName);
    const ours = this.registry.message(ourName)?.message;
    if (!gl || !ours) return true;
    for (const glField of gl.fields) {
      const field = ours.fields.find((f) => f.number === glField.number);
      if (!field) continue;
      if ((glField.label === 'repeated') !== (field.label === 'repeated')) return true;
      const ourType = this.registry.resolveField(field, ours);
      const glKind = this.glKind(glField.type);
      if (wireFamily(ourType.kind === 'scalar' ? ourType.type : '', ourType.kind) !== wireFamily(glField.type, glKind)) return true;
      if (glKind === 'message' && ourType.kind === 'message' && this.conflicts(glField.type, ourType.fullName, seen)) return true;
    }
    return false;
  }

  private addField(ours: ProtoMessage, glField: WireField, where: string): void {
    if (ours.fields.some((f) => f.name === glField.name)) {
      throw new Error(`cannot add Greenlight field cln.${where}: the name is taken by another number`);
    }
    const added: ProtoField = {
      name: glField.name,
      number: glField.number,
      type: this.ourTypeFor(glField.type, ours),
      label: glLabel(glField),
      ...(glField.oneof ? { oneof: glField.oneof } : {}),
      deprecated: true,
      comments: [`Greenlight compat: not in ${CLN_VERSION}; kept with Greenlight's number and type. Deprecated, no JSON-RPC counterpart.`],
      json: null,
      greenlightCompat: 'added',
    };
    const at = ours.fields.findIndex((f) => f.number > glField.number);
    ours.fields.splice(at < 0 ? ours.fields.length : at, 0, added);
    this.report.addedFields.push(`cln.${where} (${glField.label ? `${glField.label} ` : ''}${glField.type})`);
  }

  private compareEnum(glName: string, ourFullName: string): void {
    const key = `${glName}|${ourFullName}`;
    if (this.compared.has(key)) return;
    this.compared.add(key);
    this.matched.set(glName, ourFullName);
    const gl = this.glEnums.get(glName);
    const ours = this.registry.enum(ourFullName);
    if (!gl) throw new Error(`greenlight-wire.json has no enum ${glName}`);
    if (!ours) throw new Error(`no enum ${ourFullName}`);
    if (stripPackage(glName) !== ourFullName) this.report.renamedTypes.push(`${glName} → cln.${ourFullName}`);
    for (const [name, number] of Object.entries(gl.values)) {
      const value = ours.enum.values.find((v) => v.number === number);
      if (!value) {
        this.addEnumValue(ours.enum, ourFullName, name, number);
      } else if (looseName(value.name) !== looseName(name)) {
        this.report.renamedEnumValues.push(`${glName}.${name} → cln.${ourFullName}.${value.name} = ${number}`);
      }
    }
  }

  private addEnumValue(e: ProtoEnum, fullName: string, name: string, number: number): void {
    if (e.values.some((v) => v.name === name)) throw new Error(`cannot add Greenlight value ${fullName}.${name} = ${number}: name taken`);
    const at = e.values.findIndex((v) => v.number > number);
    e.values.splice(at < 0 ? e.values.length : at, 0, { name, number, deprecated: true, json: null });
    e.comments.push(`Greenlight compat: ${name} = ${number} is not in ${CLN_VERSION}; kept for Greenlight clients.`);
    this.report.addedEnumValues.push(`cln.${fullName}.${name} = ${number}`);
  }

  private glKind(type: string): 'scalar' | 'enum' | 'message' {
    if (this.glEnums.has(type)) return 'enum';
    if (this.glMessages.has(type)) return 'message';
    if (isScalar(type)) return 'scalar';
    throw new Error(`greenlight-wire.json: unknown type ${type}`);
  }

  /**
   * Our type for a Greenlight type, as written inside `scope`: scalars as they are, Greenlight types by the
   * same name if we have one (then compared), else copied from the contract.
   */
  private ourTypeFor(glType: string, scope: ProtoMessage | null): string {
    const kind = this.glKind(glType);
    if (kind === 'scalar') return glType;
    const name = stripPackage(glType);
    if (!this.registry.has(name)) this.copyType(glType);
    if (kind === 'message') this.compareMessage(glType, name);
    else this.compareEnum(glType, name);
    return ProtoRegistry.reference(name, scope);
  }

  private copyType(glType: string): void {
    const name = stripPackage(glType);
    const note = `Greenlight compat: only in Greenlight's ${PACKAGE} proto (not in ${CLN_VERSION}); copied from its wire contract.`;
    if (this.glMessages.has(glType)) {
      const message: ProtoMessage = { name, comments: [note], enums: [], fields: [], schemaPath: null };
      this.node.messages.push(message);
      this.registry.addMessage(message, this.node);
      for (const f of this.glMessages.get(glType)!.fields) {
        message.fields.push({
          name: f.name,
          number: f.number,
          type: this.ourTypeFor(f.type, message),
          label: glLabel(f),
          ...(f.oneof ? { oneof: f.oneof } : {}),
          deprecated: false,
          comments: [],
          json: null,
          greenlightCompat: 'copied',
        });
      }
      message.fields.sort((a, b) => a.number - b.number);
      this.report.copiedTypes.push(glType);
      return;
    }
    const glEnum = this.glEnums.get(glType)!;
    const dot = name.lastIndexOf('.');
    const parentName = dot >= 0 ? name.slice(0, dot) : null;
    if (parentName !== null && !this.registry.has(parentName)) this.copyType(`${PACKAGE}.${parentName}`);
    const parent = parentName !== null ? this.registry.message(parentName)!.message : null;
    const e: ProtoEnum = {
      name: dot >= 0 ? name.slice(dot + 1) : name,
      // Inside a copied message the message's note says it all.
      comments: parent?.comments.includes(note) ? [] : [note],
      values: Object.entries(glEnum.values)
        .map(([v, number]) => ({ name: v, number, deprecated: false, json: null }))
        .sort((a, b) => a.number - b.number),
    };
    if (this.registry.has(name)) return; // copying the parent brought it along
    if (parent) parent.enums.push(e);
    else this.node.enums.push(e);
    this.registry.addEnum(e, parent, this.node);
    this.report.copiedTypes.push(glType);
  }
}

/** The schema type whose conversion fits a Greenlight wire type (for the JSON-RPC mapping of patched fields). */
function schemaTypeForWireType(type: string): string {
  const schemaType = SCHEMA_TYPE_FOR_WIRE_TYPE[type];
  if (!schemaType) throw new Error(`no JSON conversion for Greenlight type ${type}`);
  return schemaType;
}

/** Patch `node` (and, where needed, `others`, e.g. primitives) so Greenlight's `cln` contract holds. */
export function applyGreenlightContract(node: ProtoFile, others: readonly ProtoFile[], contract: WireContract): CompatReport {
  return new GreenlightPatcher(node, others, contract).run();
}
