// Holds a set of .proto files against Greenlight's wire contract (greenlight-wire.json). Written from the
// contract's rules, independently of the generator, so it also checks what the generator did.
//
// A Greenlight client works against us when every service and method it calls exists with the same
// streaming flags, and every field it may send or receive exists with the same number, the same
// repeatedness and a type that decodes the same bytes. Messages are paired by walking from each method's
// request/response in parallel, because type names may differ. Enum values must exist with the same number.
import fs from 'node:fs';
import path from 'node:path';
import protobuf from 'protobufjs';
import type { WireContract, WireField, WireMessage } from '../src/sources.ts';

/** Parse .proto sources (file name → text) into one resolved root. Imports are satisfied by the set itself. */
export function rootFromSources(sources: Record<string, string>): protobuf.Root {
  const root = new protobuf.Root();
  for (const [name, text] of Object.entries(sources)) {
    root.filename = name;
    protobuf.parse(text, root, { keepCase: true });
  }
  root.resolveAll();
  return root;
}

export function protoSources(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.proto')).sort()) out[f] = fs.readFileSync(path.join(dir, f), 'utf8');
  return out;
}

/** The `package` each source declares. */
export function declaredPackages(sources: Record<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [file, text] of Object.entries(sources)) {
    const m = /^\s*package\s+([\w.]+)\s*;/m.exec(text);
    if (m) out.set(m[1]!, file);
  }
  return out;
}

/** Wire-compatible families (proto3 encoding): values in one family decode as each other. */
const FAMILY: Record<string, string> = {
  int32: 'varint', int64: 'varint', uint32: 'varint', uint64: 'varint', bool: 'varint', enum: 'varint',
  sint32: 'zigzag', sint64: 'zigzag',
  fixed64: '64-bit', sfixed64: '64-bit', double: '64-bit',
  fixed32: '32-bit', sfixed32: '32-bit', float: '32-bit',
  string: 'string/bytes', bytes: 'string/bytes',
  message: 'message',
};

function packageOf(name: string): string {
  return name.split('.')[0]!;
}

export interface ContractOptions {
  /** Check only these packages (default: all in the contract). */
  packages?: readonly string[];
  /** `service/method` pairs allowed to be absent (their types are then not checked either). */
  allowedMissingMethods?: ReadonlySet<string>;
}

export function checkWireContract(root: protobuf.Root, contract: WireContract, options: ContractOptions = {}): string[] {
  const packages = new Set(options.packages ?? contract.services.map((s) => packageOf(s.service)));
  const allowedMissing = options.allowedMissingMethods ?? new Set<string>();
  const glMessages = new Map(contract.messages.map((m) => [m.message, m]));
  const glEnums = new Map(contract.enums.map((e) => [e.enum, e]));
  const violations: string[] = [];
  const walked = new Set<string>();
  const reachable = new Set<string>();

  const lookup = <T extends protobuf.ReflectionObject>(name: string, kind: new (...args: never[]) => T): T | undefined => {
    const found = root.lookup(`.${name}`);
    return found instanceof kind ? found : undefined;
  };

  const markReachable = (name: string): void => {
    if (reachable.has(name)) return;
    reachable.add(name);
    for (const f of glMessages.get(name)?.fields ?? []) if (glMessages.has(f.type) || glEnums.has(f.type)) markReachable(f.type);
  };

  const glKind = (f: WireField): 'message' | 'enum' | 'scalar' => (glMessages.has(f.type) ? 'message' : glEnums.has(f.type) ? 'enum' : 'scalar');

  const compareEnum = (glName: string, ours: protobuf.Enum, via: string): void => {
    const key = `${glName}|${ours.fullName}`;
    if (walked.has(key)) return;
    walked.add(key);
    const gl = glEnums.get(glName)!;
    const ourNumbers = new Set(Object.values(ours.values));
    for (const [name, number] of Object.entries(gl.values)) {
      if (!ourNumbers.has(number)) {
        violations.push(`${via}: enum ${glName} value ${name} = ${number} has no value with that number in our ${ours.fullName.slice(1)}`);
      }
    }
  };

  const compareMessage = (glName: string, ours: protobuf.Type, via: string): void => {
    const key = `${glName}|${ours.fullName}`;
    if (walked.has(key)) return;
    walked.add(key);
    const gl: WireMessage = glMessages.get(glName)!;
    const ourName = ours.fullName.slice(1);
    for (const glField of gl.fields) {
      const where = `${glName}.${glField.name} = ${glField.number}${ourName !== glName ? ` (our ${ourName})` : ''}`;
      const field = ours.fieldsById[glField.number];
      if (!field) {
        violations.push(`${via}: field ${where} (${glField.label ? `${glField.label} ` : ''}${glField.type}) is missing`);
        continue;
      }
      const glRepeated = glField.label === 'repeated';
      if (glRepeated !== (field.repeated || field.map)) {
        violations.push(`${via}: field ${where} is ${glRepeated ? 'repeated' : 'singular'} in Greenlight but ${glRepeated ? 'singular' : 'repeated'} in ours`);
        continue;
      }
      const kind = glKind(glField);
      const glFamily = FAMILY[kind === 'scalar' ? glField.type : kind];
      const resolved = field.resolvedType;
      const ourKind = resolved instanceof protobuf.Type ? 'message' : resolved instanceof protobuf.Enum ? 'enum' : 'scalar';
      const ourType = field instanceof protobuf.MapField ? `map<${field.keyType}, ${field.type}>` : ourKind === 'scalar' ? field.type : `${ourKind} ${resolved!.fullName.slice(1)}`;
      const ourFamily = field.map ? 'map' : FAMILY[ourKind === 'scalar' ? field.type : ourKind];
      if (!glFamily || glFamily !== ourFamily) {
        const glType = kind === 'scalar' ? glField.type : `${kind} ${glField.type}`;
        violations.push(`${via}: field ${where} has type ${glType} in Greenlight but ${ourType} in ours (${glFamily ?? '?'} vs ${ourFamily ?? '?'} on the wire)`);
        continue;
      }
      if (kind === 'message' && resolved instanceof protobuf.Type) compareMessage(glField.type, resolved, via);
      if (kind === 'enum' && resolved instanceof protobuf.Enum) compareEnum(glField.type, resolved, via);
    }
  };

  for (const service of contract.services) {
    for (const m of service.methods) {
      markReachable(m.request);
      markReachable(m.response);
    }
    if (!packages.has(packageOf(service.service))) continue;
    const ours = lookup(service.service, protobuf.Service);
    if (!ours) {
      violations.push(`service ${service.service} is missing`);
      continue;
    }
    for (const method of service.methods) {
      const id = `${service.service}/${method.name}`;
      const rpc = ours.methods[method.name];
      if (!rpc) {
        if (!allowedMissing.has(id)) violations.push(`${id}: method is missing`);
        continue;
      }
      rpc.resolve();
      if (Boolean(rpc.requestStream) !== method.client_streaming || Boolean(rpc.responseStream) !== method.server_streaming) {
        violations.push(
          `${id}: streaming differs (Greenlight: client ${method.client_streaming}, server ${method.server_streaming}; ours: client ${Boolean(rpc.requestStream)}, server ${Boolean(rpc.responseStream)})`,
        );
      }
      compareMessage(method.request, rpc.resolvedRequestType!, id);
      compareMessage(method.response, rpc.resolvedResponseType!, id);
    }
  }

  // Types no Greenlight method reaches: only their names can pair them.
  for (const [name] of glMessages) {
    if (reachable.has(name) || !packages.has(packageOf(name))) continue;
    const ours = lookup(name, protobuf.Type);
    if (!ours) violations.push(`message ${name} (not used by any method) is missing`);
    else compareMessage(name, ours, `message ${name}`);
  }
  for (const [name] of glEnums) {
    if (reachable.has(name) || !packages.has(packageOf(name))) continue;
    const ours = lookup(name, protobuf.Enum);
    if (!ours) violations.push(`enum ${name} (not used by any method) is missing`);
    else compareEnum(name, ours, `enum ${name}`);
  }
  return violations;
}
