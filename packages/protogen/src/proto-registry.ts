// Name resolution over one or more ProtoFiles of the same package: which message or enum a field's type
// refers to (protobuf scoping, one level deep as our files use it: enums nested in messages, top-level
// messages and enums).
import type { ProtoEnum, ProtoField, ProtoFile, ProtoMessage } from './proto-ast.ts';
import { isScalar } from './proto-ast.ts';

export type Resolved =
  | { kind: 'scalar'; type: string }
  | { kind: 'message'; fullName: string; message: ProtoMessage; file: ProtoFile }
  | { kind: 'enum'; fullName: string; enum: ProtoEnum; parent: ProtoMessage | null; file: ProtoFile };

export class ProtoRegistry {
  private readonly messages = new Map<string, { message: ProtoMessage; file: ProtoFile }>();
  private readonly enums = new Map<string, { enum: ProtoEnum; parent: ProtoMessage | null; file: ProtoFile }>();

  constructor(files: readonly ProtoFile[]) {
    for (const file of files) {
      for (const e of file.enums) this.addEnum(e, null, file);
      for (const m of file.messages) this.addMessage(m, file);
    }
  }

  addMessage(message: ProtoMessage, file: ProtoFile): void {
    if (this.messages.has(message.name) || this.enums.has(message.name)) throw new Error(`duplicate type ${message.name}`);
    this.messages.set(message.name, { message, file });
    for (const e of message.enums) this.addEnum(e, message, file);
  }

  addEnum(e: ProtoEnum, parent: ProtoMessage | null, file: ProtoFile): void {
    const fullName = parent ? `${parent.name}.${e.name}` : e.name;
    if (this.messages.has(fullName) || this.enums.has(fullName)) throw new Error(`duplicate type ${fullName}`);
    this.enums.set(fullName, { enum: e, parent, file });
  }

  message(name: string): { message: ProtoMessage; file: ProtoFile } | undefined {
    return this.messages.get(name);
  }

  enum(fullName: string): { enum: ProtoEnum; parent: ProtoMessage | null; file: ProtoFile } | undefined {
    return this.enums.get(fullName);
  }

  has(fullName: string): boolean {
    return this.messages.has(fullName) || this.enums.has(fullName);
  }

  /** What `type`, written inside message `scope`, refers to. */
  resolve(type: string, scope: ProtoMessage | null): Resolved {
    if (isScalar(type)) return { kind: 'scalar', type };
    const candidates = scope ? [`${scope.name}.${type}`, type] : [type];
    for (const name of candidates) {
      const e = this.enums.get(name);
      if (e) return { kind: 'enum', fullName: name, ...e };
      const m = this.messages.get(name);
      if (m) return { kind: 'message', fullName: name, ...m };
    }
    throw new Error(`unresolved type ${type}${scope ? ` in ${scope.name}` : ''}`);
  }

  resolveField(field: ProtoField, scope: ProtoMessage): Resolved {
    return this.resolve(field.type, scope);
  }

  /** How to write a reference to `fullName` from inside message `scope`. */
  static reference(fullName: string, scope: ProtoMessage | null): string {
    const dot = fullName.indexOf('.');
    if (dot >= 0 && scope && fullName.slice(0, dot) === scope.name) return fullName.slice(dot + 1);
    return fullName;
  }
}
